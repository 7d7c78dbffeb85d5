// The committed format-1 file, read forever: whatever the current format, it opens as the project it was written
// from (migrated to the current format), with every coding covering the same text; rewritten by this version, it
// reads back as the same tables.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectFileTables } from '../../../../shared/project/entityRegistry.ts';
import { PROJECT_FILE_FORMAT_VERSION, readProjectFile, writeProjectFile, type ProjectFileReading } from '../../../../shared/projectFile/index.ts';
import { FORMAT_1_META, format1Project } from '../../../fixtures/project-file/format1Project.ts';
import { rowSet } from './projectFileFixture.ts';

const FIXTURE = new URL('../../../fixtures/project-file/format-1.caseweave', import.meta.url);
const bytes = new Uint8Array(readFileSync(FIXTURE));

const read = async (): Promise<Extract<ProjectFileReading, { ok: true }>> => {
  const reading = await readProjectFile(bytes, { fileName: 'format-1.caseweave' });
  if (!reading.ok) throw new Error(reading.problem.key);
  return reading;
};

describe('the committed format-1 project file', () => {
  it('opens as a sound file with nothing to repair', async () => {
    const reading = await read();
    expect(reading.repairs).toEqual([]);
    expect(reading.manifest).toMatchObject({ formatVersion: 1, projectId: 'f1-project', projectName: 'Warung suppliers', schemaVersion: 3 });
    expect(reading.migratedFrom).toBe(1);
    expect(PROJECT_FILE_FORMAT_VERSION).toBeGreaterThan(1);
  });

  it('holds the project it was written from, table by table', async () => {
    const { snapshot } = await read();
    const expected = format1Project();
    expect(snapshot.projectId).toBe(expected.projectId);
    for (const table of projectFileTables()) {
      expect(rowSet(snapshot.tables[table]), table).toEqual(rowSet(expected.tables[table]));
    }
    expect(snapshot.tables.auditEvents?.map((event) => event.action)).toEqual(['create', 'import', 'apply', 'delete']);
  });

  it('keeps every coding on the same text, counted in UTF-16 code units', async () => {
    const { snapshot } = await read();
    const texts = new Map(snapshot.tables.sourceTexts?.map((row) => [row.sourceId, row.text]));
    const covered = Object.fromEntries((snapshot.tables.codings ?? []).map((coding) => [coding.id, texts.get(coding.sourceId)?.slice(coding.start, coding.end)]));
    expect(covered).toEqual({
      'f1-g1': 'Harga dulu 💰',
      'f1-g2': 'yang dipercaya keluarga',
      'f1-g3': 'Saya hanya beli dari saudara.',
      'f1-g4': 'pasar buka jam lima pagi',
    });
  });

  it('rewrites as the current format, reading back as the same tables with the later tables empty', async () => {
    const { snapshot } = await read();
    const rewritten = await writeProjectFile(snapshot, FORMAT_1_META, { level: 6 });
    const again = await readProjectFile(rewritten, { fileName: 'rewritten.caseweave' });
    if (!again.ok) throw new Error(again.problem.key);
    expect(again.manifest.formatVersion).toBe(PROJECT_FILE_FORMAT_VERSION);
    expect(again.migratedFrom).toBeNull();
    expect(again.repairs).toEqual([]);
    for (const table of projectFileTables()) {
      expect(rowSet(again.snapshot.tables[table]), table).toEqual(rowSet(snapshot.tables[table]));
    }
    const { displays, relations, summarySheets, conclusions } = again.snapshot.tables;
    expect([displays, relations, summarySheets, conclusions]).toEqual([[], [], [], []]);
    expect(await writeProjectFile(again.snapshot, FORMAT_1_META, { level: 6 })).toEqual(rewritten);
  });
});
