// Kept originals on real Dexie: an import keeps the file's bytes only when the project's setting is on; deleting the
// source takes its original and undo brings it back; turning the setting off drops what was kept only when asked, in
// one undoable commit; and a project saved to a file and opened elsewhere (new, as a copy, in place of the local copy)
// has its originals back byte for byte, while a file without originals opens as before.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { dumpDatabase } from './databaseDump.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';
import { storeImportBatch } from '../../../renderer/data/importBatch.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { projectFileBytes, readProjectFileBytes } from '../../../renderer/data/projectFiles/projectFileWork.ts';
import { deleteSource, getSourceSummary } from '../../../renderer/data/sources.ts';
import { isOriginalKept, keptOriginalsOf, readKeptOriginal, setKeepOriginals } from '../../../renderer/data/sourceOriginals.ts';
import { UndoManager } from '../../../renderer/undo/undoManager.ts';
import { sha256Hex } from '../../../shared/import/importFile.ts';
import { keepsOriginals } from '../../../shared/project/sourceOriginals.ts';
import { reidentifySnapshot } from '../../../shared/projectFile/reidentifySnapshot.ts';
import { snapshotRows } from '../../../shared/projectFile/projectSnapshot.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Imports `files` (name → content) through the app's batch import, each file's bytes handed over as the dialog does. */
const importFiles = async (db: CaseweaveDatabase, projectId: string, files: Record<string, string>) => {
  const items = await Promise.all(Object.entries(files).map(async ([name, content]) => ({
    imported: await importText(name, content),
    meta: { kind: 'interview' as const, title: name, informantIds: [], date: null, language: 'en' },
    original: encode(content),
  })));
  const result = await storeImportBatch(db, projectId, items);
  expect(result.failed).toEqual([]);
  return result.stored;
};

const FILES = { 'harjo.txt': interviewText('R1', 'dry wood'), 'ayu.txt': interviewText('R2', 'goat skin') };

/** A project that keeps originals, with the two files imported. */
const projectKeepingOriginals = async (db: CaseweaveDatabase) => {
  const project = await createProject(db, { name: 'Drum study' });
  await setKeepOriginals(db, project.id, { keep: true });
  const sources = await importFiles(db, project.id, FILES);
  return { project, sources };
};

describe('keeping originals on import', () => {
  it('keeps each imported file\'s bytes, whose SHA-256 is the source\'s, when the project keeps originals', async () => {
    const db = freshDatabase();
    const { project, sources } = await projectKeepingOriginals(db);
    expect(keepsOriginals(await db.projects.get(project.id))).toBe(true);
    for (const source of sources) {
      const original = await readKeptOriginal(db, source.id);
      expect(original).toMatchObject({ projectId: project.id, fileName: source.originalFileName });
      expect(new TextDecoder().decode(original.bytes)).toBe(FILES[source.originalFileName as keyof typeof FILES]);
      expect(await sha256Hex(original.bytes)).toBe(source.sha256);
    }
    const bytes = Object.values(FILES).reduce((sum, content) => sum + encode(content).length, 0);
    expect(await keptOriginalsOf(db, project.id)).toEqual({ count: 2, bytes });
  });

  it('keeps nothing when the setting is off, the default', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Drum study' });
    expect(keepsOriginals(project)).toBe(false);
    const [source] = await importFiles(db, project.id, { 'harjo.txt': FILES['harjo.txt'] });
    expect(await isOriginalKept(db, source.id)).toBe(false);
    expect(await db.sourceOriginals.count()).toBe(0);
  });

  it('deletes a source\'s original with it, and undo puts the same bytes back', async () => {
    const db = freshDatabase();
    const { sources: [harjo, ayu] } = await projectKeepingOriginals(db);
    const before = await readKeptOriginal(db, harjo.id);
    const undo = new UndoManager();
    await deleteSource(db, harjo.id, undo);
    expect(await isOriginalKept(db, harjo.id)).toBe(false);
    expect(await isOriginalKept(db, ayu.id)).toBe(true);
    await undo.undo();
    expect(await readKeptOriginal(db, harjo.id)).toEqual(before);
  });
});

