// "Code selected hits" through the data layer on real Dexie: hits found by the real index over stored sources are
// widened to the chosen scope and joined per turn, coded as ONE undo step; and the scope a project last used is
// remembered in its settings, through commit.
import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../shared/search/index.ts';
import { codeSearchHits } from '../../../renderer/data/codeSearchHits.ts';
import { getHitCodingScope, setHitCodingScope } from '../../../renderer/data/hitCodingScope.ts';
import { getProject } from '../../../renderer/data/projects.ts';
import { storeImportedSource } from '../../../renderer/data/sources.ts';
import { setUpCoding, type CodingFixture } from './codingFixture.ts';
import { importText } from './testDatabase.ts';

/** The ticked hits: every hit of `query` in the fixture's sources, as the search screen's "select all" gets them. */
const hitsOf = (fixture: CodingFixture, query: string) => {
  const index = new FullTextIndex();
  fixture.sourceIds.forEach((id, k) => index.addDocument(id, fixture.texts[k]));
  return index.query(query, { limit: Number.POSITIVE_INFINITY }).hits.map((hit) => ({ sourceId: hit.documentId, start: hit.start, end: hit.end }));
};

const codedTexts = (fixture: CodingFixture, codeId: string): string[] =>
  fixture.store
    .getSnapshot()
    .codings.filter((coding) => coding.codeId === codeId)
    .map((coding) => fixture.texts[fixture.sourceIds.indexOf(coding.sourceId)].slice(coding.start, coding.end))
    .sort();

describe('codeSearchHits', () => {
  it('codes whole sentences around the hits, one coding per turn, as one undo step', async () => {
    const fixture = await setUpCoding();
    const code = fixture.codeByName('Training');
    // One hit in each answer of each interview: four turns, four codings of whole sentences.
    const hits = hitsOf(fixture, 'trader buyers');
    expect(hits).toHaveLength(4);
    const outcome = await codeSearchHits(fixture.store, hits, code.id, 'sentence');
    expect(outcome).toMatchObject({ hits: 4, skipped: 0 });
    expect(outcome.created).toHaveLength(4);
    expect(codedTexts(fixture, code.id)).toEqual([
      'Later the buyers asked for dry wood and we learned it.',
      'Later the buyers asked for painted drums and we learned it.',
      'We began with a few drums for a trader, then more came.',
      'We began with a few drums for a trader, then more came.',
    ]);
    expect(fixture.undo.canUndo).toBe(true);
    await fixture.undo.undo();
    expect(fixture.undo.canUndo).toBe(false);
    expect(codedTexts(fixture, code.id)).toEqual([]);
  });

  it('joins the hits of one turn into one coding and counts what was there already', async () => {
    const fixture = await setUpCoding();
    const code = fixture.codeByName('Training');
    const hits = hitsOf(fixture, 'painted').filter((hit) => hit.sourceId === fixture.sourceIds[1]);
    expect(hits).toHaveLength(2);
    const first = await codeSearchHits(fixture.store, hits, code.id, 'turn');
    expect(first).toMatchObject({ hits: 2, skipped: 0 });
    expect(codedTexts(fixture, code.id)).toEqual(['Could you tell me about painted drums?', 'Later the buyers asked for painted drums and we learned it.']);
    const again = await codeSearchHits(fixture.store, hits, code.id, 'turn');
    expect(again).toMatchObject({ hits: 2, created: [], skipped: 2 });
  });

  it('codes hundreds of hits as one coding per turn in one undo step', async () => {
    const fixture = await setUpCoding();
    const code = fixture.codeByName('Training');
    const turns = Array.from({ length: 150 }, (_, k) => `Dewi: Batch ${k} went to the drying house. The drying house was full.`);
    const imported = await importText('long.txt', turns.join('\n\n'));
    const long = await storeImportedSource(fixture.db, fixture.projectId, imported, {
      kind: 'interview', title: 'Long', informantIds: [], date: null, language: 'en',
    });
    const index = new FullTextIndex();
    index.addDocument(long.id, long.text);
    const hits = index.query('drying', { limit: Number.POSITIVE_INFINITY }).hits.map((hit) => ({ sourceId: long.id, start: hit.start, end: hit.end }));
    expect(hits).toHaveLength(300);
    const before = fixture.store.getSnapshot().codings.length;
    const outcome = await codeSearchHits(fixture.store, hits, code.id, 'sentence');
    expect(outcome).toMatchObject({ hits: 300, skipped: 0 });
    expect(outcome.created).toHaveLength(150);
    for (const coding of outcome.created) expect(long.text.slice(coding.start, coding.end)).toMatch(/^Batch \d+ went to the drying house\. The drying house was full\.$/u);
    await fixture.undo.undo();
    expect(fixture.store.getSnapshot().codings).toHaveLength(before);
    expect(fixture.undo.canUndo).toBe(false);
  });

  it('remembers the scope per project in its settings, "hit" until one is chosen', async () => {
    const fixture = await setUpCoding();
    expect(await getHitCodingScope(fixture.db, fixture.projectId)).toBe('hit');
    await setHitCodingScope(fixture.db, fixture.projectId, 'paragraph');
    expect(await getHitCodingScope(fixture.db, fixture.projectId)).toBe('paragraph');
    const project = await getProject(fixture.db, fixture.projectId);
    expect(project?.settings).toMatchObject({ hitCodingScope: 'paragraph', rolePresets: expect.any(Array) });
    const audit = await fixture.db.auditEvents.where('projectId').equals(fixture.projectId).toArray();
    expect(audit.at(-1)).toMatchObject({ objectType: 'project', detail: 'paragraph' });
  });
});
