// Saving and opening through the project-file service (on this thread here: vitest has no Worker): the example
// project's bytes open on another database to the same tables, progress climbs to the end, and a damaged file comes
// back refused with its problem, having written nothing.
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './testDatabase.ts';
import { dumpDatabase } from './databaseDump.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { projectFileBytes, readProjectFileBytes } from '../../../renderer/data/projectFiles/projectFileWork.ts';
import { loadProjectSnapshot, readProjectSnapshot } from '../../../renderer/data/projectSnapshots.ts';
import { projectFileTables } from '../../../shared/project/entityRegistry.ts';
import { snapshotRows } from '../../../shared/projectFile/projectSnapshot.ts';

describe('project file work', () => {
  it('saves the example project to bytes that open elsewhere to the same tables, reporting progress', async () => {
    const db = freshDatabase();
    const example = await seedExampleProjectIfEmpty(db);
    if (example === null) throw new Error('no example');
    const progress: number[] = [];
    const bytes = await projectFileBytes(db, example.id, { onProgress: (fraction) => progress.push(fraction) });
    expect(progress.at(-1)).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);

    const elsewhere = freshDatabase();
    const reading = await readProjectFileBytes(elsewhere, bytes, 'Example.caseweave');
    if (!reading.ok) throw new Error(reading.problem.key);
    expect(reading.repairs).toEqual([]);
    expect(reading.manifest.projectId).toBe(example.id);
    await loadProjectSnapshot(elsewhere, reading.snapshot, { mode: 'new' });
    const original = await readProjectSnapshot(db, example.id);
    const opened = await readProjectSnapshot(elsewhere, example.id);
    for (const table of projectFileTables()) expect(snapshotRows(opened, table), table).toEqual(snapshotRows(original, table));
  });

  it('gives a damaged file back as refused, naming the file, and writes nothing', async () => {
    const db = freshDatabase();
    const example = await seedExampleProjectIfEmpty(db);
    if (example === null) throw new Error('no example');
    const bytes = await projectFileBytes(db, example.id);
    const before = await dumpDatabase(db);
    const reading = await readProjectFileBytes(db, bytes.slice(0, Math.floor(bytes.length / 2)), 'Half.caseweave');
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.problem.params.file).toBe('Half.caseweave');
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
