// The open project's search index on real Dexie (fake-indexeddb): built from the stored texts with progress, then
// kept in step with imports, transcript corrections and deletions through the data events — other projects ignored.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/index.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { deleteSource, storeImportedSource, type SourceImportMeta } from '../../../renderer/data/sources.ts';
import { closeProjectSearch, ProjectSearch, projectSearchFor, type ProjectSearchStatus } from '../../../renderer/search/projectSearch.ts';
import { freshDatabase, importText } from '../data/testDatabase.ts';

const meta = (title: string): SourceImportMeta => ({ kind: 'interview', title, informantIds: [], date: null, language: 'en' });

const setUp = async () => {
  const db = freshDatabase();
  const project = await createProject(db, { name: 'Search', templateId: DEFAULT_TEMPLATE_ID });
  const other = await createProject(db, { name: 'Other' });
  const store = async (projectId: string, name: string, text: string) =>
    storeImportedSource(db, projectId, await importText(`${name}.txt`, text), meta(name));
  const harjo = await store(project.id, 'harjo', 'We dried the mahogany for three months before the Pameran in Surabaya.');
  const wulan = await store(project.id, 'wulan', 'The association booked a booth at the pameran; mahogany drums sold first.');
  return { db, project, other, store, harjo, wulan };
};

const hitSources = async (search: ProjectSearch, query: string): Promise<string[]> =>
  [...new Set((await search.query(query)).lines.map((line) => line.documentId))].sort();

describe('project search', () => {
  it('builds from the stored texts with progress and answers accent- and case-insensitive queries', async () => {
    const { db, project, harjo, wulan } = await setUp();
    const search = new ProjectSearch(db, project.id);
    const seen: ProjectSearchStatus[] = [];
    search.subscribe(() => seen.push(search.getStatus()));
    expect(search.getStatus()).toEqual({ state: 'idle' });

    expect(await hitSources(search, 'PAMERAN')).toEqual([harjo.id, wulan.id].sort());
    expect(seen.some((status) => status.state === 'building')).toBe(true);
    expect(search.getStatus()).toMatchObject({ state: 'ready', documents: 2 });
    const results = await search.query('"dried the mahogany"');
    expect(results.totalHits).toBe(1);
    const [line] = results.lines;
    expect(harjo.text.slice(line.start, line.end)).toBe('dried the mahogany');
    search.close();
  });

  it('follows imports, corrections and deletions of its project only', async () => {
    const { db, project, other, store, harjo, wulan } = await setUp();
    const search = new ProjectSearch(db, project.id);
    await search.ensureBuilt();
    const revision = (): number => {
      const status = search.getStatus();
      return status.state === 'ready' ? status.revision : -1;
    };
    const built = revision();

    const rina = await store(project.id, 'rina', 'Saya kirim jimbe ke Köln, mahogany juga.');
    await search.ensureBuilt();
    expect(revision()).toBe(built + 1);
    expect(await hitSources(search, 'koln')).toEqual([rina.id]);
    expect(await hitSources(search, 'mahogany')).toEqual([harjo.id, wulan.id, rina.id].sort());

    // A source of another project never enters this index.
    await store(other.id, 'elsewhere', 'Mahogany from elsewhere.');
    await search.ensureBuilt();
    expect(await hitSources(search, 'elsewhere')).toEqual([]);
    expect(revision()).toBe(built + 1);

    await correctSource(db, project.id, harjo.id, harjo.text.replace('mahogany', 'teak'));
    await search.ensureBuilt();
    expect(await hitSources(search, 'teak')).toEqual([harjo.id]);
    expect(await hitSources(search, 'mahogany')).toEqual([wulan.id, rina.id].sort());

    await deleteSource(db, wulan.id);
    await search.ensureBuilt();
    expect(await hitSources(search, 'pameran')).toEqual([harjo.id]);
    expect(search.getStatus()).toMatchObject({ state: 'ready', documents: 2 });
    search.close();
  });

  it('keeps one index at a time: asking for another project closes the previous one', async () => {
    const { db, project, other } = await setUp();
    const first = projectSearchFor(db, project.id);
    expect(projectSearchFor(db, project.id)).toBe(first);
    await first.ensureBuilt();
    const second = projectSearchFor(db, other.id);
    expect(second).not.toBe(first);
    await expect(first.query('mahogany')).rejects.toThrow('closed');
    expect((await second.query('mahogany')).totalHits).toBe(0);
    closeProjectSearch();
  });
});
