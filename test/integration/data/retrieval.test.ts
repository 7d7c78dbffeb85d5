// Retrieval of coded excerpts on real Dexie: sub-codes in or out, filters by informant role, informant, source kind
// and coder, context (speakers, informants, paragraphs, memo), excerpts over two turns, and the exact bytes of the CSV.
import { describe, expect, it } from 'vitest';
import { exportExcerptsCsv, retrieveExcerpts } from '../../../renderer/data/retrieval.ts';
import { saveMemo } from '../../../renderer/data/memos.ts';
import { createCoder, getCurrentCoder, setCurrentCoder, updateCoder } from '../../../renderer/data/coders.ts';
import { rangeOf, setUpCoding } from './codingFixture.ts';

const setUpRetrieval = async () => {
  const fixture = await setUpCoding();
  const { store, db, sourceIds, texts, codeByName, projectId } = fixture;
  const networks = codeByName('Business networks');
  const exporters = codeByName('Exporters and intermediaries');
  const own = await store.applyCoding({ sourceId: sourceIds[0], codeId: exporters.id, ...rangeOf(texts[0], 'for a trader, then more came') });
  const first = await getCurrentCoder(db);
  const ana = await createCoder(db, 'Ana');
  await setCurrentCoder(db, ana.id);
  const other = await store.applyCoding({ sourceId: sourceIds[1], codeId: networks.id, ...rangeOf(texts[1], 'buyers asked for painted drums') });
  if (!own || !other) throw new Error('setup');
  await saveMemo(db, projectId, { target: { kind: 'coding', id: own.id }, title: 'note', content: '{}', plainText: 'He said "trader", not exporter' });
  return { ...fixture, networks, exporters, own, other, first, ana };
};

describe('retrieveExcerpts', () => {
  it('includes sub-codes on request and attributes excerpts to speaker, informant and role', async () => {
    const f = await setUpRetrieval();
    const all = await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [f.networks.id], includeSubCodes: true });
    expect(all.map((e) => e.coding.id).sort()).toEqual([f.own.id, f.other.id].sort());
    const own = all.find((e) => e.coding.id === f.own.id);
    expect(own).toMatchObject({
      text: 'for a trader, then more came', speakers: ['Harjo'], informants: [{ pseudonym: 'Harjo', role: 'owner' }], roles: ['owner'],
      sourceKind: 'interview', memo: 'He said "trader", not exporter', paragraphs: { first: 3, last: 3 }, timestamp: null,
    });
    expect(own?.codePath).toBe('Business networks / Exporters and intermediaries');
    const direct = await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [f.networks.id], includeSubCodes: false });
    expect(direct.map((e) => e.coding.id)).toEqual([f.other.id]);
  });

  it('filters by role, by source kind and by coder', async () => {
    const f = await setUpRetrieval();
    const query = { codeIds: [f.networks.id], includeSubCodes: true };
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, roles: ['owner'] })).map((e) => e.coding.id)).toEqual([f.own.id]);
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, roles: ['diaspora actor'] })).map((e) => e.coding.id)).toEqual([f.other.id]);
    const rina = (await retrieveExcerpts(f.db, f.store, f.projectId, query)).find((e) => e.coding.id === f.other.id)?.informants[0].id ?? '';
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, informants: [rina] })).map((e) => e.coding.id)).toEqual([f.other.id]);
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, sourceKinds: ['document'] })).map((e) => e.coding.id)).toEqual([f.other.id]);
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, coders: [f.ana.id] })).map((e) => e.coding.id)).toEqual([f.other.id]);
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, coders: [f.first.id], sourceKinds: ['document'] }))).toEqual([]);
    expect(await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [f.codeByName('Training').id], includeSubCodes: true })).toEqual([]);
  });

  it('names the coder as they are called now: renaming a coder renames them on every excerpt', async () => {
    const f = await setUpRetrieval();
    await updateCoder(f.db, f.first.id, { name: 'Ayu Lestari', initials: 'AL' });
    const excerpts = await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [f.networks.id], includeSubCodes: true });
    expect(excerpts.map((e) => [e.coding.id, e.coderName]).sort()).toEqual([[f.own.id, 'Ayu Lestari'], [f.other.id, 'Ana']].sort());
  });

  it("credits an excerpt over the interviewer's question and the answer to the informant only, and shows both turns", async () => {
    const f = await setUpRetrieval();
    const range = { start: f.texts[0].indexOf('And later?'), end: f.texts[0].indexOf('Later the buyers') + 'Later the buyers'.length };
    const spanning = await f.store.applyCoding({ sourceId: f.sourceIds[0], codeId: f.codeByName('Learning').id, ...range });
    if (!spanning) throw new Error('setup');
    const [excerpt] = await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [spanning.codeId], includeSubCodes: false });
    expect(excerpt).toMatchObject({
      text: 'Interviewer: And later? / Harjo: Later the buyers', speakers: ['Interviewer', 'Harjo'], roles: ['owner'], paragraphs: { first: 4, last: 5 },
    });
    expect(excerpt.informants.map((person) => person.pseudonym)).toEqual(['Harjo']);
    const rows = new TextDecoder().decode((await exportExcerptsCsv(f.db, f.store, f.projectId, { codeIds: [spanning.codeId], includeSubCodes: false })).slice(3));
    expect(rows.split('\r\n')[1]).toBe(
      `Business networks / Learning,Interviewer: And later? / Harjo: Later the buyers,Harjo,Interviewer; Harjo,Harjo,owner,Interview,${range.start},${range.end},4,5,,Ana,`,
    );
  });

  it('exports the excerpts as UTF-8 CSV with BOM, CRLF and quoting of commas and quotes', async () => {
    const f = await setUpRetrieval();
    const bytes = await exportExcerptsCsv(f.db, f.store, f.projectId, { codeIds: [f.exporters.id], includeSubCodes: true });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const start = f.own.start;
    const end = f.own.end;
    expect(text).toBe(
      'Code,Excerpt,Source,Speaker,Informant,Role,Source kind,Start,End,First paragraph,Last paragraph,Timestamp,Coder,Memo\r\n' +
      `Business networks / Exporters and intermediaries,"for a trader, then more came",Harjo,Harjo,Harjo,owner,Interview,${start},${end},3,3,,researcher,"He said ""trader"", not exporter"\r\n`,
    );
  });
});
