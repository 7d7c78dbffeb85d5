// Batch import on real Dexie: one transaction per file (a file failing half-way leaves nothing of
// itself and does not touch the others), cancellation, duplicates and speaker-to-informant guesses.
import { describe, expect, it } from 'vitest';
import { freshDatabase, importText, interviewText } from './testDatabase.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { createInformant } from '../../../renderer/data/informants.ts';
import { listSourceSummaries, type SourceImportMeta } from '../../../renderer/data/sources.ts';
import {
  findDuplicates, guessInformantIds, guessSpeakerLinks, parseImportFiles, storeImportBatch, type StoreBatchItem,
} from '../../../renderer/data/importBatch.ts';
import type { CaseweaveDatabase } from '../../../renderer/data/database.ts';

const meta = (title: string): SourceImportMeta => ({ kind: 'interview', title, informantIds: [], date: null, language: 'en' });

const threeFiles = async (): Promise<StoreBatchItem[]> => [
  { imported: await importText('one.txt', interviewText('Harjo', 'exporters')), meta: meta('One') },
  { imported: await importText('two.txt', interviewText('Dedi', 'the second file')), meta: meta('Two') },
  { imported: await importText('three.txt', interviewText('Wulan', 'exhibitions')), meta: meta('Three') },
];

const rowCounts = async (db: CaseweaveDatabase) => ({
  sources: await db.sources.count(), texts: await db.sourceTexts.count(), audit: await db.auditEvents.count(),
});

describe('storeImportBatch', () => {
  it('stores every file and reports progress per file', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const progress: string[] = [];
    const result = await storeImportBatch(db, project.id, await threeFiles(), {
      onProgress: (done, total, fileName) => progress.push(`${done}/${total} ${fileName}`),
    });
    expect(result.stored.map((s) => s.title)).toEqual(['One', 'Two', 'Three']);
    expect(result.failed).toEqual([]);
    expect(progress).toEqual(['1/3 one.txt', '2/3 two.txt', '3/3 three.txt']);
    expect(await rowCounts(db)).toEqual({ sources: 3, texts: 3, audit: 4 });
  });

  it('a file failing after its source row was written leaves nothing of itself; the others are stored', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const items = await threeFiles();
    const failingText = items[1].imported.text;
    const sourceRowsAdded: string[] = [];
    let failedAfterSourceRow = false;
    db.sources.hook('creating', (_key, row) => {
      sourceRowsAdded.push(row.id);
    });
    // A Dexie hook runs inside the writing transaction: the text row fails after the file's source row was added.
    db.sourceTexts.hook('creating', (_key, row) => {
      if (row.text !== failingText) return;
      failedAfterSourceRow = sourceRowsAdded.includes(row.sourceId);
      throw new Error('disk full while writing the text');
    });
    const before = await rowCounts(db);
    const result = await storeImportBatch(db, project.id, items);

    expect(failedAfterSourceRow).toBe(true);
    expect(sourceRowsAdded).toHaveLength(3);
    expect(result.stored.map((s) => s.originalFileName)).toEqual(['one.txt', 'three.txt']);
    expect(result.failed).toHaveLength(1);
    expect(result.failed[0].fileName).toBe('two.txt');
    expect(result.failed[0].message).toContain('two.txt');
    expect(result.failed[0].message).toContain('disk full');

    const summaries = await listSourceSummaries(db, project.id);
    expect(summaries.map((s) => s.originalFileName).sort()).toEqual(['one.txt', 'three.txt']);
    const texts = await db.sourceTexts.toArray();
    expect(texts.map((t) => t.sourceId).sort()).toEqual(summaries.map((s) => s.id).sort());
    const importEvents = (await db.auditEvents.toArray()).filter((e) => e.action === 'import');
    expect(importEvents.map((e) => e.objectId).sort()).toEqual(summaries.map((s) => s.id).sort());
    expect(await rowCounts(db)).toEqual({ sources: before.sources + 2, texts: before.texts + 2, audit: before.audit + 2 });
  });

  it('a failure in the last write of a file (its audit event) rolls back its source and text rows', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const items = await threeFiles();
    const seenSourceIds: string[] = [];
    db.sources.hook('creating', (_key, row) => {
      seenSourceIds.push(row.id);
    });
    db.auditEvents.hook('creating', (_key, event) => {
      if (event.action === 'import' && event.objectId === seenSourceIds[1]) throw new Error('audit write failed');
    });
    const result = await storeImportBatch(db, project.id, items);
    expect(result.failed.map((f) => f.fileName)).toEqual(['two.txt']);
    expect(await db.sources.get(seenSourceIds[1])).toBeUndefined();
    expect(await db.sourceTexts.get(seenSourceIds[1])).toBeUndefined();
    expect(await rowCounts(db)).toEqual({ sources: 2, texts: 2, audit: 3 });
  });

  it('stops before the next file when cancelled and lists the files not attempted', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const controller = new AbortController();
    const result = await storeImportBatch(db, project.id, await threeFiles(), {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.stored.map((s) => s.originalFileName)).toEqual(['one.txt']);
    expect(result.skipped).toEqual(['two.txt', 'three.txt']);
    expect(await rowCounts(db)).toEqual({ sources: 1, texts: 1, audit: 2 });
  });

  it('reports a store into a missing project as a failure of each file, storing nothing', async () => {
    const db = freshDatabase();
    const result = await storeImportBatch(db, 'no-such-project', (await threeFiles()).slice(0, 2));
    expect(result.failed.map((f) => f.fileName)).toEqual(['one.txt', 'two.txt']);
    expect(result.failed[0].message).toMatch(/^one\.txt: .*project could not be found/);
    expect(await rowCounts(db)).toEqual({ sources: 0, texts: 0, audit: 0 });
  });
});

