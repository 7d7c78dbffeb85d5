// The displays repository (renderer/data/displays.ts) on real Dexie: create, rename, duplicate with the network's
// relations, delete with its relations and memos and undo bringing all of them back; cell notes kept by cell key
// across definition changes and recomputation; the "evidence changed" flag set by a new coding and cleared on review.
import { describe, expect, it } from 'vitest';
import { matrixDataOf, seededExample } from './displayTestData.ts';
import { dumpDatabase } from './databaseDump.ts';
import {
  cellKey, createDisplay, deleteDisplay, duplicateDisplay, getDisplay, listDisplays, markCellReviewed, renameDisplay, saveCellNote, setDisplayDefinition,
} from '../../../renderer/data/displays.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { listAuditEvents } from '../../../renderer/data/audit.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { computeMatrixView, evidenceChange, type MatrixView } from '../../../shared/analysis/displayView.ts';
import { codePathNames, indexCodes } from '../../../shared/codebook/index.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import type { Display, Id } from '../../../shared/model/index.ts';

const summary = (plainText: string) => ({ content: JSON.stringify({ root: plainText }), plainText });

const viewOf = async (db: CaseweaveDatabase, projectId: Id, displayId: Id): Promise<{ display: Display; view: MatrixView }> => {
  const display = await getDisplay(db, displayId);
  if (display === undefined) throw new Error(`no display ${displayId}`);
  return { display, view: computeMatrixView(await matrixDataOf(db, projectId), display) };
};

const cellOf = (view: MatrixView, key: string) => {
  const cell = view.cells.flat().find((candidate) => candidate.key === key);
  if (cell === undefined) throw new Error(`no cell ${key}`);
  return cell;
};

const codeByPath = async (db: CaseweaveDatabase, projectId: Id, path: string): Promise<Id> => {
  const codes = await db.codes.where('projectId').equals(projectId).toArray();
  const byId = indexCodes(codes);
  const code = codes.find((candidate) => codePathNames(byId, candidate.id).join(' / ') === path);
  if (code === undefined) throw new Error(`no code ${path}`);
  return code.id;
};

