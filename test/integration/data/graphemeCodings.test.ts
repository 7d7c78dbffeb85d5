// Coding on real Dexie never splits a grapheme cluster: a text imported in NFD keeps its code points in the database,
// a range that ends inside an emoji ZWJ sequence or between a letter and its accent is coded whole (applyCoding and
// in vivo alike), and a correction that glues a skin tone onto a coded hand moves the coding onto the whole cluster.
import { describe, expect, it } from 'vitest';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { correctSource } from '../../../renderer/data/corrections.ts';
import { createProject } from '../../../renderer/data/projects.ts';
import { getSource, storeImportedSource } from '../../../renderer/data/sources.ts';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/templates/index.ts';
import { freshDatabase, importText } from './testDatabase.ts';

const FILE_TEXT = [
  'Pewawancara: Siapa yang datang ke bengkel?',
  '',
  'Bu Lastri: Keluarga 👩\u200d👩\u200d👧 dari Sentul, dan kami minum cafe\u0301 bersama. Salam 👋 dari 🇮🇩.',
].join('\n');

const setUp = async () => {
  const db = freshDatabase();
  const project = await createProject(db, { name: 'Kluster', templateId: DEFAULT_TEMPLATE_ID });
  const source = await storeImportedSource(db, project.id, await importText('lastri.txt', FILE_TEXT), {
    kind: 'interview', title: 'Lastri', informantIds: [], date: null, language: 'id', speakerLinks: {},
  });
  const store = await CodingStore.load(db, project.id);
  const codeId = store.getSnapshot().codes[0].id;
  const text = (await getSource(db, source.id))?.text ?? '';
  const covered = async (codingId: string): Promise<string> => {
    const row = await db.codings.get(codingId);
    return row === undefined ? '' : ((await getSource(db, source.id))?.text ?? '').slice(row.start, row.end);
  };
  return { db, projectId: project.id, sourceId: source.id, store, codeId, text, covered };
};

describe('coding and grapheme clusters on real Dexie', () => {
  it('stores the imported text with its decomposed letters and emoji untouched', async () => {
    const { text } = await setUp();
    expect(text).toContain('cafe\u0301');
    expect(text).toContain('👩\u200d👩\u200d👧');
    expect(text).not.toBe(text.normalize('NFC'));
  });

  it('codes the whole ZWJ family and the whole accented letter for ranges that end inside them', async () => {
    const { store, sourceId, codeId, text, covered } = await setUp();
    const family = text.indexOf('Keluarga');
    const first = await store.applyCoding({ sourceId, codeId, start: family, end: text.indexOf('👩') + 3 });
    const cafe = text.indexOf('cafe');
    const second = await store.applyCoding({ sourceId, codeId, start: cafe, end: cafe + 4 });
    if (first === null || second === null) throw new Error('codings were skipped');
    expect(await covered(first.id)).toBe('Keluarga 👩\u200d👩\u200d👧');
    expect(await covered(second.id)).toBe('cafe\u0301');
    // The store's memory holds the same offsets as the database.
    expect(store.codingById(first.id)).toEqual(await store.db.codings.get(first.id));
  });

  it('still refuses a range outside the text instead of snapping it into the text', async () => {
    const { store, sourceId, codeId, text, db } = await setUp();
    await expect(store.applyCoding({ sourceId, codeId, start: text.length - 2, end: text.length + 3 })).rejects.toMatchObject({ key: 'coding.error.invalidRange' });
    await expect(store.applyCoding({ sourceId, codeId, start: 5, end: 5 })).rejects.toMatchObject({ key: 'coding.error.invalidRange' });
    expect(await db.codings.count()).toBe(0);
  });

  it('codes the whole flag in vivo when the selection starts between its two letters', async () => {
    const { store, sourceId, text, covered } = await setUp();
    const flag = text.indexOf('🇮🇩');
    const { coding } = await store.createInVivoCode(sourceId, flag + 2, flag + 5, text.slice(flag + 2, flag + 5));
    expect(await covered(coding.id)).toBe('🇮🇩.');
  });

  it('moves a coded hand onto the whole cluster when a correction adds a skin tone', async () => {
    const { db, projectId, store, sourceId, codeId, text, covered } = await setUp();
    const hand = text.indexOf('👋');
    const coding = await store.applyCoding({ sourceId, codeId, start: hand, end: hand + 2 });
    if (coding === null) throw new Error('coding was skipped');
    const result = await correctSource(db, projectId, sourceId, `${text.slice(0, hand + 2)}🏽${text.slice(hand + 2)}`);
    expect(result.movedCodings).toBe(1);
    expect(await covered(coding.id)).toBe('👋🏽');
    // The store follows the correction: a range inside the new cluster is snapped against the corrected text, so with
    // the same code it is an exact repeat (skipped) and with another code it covers the hand and its tone.
    expect(await store.applyCoding({ sourceId, codeId, start: hand + 1, end: hand + 3 })).toBeNull();
    const other = store.getSnapshot().codes[1].id;
    const again = await store.applyCoding({ sourceId, codeId: other, start: hand + 1, end: hand + 3 });
    if (again === null) throw new Error('coding was skipped');
    expect(await covered(again.id)).toBe('👋🏽');
  });
});