describe('turning keepOriginals off', () => {
  it('keeps what was kept unless asked, and keeps nothing of later imports', async () => {
    const db = freshDatabase();
    const { project } = await projectKeepingOriginals(db);
    expect(await setKeepOriginals(db, project.id, { keep: false })).toEqual({ dropped: 0 });
    expect(keepsOriginals(await db.projects.get(project.id))).toBe(false);
    expect((await keptOriginalsOf(db, project.id)).count).toBe(2);
    const [later] = await importFiles(db, project.id, { 'later.txt': interviewText('R3', 'rope') });
    expect(await isOriginalKept(db, later.id)).toBe(false);
  });

  it('drops every kept original with the setting in one commit, which one undo takes back', async () => {
    const db = freshDatabase();
    const { project } = await projectKeepingOriginals(db);
    const other = await createProject(db, { name: 'Other study' });
    await setKeepOriginals(db, other.id, { keep: true });
    await importFiles(db, other.id, { 'other.txt': interviewText('R9', 'bamboo') });
    const before = await dumpDatabase(db);
    const undo = new UndoManager();

    expect(await setKeepOriginals(db, project.id, { keep: false, dropKept: true }, undo)).toEqual({ dropped: 2 });
    expect(keepsOriginals(await db.projects.get(project.id))).toBe(false);
    expect(await keptOriginalsOf(db, project.id)).toEqual({ count: 0, bytes: 0 });
    expect((await keptOriginalsOf(db, other.id)).count).toBe(1);
    expect(undo.getState().undoLabel).toBe('Drop the imported files of “Drum study”');

    await undo.undo();
    const after = await dumpDatabase(db);
    expect(after.sourceOriginals).toEqual(before.sourceOriginals);
    expect(keepsOriginals(await db.projects.get(project.id))).toBe(true);
  });
});

describe('originals in a project file', () => {
  it('survive save → open on another database byte for byte, each SHA-256 its source\'s', async () => {
    const db = freshDatabase();
    const { project, sources } = await projectKeepingOriginals(db);
    const bytes = await projectFileBytes(db, project.id);
    const elsewhere = freshDatabase();
    const reading = await readProjectFileBytes(elsewhere, bytes, 'Drum study.caseweave');
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(Object.keys(reading.manifest.entries).filter((path) => path.startsWith('originals/')).sort())
      .toEqual(sources.map((source) => `originals/${source.id}/${source.originalFileName}`).sort());
    await loadProjectSnapshot(elsewhere, reading.snapshot, { mode: 'new' });

    for (const source of sources) {
      const opened = await readKeptOriginal(elsewhere, source.id);
      expect(opened).toEqual(await readKeptOriginal(db, source.id));
      expect(await sha256Hex(opened.bytes)).toBe((await getSourceSummary(elsewhere, source.id))?.sha256);
    }
    expect(keepsOriginals(await elsewhere.projects.get(project.id))).toBe(true);
    // Saved again from there, the file is the same.
    expect(snapshotRows(await readProjectSnapshot(elsewhere, project.id), 'sourceOriginals'))
      .toEqual(snapshotRows(await readProjectSnapshot(db, project.id), 'sourceOriginals'));
  });

  it('open as a copy with the originals under the copy\'s new source ids', async () => {
    const db = freshDatabase();
    const { project, sources } = await projectKeepingOriginals(db);
    const reading = await readProjectFileBytes(db, await projectFileBytes(db, project.id), 'Drum study.caseweave');
    if (!reading.ok) throw new Error(reading.problem.key);
    const copy = await loadProjectSnapshot(db, reidentifySnapshot(reading.snapshot), { mode: 'new' });
    const copiedSources = await db.sources.where('projectId').equals(copy.project.id).toArray();
    expect(copiedSources).toHaveLength(2);
    for (const source of copiedSources) {
      const kept = await readKeptOriginal(db, source.id);
      expect(kept.projectId).toBe(copy.project.id);
      expect(await sha256Hex(kept.bytes)).toBe(source.sha256);
    }
    expect((await keptOriginalsOf(db, project.id)).count).toBe(sources.length);
  });

  it('replace the local copy\'s originals with the file\'s', async () => {
    const db = freshDatabase();
    const { project, sources: [harjo] } = await projectKeepingOriginals(db);
    const bytes = await projectFileBytes(db, project.id);
    await deleteSource(db, harjo.id);
    await importFiles(db, project.id, { 'since.txt': interviewText('R4', 'paint') });
    const reading = await readProjectFileBytes(db, bytes, 'Drum study.caseweave');
    if (!reading.ok) throw new Error(reading.problem.key);
    await loadProjectSnapshot(db, reading.snapshot, { mode: 'replace' });
    const kept = await db.sourceOriginals.where('projectId').equals(project.id).toArray();
    expect(kept.map((original) => original.fileName).sort()).toEqual(['ayu.txt', 'harjo.txt']);
  });

  it('a file without originals opens with none, as before', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'Plain study' });
    await importFiles(db, project.id, { 'harjo.txt': FILES['harjo.txt'] });
    const bytes = await projectFileBytes(db, project.id);
    const elsewhere = freshDatabase();
    const reading = await readProjectFileBytes(elsewhere, bytes, 'Plain study.caseweave');
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(Object.keys(reading.manifest.entries).some((path) => path.startsWith('originals/'))).toBe(false);
    await loadProjectSnapshot(elsewhere, reading.snapshot, { mode: 'new' });
    expect(await elsewhere.sourceOriginals.count()).toBe(0);
    expect(await elsewhere.sources.count()).toBe(1);
  });
});
