// Retrieval of coded excerpts on real Dexie: sub-codes in or out, filters by informant role, source kind and
// coder, context (speaker, informant, memo), and the exact bytes of the CSV export.
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
    expect(own).toMatchObject({ text: 'for a trader, then more came', speaker: 'Harjo', informants: ['Harjo'], roles: ['owner'], sourceKind: 'interview', memo: 'He said "trader", not exporter' });
    expect(own?.codePath).toBe('Business networks / Exporters and intermediaries');
    const direct = await retrieveExcerpts(f.db, f.store, f.projectId, { codeIds: [f.networks.id], includeSubCodes: false });
    expect(direct.map((e) => e.coding.id)).toEqual([f.other.id]);
  });

  it('filters by role, by source kind and by coder', async () => {
    const f = await setUpRetrieval();
    const query = { codeIds: [f.networks.id], includeSubCodes: true };
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, roles: ['owner'] })).map((e) => e.coding.id)).toEqual([f.own.id]);
    expect((await retrieveExcerpts(f.db, f.store, f.projectId, { ...query, roles: ['diaspora actor'] })).map((e) => e.coding.id)).toEqual([f.other.id]);
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

  it('exports the excerpts as UTF-8 CSV with BOM, CRLF and quoting of commas and quotes', async () => {
    const f = await setUpRetrieval();
    const bytes = await exportExcerptsCsv(f.db, f.store, f.projectId, { codeIds: [f.exporters.id], includeSubCodes: true });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const start = f.own.start;
    const end = f.own.end;
    expect(text).toBe(
      'Code,Excerpt,Source,Speaker,Informant,Role,Source kind,Start,End,Coder,Memo\r\n' +
      `Business networks / Exporters and intermediaries,"for a trader, then more came",Harjo,Harjo,Harjo,owner,Interview,${start},${end},researcher,"He said ""trader"", not exporter"\r\n`,
    );
  });
});
