// The search index saved with the project, on real Dexie (fake-indexeddb): built once and saved; a reopened project
// (a new ProjectSearch, as after a restart) restores it instead of building, with the same answers; sources changed,
// added or deleted while closed are indexed again or dropped; a damaged or older save is set aside and rebuilt. The
// cache is no project data: written only through its own path, with no data event or audit event, and gone with
// its project.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/index.ts';
import { projectFileTables } from '../../../shared/project/entityRegistry.ts';
import type { SavedSearchIndex } from '../../../shared/search/index.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { onDataEvent } from '../../../renderer/data/dataEvents.ts';
import { writeDerivedCache } from '../../../renderer/data/derivedCaches.ts';
import { createProject, deleteProject } from '../../../renderer/data/projects.ts';
import { deleteSource, storeImportedSource, type SourceImportMeta } from '../../../renderer/data/sources.ts';
import { WriteOutsideCommitError } from '../../../renderer/data/writeGuard.ts';
import { ProjectSearch } from '../../../renderer/search/projectSearch.ts';
import { dropSavedIndexesOfDeletedProjects, readSavedSearchIndex, writeSavedSearchIndex } from '../../../renderer/search/searchIndexCache.ts';
import { freshDatabase, importText } from '../data/testDatabase.ts';

const meta = (title: string): SourceImportMeta => ({ kind: 'interview', title, informantIds: [], date: null, language: 'en' });

const QUERIES = ['mahogany', 'pameran', '"the mahogany"', 'mah*', 'kami ekspor', '"kami ekspor"', 'koln'];

const setUp = async () => {
  const db = freshDatabase();
  const project = await createProject(db, { name: 'Saved search', templateId: DEFAULT_TEMPLATE_ID });
  const store = async (name: string, text: string) => storeImportedSource(db, project.id, await importText(`${name}.txt`, text), meta(name));
  const harjo = await store('harjo', 'We dried the mahogany for three months before the Pameran in Surabaya.');
  const wulan = await store('wulan', 'Awalnya kami\n\nekspor ke Köln. Sekarang kami ekspor sendiri, mahogany juga.');
  return { db, project, store, harjo, wulan };
};

/** What a query answers, as comparable data (timings left out). */
const answers = async (search: ProjectSearch): Promise<unknown[]> => {
  const all: unknown[] = [];
  for (const query of QUERIES) {
    const { lines, totalHits, documents } = await search.query(query);
    all.push({ query, totalHits, documents, lines });
  }
  return all;
};

/** Builds (or restores) the project's search, saves it and closes it: a session of the app. */
const session = async (db: ReturnType<typeof freshDatabase>, projectId: string) => {
  const search = new ProjectSearch(db, projectId);
  await search.ensureBuilt();
  const origin = search.getIndexOrigin();
  const found = await answers(search);
  await search.saveNow();
  search.close();
  return { origin, found };
};