describe('displays', () => {
  it('creates, renames and lists displays by name, refusing an empty or taken name, each step audited and undoable', async () => {
    const { db, project } = await seededExample();
    const undo = new UndoManager();
    const created = await createDisplay(db, project.id, { name: '  Cases by code ', type: 'case-by-code' }, undo);
    expect(created).toMatchObject({ name: 'Cases by code', type: 'case-by-code', cellNotes: {}, includeInReport: false, definition: { kind: 'matrix', rows: 'informant' } });
    await expect(createDisplay(db, project.id, { name: 'cases BY code', type: 'network' })).rejects.toMatchObject({ key: 'data.error.displayNameTaken' });
    await expect(createDisplay(db, project.id, { name: '  ', type: 'network' })).rejects.toMatchObject({ key: 'data.error.displayNameEmpty' });
    await renameDisplay(db, created.id, 'A first matrix', undo);
    expect((await listDisplays(db, project.id)).map((display) => display.name)[0]).toBe('A first matrix');
    const trail = (await listAuditEvents(db, project.id)).filter((event) => event.objectId === created.id).map((event) => event.action);
    expect(trail).toEqual(['create', 'rename']);
    await undo.undo();
    expect((await getDisplay(db, created.id))?.name).toBe('Cases by code');
    await undo.undo();
    expect(await getDisplay(db, created.id)).toBeUndefined();
  });

  it('duplicates a network under a free "(copy)" name with copies of its relations, pointing at the copy', async () => {
    const { db, project } = await seededExample();
    const network = (await listDisplays(db, project.id)).find((display) => display.type === 'network');
    if (network === undefined) throw new Error('no network');
    const relations = await db.relations.where('displayId').equals(network.id).toArray();
    const copy = await duplicateDisplay(db, network.id);
    const again = await duplicateDisplay(db, network.id);
    expect([copy.name, again.name]).toEqual([`${network.name} (copy)`, `${network.name} (copy 2)`]);
    expect(copy.definition).toEqual(network.definition);
    const copied = await db.relations.where('displayId').equals(copy.id).toArray();
    expect(copied).toHaveLength(relations.length);
    const originalIds = new Set(relations.map((relation) => relation.id));
    expect(copied.filter((relation) => originalIds.has(relation.id))).toEqual([]);
    const shape = (rows: typeof relations) => rows.map(({ fromNodeId, toNodeId, type, evidence }) => JSON.stringify({ fromNodeId, toNodeId, type, evidence })).sort();
    expect(shape(copied)).toEqual(shape(relations));
    // The original keeps its own relations.
    expect(await db.relations.where('displayId').equals(network.id).count()).toBe(relations.length);
  });

  it('deletes a display with its relations and the memos about it; undo puts every row back exactly', async () => {
    const { db, project } = await seededExample();
    const network = (await listDisplays(db, project.id)).find((display) => display.type === 'network');
    if (network === undefined) throw new Error('no network');
    await saveMemo(db, project.id, { target: { kind: 'display', id: network.id }, title: 'Why synergy', content: '{}', plainText: 'Why synergy' });
    const before = await dumpDatabase(db);
    const undo = new UndoManager();
    await deleteDisplay(db, network.id, undo);
    expect(await getDisplay(db, network.id)).toBeUndefined();
    expect(await db.relations.where('displayId').equals(network.id).count()).toBe(0);
    expect(await db.memos.where('targetKey').equals(`display:${network.id}`).count()).toBe(0);
    await undo.undo();
    const after = await dumpDatabase(db);
    // Every commit moves the project's updatedAt and adds to its trail; everything else is as it was.
    const steady = (dump: typeof before) => ({ ...dump, auditEvents: [], projects: dump.projects.map((row) => ({ ...row, updatedAt: '' })) });
    expect(steady(after)).toEqual(steady(before));
    expect(after.auditEvents.slice(0, before.auditEvents.length)).toEqual(before.auditEvents);
  });

  it('keeps cell notes by cell key through definition changes and recomputation', async () => {
    const { db, project } = await seededExample();
    const display = await createDisplay(db, project.id, { name: 'Roles', type: 'role-ordered' });
    const networks = await codeByPath(db, project.id, 'Business networks');
    const diaspora = await codeByPath(db, project.id, 'Diaspora');
    if (display.definition.kind !== 'matrix') throw new Error('not a matrix');
    await setDisplayDefinition(db, display.id, { ...display.definition, codeIds: [networks, diaspora], withSubCodes: true });
    const key = cellKey('owner', networks);
    const { view } = await viewOf(db, project.id, display.id);
    await saveCellNote(db, display.id, key, { summary: summary('Traders opened the way') }, cellOf(view, key).codingIds);

    // Another code order, heat shading on, the owner's row still there: the note stays on its cell.
    const { display: noted } = await viewOf(db, project.id, display.id);
    if (noted.definition.kind !== 'matrix') throw new Error('not a matrix');
    await setDisplayDefinition(db, display.id, { ...noted.definition, codeIds: [diaspora, networks], heatShading: true, hideEmptyRows: true });
    const { display: changed, view: recomputed } = await viewOf(db, project.id, display.id);
    expect(changed.cellNotes[key]?.summary.plainText).toBe('Traders opened the way');
    expect(evidenceChange(changed.cellNotes[key], cellOf(recomputed, key))).toBeNull();
    // A note emptied of everything is removed.
    await saveCellNote(db, display.id, key, { summary: summary('   ') }, cellOf(recomputed, key).codingIds);
    expect((await getDisplay(db, display.id))?.cellNotes).toEqual({});
  });

  it('flags a summarised cell when a coding is added to it, names the added coding, and clears the flag on review', async () => {
    const { db, project } = await seededExample();
    const roleOrdered = (await listDisplays(db, project.id)).find((display) => display.type === 'role-ordered');
    if (roleOrdered === undefined) throw new Error('no role-ordered matrix');
    const key = cellKey('owner', await codeByPath(db, project.id, 'Business networks'));
    const seen = (await viewOf(db, project.id, roleOrdered.id)).display.cellNotes[key];
    expect(evidenceChange(seen, cellOf((await viewOf(db, project.id, roleOrdered.id)).view, key))).toBeNull();

    // Code one more passage of Pak Harjo's with a sub-code of Business networks.
    const harjo = (await db.sources.where('projectId').equals(project.id).toArray()).find((source) => source.originalFileName === 'owner-interview-harjo.txt');
    const text = (await db.sourceTexts.get(harjo?.id ?? ''))?.text ?? '';
    const phrase = 'He came every month with a truck and took forty, fifty pieces.';
    const store = await CodingStore.load(db, project.id);
    const added = await store.applyCoding({
      sourceId: harjo?.id ?? '', codeId: await codeByPath(db, project.id, 'Business networks / Exporters and intermediaries'),
      start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length,
    });
    store.dispose();
    if (added === null) throw new Error('the coding was not applied');

    const { display, view } = await viewOf(db, project.id, roleOrdered.id);
    expect(evidenceChange(display.cellNotes[key], cellOf(view, key))).toEqual({ added: [added.id], removed: [] });
    // Other notes of the matrix are not flagged.
    for (const [other, note] of Object.entries(display.cellNotes)) {
      if (other !== key) expect(evidenceChange(note, cellOf(view, other)), other).toBeNull();
    }
    const undo = new UndoManager();
    await markCellReviewed(db, roleOrdered.id, key, cellOf(view, key).codingIds, undo);
    const reviewed = await viewOf(db, project.id, roleOrdered.id);
    expect(evidenceChange(reviewed.display.cellNotes[key], cellOf(reviewed.view, key))).toBeNull();
    expect(reviewed.display.cellNotes[key].summary).toEqual(seen.summary);
    await undo.undo();
    const unreviewed = await viewOf(db, project.id, roleOrdered.id);
    expect(evidenceChange(unreviewed.display.cellNotes[key], cellOf(unreviewed.view, key))).toEqual({ added: [added.id], removed: [] });
  });
});
