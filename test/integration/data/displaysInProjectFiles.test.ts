// Displays through project files on real Dexie: the example saved to a file and opened as a copy beside itself keeps
// working displays (every note on its cell, not flagged; relations on the copy's nodes; sheets on the copy's sources)
// sharing no id with the original; opening the file over the project puts its displays back as they were saved.
import { describe, expect, it } from 'vitest';
import { matrixDataOf, seededExample } from './displayTestData.ts';
import { deleteDisplay, listDisplays, renameDisplay, saveCellNote } from '../../../renderer/data/displays.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { computeMatrixView, evidenceChange } from '../../../shared/analysis/displayView.ts';
import { cellKey } from '../../../shared/model/index.ts';
import { readProjectFile, reidentifySnapshot, writeProjectFile, type ProjectSnapshot } from '../../../shared/projectFile/index.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const META = { appVersion: '0.1.0', schemaVersion: 6, savedAt: '2025-06-01T12:00:00.000Z' };

const throughFile = async (snapshot: ProjectSnapshot): Promise<ProjectSnapshot> => {
  const reading = await readProjectFile(await writeProjectFile(snapshot, META), { fileName: 'Example.caseweave' });
  if (!reading.ok) throw new Error(reading.problem.key);
  expect(reading.repairs).toEqual([]);
  return reading.snapshot;
};

const displayRows = async (db: CaseweaveDatabase, projectId: string) => ({
  displays: await db.displays.where('projectId').equals(projectId).sortBy('id'),
  relations: await db.relations.where('projectId').equals(projectId).sortBy('id'),
  summarySheets: await db.summarySheets.where('projectId').equals(projectId).sortBy('id'),
});

describe('displays in project files', () => {
  it('opened as a copy beside the original, the displays work on the copy and share no id with the original', async () => {
    const { db, project } = await seededExample();
    const copy = reidentifySnapshot(await throughFile(await readProjectSnapshot(db, project.id)));
    const { project: loaded } = await loadProjectSnapshot(db, copy, { mode: 'new', freshIds: true });
    const original = await displayRows(db, project.id);
    const copied = await displayRows(db, loaded.id);
    expect(copied.displays.map((display) => display.name).sort()).toEqual(original.displays.map((display) => display.name).sort());

    const data = await matrixDataOf(db, loaded.id);
    for (const display of copied.displays) {
      if (display.definition.kind !== 'matrix') continue;
      const cells = new Map(computeMatrixView(data, display).cells.flat().map((cell) => [cell.key, cell]));
      const before = original.displays.find((row) => row.name === display.name);
      expect(Object.keys(display.cellNotes)).toHaveLength(Object.keys(before?.cellNotes ?? {}).length);
      for (const [key, note] of Object.entries(display.cellNotes)) {
        expect(evidenceChange(note, cells.get(key) ?? { codingIds: [] }), `${display.name} ${key}`).toBeNull();
        if (display.type === 'role-ordered') expect(cells.get(key)?.codingIds.length, key).toBeGreaterThan(0);
      }
    }
    const network = copied.displays.find((display) => display.type === 'network');
    if (network?.definition.kind !== 'network') throw new Error('no network');
    const nodeIds = new Set(network.definition.nodes.map((node) => node.id));
    const codingIds = new Set(data.codings.map((coding) => coding.id));
    expect(copied.relations).toHaveLength(original.relations.length);
    for (const relation of copied.relations) {
      expect([relation.displayId, nodeIds.has(relation.fromNodeId), nodeIds.has(relation.toNodeId)]).toEqual([network.id, true, true]);
      expect(relation.evidence.codingIds.every((id) => codingIds.has(id))).toBe(true);
    }
    const sourceIds = new Set(data.sources.map((source) => source.id));
    expect(copied.summarySheets.map((sheet) => sourceIds.has(sheet.sourceId))).toEqual([true, true]);

    const idsOf = (rows: Awaited<ReturnType<typeof displayRows>>): string[] => [
      ...rows.displays.flatMap((display) => [display.id, ...Object.keys(display.cellNotes), ...(display.definition.kind === 'network' ? display.definition.nodes.map((node) => node.id) : [])]),
      ...rows.relations.flatMap((relation) => [relation.id, ...relation.evidence.codingIds]),
      ...rows.summarySheets.flatMap((sheet) => [sheet.id, sheet.sourceId]),
    ];
    const originalIds = new Set(idsOf(original));
    expect(idsOf(copied).filter((id) => originalIds.has(id))).toEqual([]);
  });

  it('opened over the project it came from, puts the displays, relations and notes back as saved', async () => {
    const { db, project } = await seededExample();
    const saved = await throughFile(await readProjectSnapshot(db, project.id));
    const before = await displayRows(db, project.id);
    const [first, ...others] = await listDisplays(db, project.id);
    await renameDisplay(db, first.id, 'Renamed after saving');
    const network = others.find((display) => display.type === 'network') ?? first;
    await deleteDisplay(db, network.id);
    if (first.definition.kind === 'matrix') await saveCellNote(db, first.id, cellKey('craftsman', 'nothing'), { summary: { content: '{}', plainText: 'Later' } }, []);
    expect(await displayRows(db, project.id)).not.toEqual(before);

    await loadProjectSnapshot(db, saved, { mode: 'replace' });
    expect(await displayRows(db, project.id)).toEqual(before);
  });
});