describe('search index saved with the project', () => {
  it('restores the saved index in a new session instead of building, with the same answers', async () => {
    const { db, project } = await setUp();
    const first = await session(db, project.id);
    expect(first.origin).toEqual({ origin: 'built', reindexed: 2, removed: 0, problem: null });
    expect(await readSavedSearchIndex(db, project.id)).toMatchObject({ format: 'caseweave-saved-search-index' });

    const second = await session(db, project.id);
    expect(second.origin).toEqual({ origin: 'saved', reindexed: 0, removed: 0, problem: null });
    expect(second.found).toEqual(first.found);
    // The paragraph boundary was saved too: "kami" ending one paragraph and "ekspor" starting the next is no phrase.
    expect(second.found[5]).toMatchObject({ totalHits: 1 });
  });

  it('indexes again only the sources changed, added or deleted while the project was closed', async () => {
    const { db, project, store, harjo, wulan } = await setUp();
    await session(db, project.id);
    await correctSource(db, project.id, harjo.id, harjo.text.replace('mahogany', 'teak'));
    await deleteSource(db, wulan.id);
    const rina = await store('rina', 'Saya kirim jimbe ke Köln, mahogany juga.');

    const search = new ProjectSearch(db, project.id);
    expect((await search.query('teak')).lines.map((line) => line.documentId)).toEqual([harjo.id]);
    expect(search.getIndexOrigin()).toEqual({ origin: 'saved', reindexed: 2, removed: 1, problem: null });
    expect((await search.query('mahogany')).lines.map((line) => line.documentId)).toEqual([rina.id]);
    expect((await search.query('pameran')).lines.map((line) => line.documentId)).toEqual([harjo.id]);
    expect((await search.query('sendiri')).totalHits).toBe(0);
    // The same answers as an index built from scratch.
    await search.saveNow();
    const fresh = new ProjectSearch(db, project.id);
    await writeDerivedCache(db, ['searchIndexes'], () => db.searchIndexes.delete(project.id));
    expect(await answers(fresh)).toEqual(await answers(search));
    expect(fresh.getIndexOrigin()?.origin).toBe('built');
    search.close();
    fresh.close();
  });

  it('sets aside a damaged or older save and builds from the sources', async () => {
    const { db, project } = await setUp();
    const reference = await session(db, project.id);
    const saved = (await readSavedSearchIndex(db, project.id)) as SavedSearchIndex;

    // A token pointing at another (valid) term: the structure checks pass, the checksum does not.
    const flipped = structuredClone(saved);
    flipped.index.documents[0].termIds[0] = (flipped.index.documents[0].termIds[0] + 1) % flipped.index.terms.length;
    const older = { ...structuredClone(saved), version: 0 };
    const truncated = { ...structuredClone(saved), index: { ...saved.index, documents: 'gone' } };
    for (const [blob, problem] of [[flipped, /damaged.*checksum/], [older, /not a Caseweave search index/], [truncated, /damaged/], ['garbage', /not a Caseweave/]] as const) {
      await writeSavedSearchIndex(db, project.id, blob);
      const again = await session(db, project.id);
      expect(again.origin).toMatchObject({ origin: 'built', problem: expect.stringMatching(problem) });
      expect(again.found).toEqual(reference.found);
      // The rebuilt index was saved in its place.
      expect(await readSavedSearchIndex(db, project.id)).toMatchObject({ format: 'caseweave-saved-search-index', version: 1 });
    }
  });

  it('is no project data: its own write path only, no data or audit event, not in the project file, gone with its project', async () => {
    const { db, project } = await setUp();
    await expect(db.searchIndexes.put({ projectId: project.id, savedAt: db.clock(), saved: null })).rejects.toBeInstanceOf(WriteOutsideCommitError);
    await expect(writeDerivedCache(db, ['searchIndexes'], () => db.codes.delete('any'))).rejects.toBeInstanceOf(WriteOutsideCommitError);
    expect(projectFileTables()).not.toContain('searchIndexes');

    const events: unknown[] = [];
    const stop = onDataEvent((event) => events.push(event));
    const auditBefore = await db.auditEvents.count();
    const search = new ProjectSearch(db, project.id);
    await search.ensureBuilt();
    expect(await search.saveNow()).toBe(true);
    search.close();
    stop();
    expect(events).toEqual([]);
    expect(await db.auditEvents.count()).toBe(auditBefore);

    dropSavedIndexesOfDeletedProjects(db);
    await deleteProject(db, project.id);
    await expect.poll(() => db.searchIndexes.count()).toBe(0);
    // A save arriving after the deletion writes nothing.
    expect(await writeSavedSearchIndex(db, project.id, 'late')).toBe(false);
  });

  it('saves by itself a while after the index changed', async () => {
    const { db, project, store } = await setUp();
    const search = new ProjectSearch(db, project.id, undefined, { saveDelayMs: 10 });
    await search.ensureBuilt();
    await expect.poll(async () => (await db.searchIndexes.get(project.id)) !== undefined).toBe(true);
    const firstSave = (await db.searchIndexes.get(project.id))?.saved as SavedSearchIndex;
    const added = await store('baru', 'Kendang baru dari Blitar.');
    await search.ensureBuilt();
    await expect.poll(async () => Object.keys(((await db.searchIndexes.get(project.id))?.saved as SavedSearchIndex).fingerprints)).toContain(added.id);
    expect(Object.keys(firstSave.fingerprints)).not.toContain(added.id);
    search.close();
  });
});