describe('parsing a batch and matching it to the project', () => {
  it('parses files with the real importers, with progress, a refusal for a bad file, and duplicates flagged', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const encode = (text: string) => new TextEncoder().encode(text);
    const files = [
      { fileName: 'harjo.txt', bytes: encode(interviewText('Pak Harjo', 'drying')) },
      { fileName: 'empty.txt', bytes: new Uint8Array() },
      { fileName: 'voices.vtt', bytes: encode('WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Bu Wulan>We train members.\n') },
    ];
    const progress: number[] = [];
    const outcomes = await parseImportFiles(files, { onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2, 3]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const [first, broken] = outcomes;
    if (!first.ok || broken.ok) throw new Error('unexpected outcomes');
    expect(broken.failure.message).toContain('empty.txt');

    await storeImportBatch(db, project.id, [{ imported: first.source, meta: meta('Harjo') }]);
    const candidates = await findDuplicates(db, project.id, outcomes);
    expect(candidates.map((c) => c.duplicateOf.map((d) => d.title))).toEqual([['Harjo'], [], []]);
  });

  it('stops parsing when the signal is aborted', async () => {
    const controller = new AbortController();
    const files = ['a.txt', 'b.txt', 'c.txt'].map((fileName) => ({ fileName, bytes: new TextEncoder().encode(`${fileName} text`) }));
    const outcomes = await parseImportFiles(files, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(outcomes).toHaveLength(1);
  });

  it('guesses informants from speaker labels, ignoring case and honorifics', async () => {
    const db = freshDatabase();
    const project = await createProject(db, { name: 'P' });
    const harjo = await createInformant(db, project.id, { pseudonym: 'Harjo', role: 'owner' });
    await createInformant(db, project.id, { pseudonym: 'Dedi', role: 'craftsman' });
    const imported = await importText('x.txt', interviewText('PAK HARJO', 'tuning'));
    expect(await guessSpeakerLinks(db, project.id, imported)).toEqual({ 'PAK HARJO': harjo.id });
    expect(await guessInformantIds(db, project.id, imported)).toEqual([harjo.id]);
  });
});
