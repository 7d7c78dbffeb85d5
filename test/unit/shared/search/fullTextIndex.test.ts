// The full-text index: word, phrase, prefix and AND queries; incremental updates; Unicode offsets; limits.
import { beforeEach, describe, expect, it } from 'vitest';
import { FullTextIndex, type SearchHit } from '../../../../shared/search/index.ts';

const interview =
  'Pewawancara: Bagaimana awal ekspor kendang?\n' +
  'Pak Bambang: Awalnya kami ikut Pameran di Jakarta. Pameran itu mempertemukan kami dengan eksportir.\n' +
  'Pewawancara: Lalu?\n' +
  'Pak Bambang: Pembeli dari Jerman datang ke bengkel. Mereka bilang "Grüße aus Köln".';
const fieldNotes = 'Catatan lapangan: bengkel ramai. Pengrajin menyiapkan kendang untuk pameran internasional di Café Seni.';
const memo = 'Pameran dagang adalah pintu masuk (entry point) ke pasar luar negeri.';

const texts: Record<string, string> = { interview, fieldNotes, memo };

/** Hits as [document, original text] pairs: what the user sees and what "code all hits" would code. */
const shown = (hits: SearchHit[]): [string, string][] => hits.map((hit) => [hit.documentId, texts[hit.documentId].slice(hit.start, hit.end)]);

describe('FullTextIndex queries', () => {
  let index: FullTextIndex;
  beforeEach(() => {
    index = new FullTextIndex();
    for (const [id, text] of Object.entries(texts)) index.addDocument(id, text);
  });

  it('finds a word regardless of case, in document order then position', () => {
    const result = index.query('pameran');
    expect(shown(result.hits)).toEqual([
      ['interview', 'Pameran'],
      ['interview', 'Pameran'],
      ['fieldNotes', 'pameran'],
      ['memo', 'Pameran'],
    ]);
    expect(result).toMatchObject({ totalHits: 4, matchedDocuments: 3, truncated: false });
    const starts = result.hits.filter((hit) => hit.documentId === 'interview').map((hit) => hit.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds accented words from unaccented queries and the other way round', () => {
    expect(shown(index.query('cafe').hits)).toEqual([['fieldNotes', 'Café']]);
    expect(shown(index.query('KÖLN').hits)).toEqual([['interview', 'Köln']]);
    expect(shown(index.query('grusse').hits)).toEqual([['interview', 'Grüße']]);
  });

  it('matches whole words only', () => {
    expect(index.query('ekspor').hits.map((hit) => texts[hit.documentId].slice(hit.start, hit.end))).toEqual(['ekspor']);
    expect(index.query('pamer').hits).toEqual([]);
  });

  it('finds quoted phrases as consecutive words, from the first word to the last', () => {
    expect(shown(index.query('"pameran di"').hits)).toEqual([['interview', 'Pameran di']]);
    expect(shown(index.query('"pameran internasional di café"').hits)).toEqual([['fieldNotes', 'pameran internasional di Café']]);
    expect(index.query('"internasional pameran"').hits).toEqual([]);
  });

  it('lets a phrase run across punctuation and line breaks but not across documents', () => {
    expect(shown(index.query('"kendang pak bambang"').hits)).toEqual([['interview', 'kendang?\nPak Bambang']]);
    index.addDocument('a', 'the end of one source is rumah');
    index.addDocument('b', 'adat begins the next');
    expect(index.query('"rumah adat"').hits).toEqual([]);
  });

  it('treats a hyphenated word as a phrase', () => {
    const kids = 'Anak-anak belajar; anak anak juga.';
    index.addDocument('kids', kids);
    expect(index.query('anak-anak').hits.map((hit) => kids.slice(hit.start, hit.end))).toEqual(['Anak-anak', 'anak anak']);
  });

  it('expands prefix queries over the vocabulary', () => {
    expect(shown(index.query('pamer*').hits)).toHaveLength(4);
    expect(shown(index.query('eksp*').hits)).toEqual([
      ['interview', 'ekspor'],
      ['interview', 'eksportir'],
    ]);
    expect(shown(index.query('peng*').hits)).toEqual([['fieldNotes', 'Pengrajin']]);
    expect(index.query('zzz*').hits).toEqual([]);
  });

  it('supports prefixes inside phrases', () => {
    expect(shown(index.query('"pameran inter*"').hits)).toEqual([['fieldNotes', 'pameran internasional']]);
    expect(shown(index.query('"* ekspor"').hits)).toEqual([['interview', 'ekspor']]);
  });

  it('requires every word in the same document (AND) and reports each word’s hits there', () => {
    expect(shown(index.query('pameran bengkel').hits)).toEqual([
      ['interview', 'Pameran'],
      ['interview', 'Pameran'],
      ['interview', 'bengkel'],
      ['fieldNotes', 'bengkel'],
      ['fieldNotes', 'pameran'],
    ]);
    expect(index.query('pameran jerman').hits.every((hit) => hit.documentId === 'interview')).toBe(true);
    expect(index.query('pameran tidakada').hits).toEqual([]);
  });

  it('reports words of an unquoted query that stand side by side as one place, so its context line shows once', () => {
    const notes = 'The drying house stood empty. We dried the wood in the house, not in a drying shed. Drying, house and shed.';
    const places = new FullTextIndex();
    places.addDocument('notes', notes);
    const result = places.query('drying house');
    expect(result.hits.map((hit) => notes.slice(hit.start, hit.end))).toEqual(['drying house', 'house', 'drying', 'Drying, house']);
    expect(result.totalHits).toBe(4);
    expect(result.documents).toEqual([{ documentId: 'notes', hits: 4 }]);
    // Paging counts places too: the second page starts at the second place.
    expect(places.query('drying house', { offset: 1, limit: 1 }).hits.map((hit) => notes.slice(hit.start, hit.end))).toEqual(['house']);
    // One word still lists every occurrence, side by side or not.
    expect(places.query('house').totalHits).toBe(3);
  });

  it('combines phrases, prefixes and words and reports overlapping hits once', () => {
    const result = index.query('"pasar luar" pamer* pameran');
    expect(shown(result.hits)).toEqual([
      ['memo', 'Pameran'],
      ['memo', 'pasar luar'],
    ]);
    expect(result.totalHits).toBe(2);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(index.query('').hits).toEqual([]);
    expect(index.query('  "" * !').totalHits).toBe(0);
  });

  it('limits hits but still counts them all', () => {
    const result = index.query('pameran', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result).toMatchObject({ totalHits: 4, matchedDocuments: 3, truncated: true });
    const phrase = index.query('"pak bambang"', { limit: 1 });
    expect(phrase).toMatchObject({ totalHits: 2, truncated: true });
    expect(phrase.hits).toHaveLength(1);
  });

  it('pages through the hits with an offset, counting every hit in every page', () => {
    const all = index.query('pameran', { limit: 10 });
    const pages = [0, 1, 2, 3].map((page) => index.query('pameran', { offset: page, limit: 1 }));
    expect(pages.flatMap((page) => page.hits)).toEqual(all.hits);
    for (const page of pages) expect(page).toMatchObject({ totalHits: 4, matchedDocuments: 3, truncated: true });
    expect(index.query('pameran', { offset: 4, limit: 1 })).toMatchObject({ hits: [], totalHits: 4, truncated: true });
    // A phrase (full matching, not the one-word count) pages the same way.
    expect(shown(index.query('"pak bambang"', { offset: 1, limit: 5 }).hits)).toEqual([['interview', 'Pak Bambang']]);
    expect(index.query('"pak bambang"', { offset: 1, limit: 5 }).hits[0].start).toBeGreaterThan(index.query('"pak bambang"').hits[0].start);
  });

  it('lists hits in the requested document order, with each matched document and its hit count', () => {
    const result = index.query('pameran', { documentOrder: ['memo', 'unknown', 'interview', 'memo'] });
    expect(shown(result.hits)).toEqual([
      ['memo', 'Pameran'],
      ['interview', 'Pameran'],
      ['interview', 'Pameran'],
      ['fieldNotes', 'pameran'],
    ]);
    expect(result.documents).toEqual([
      { documentId: 'memo', hits: 1 },
      { documentId: 'interview', hits: 2 },
      { documentId: 'fieldNotes', hits: 1 },
    ]);
    // The second page of the ordered list starts where the first ended.
    expect(shown(index.query('pameran', { documentOrder: ['memo', 'interview'], offset: 2, limit: 2 }).hits)).toEqual([
      ['interview', 'Pameran'],
      ['fieldNotes', 'pameran'],
    ]);
    // Counts cover documents beyond the page too.
    expect(index.query('pameran', { limit: 1 }).documents.map((document) => document.hits)).toEqual([2, 1, 1]);
  });

  it('searches only the chosen documents when asked', () => {
    expect(shown(index.query('pameran', { documentIds: ['memo', 'unknown'] }).hits)).toEqual([['memo', 'Pameran']]);
  });
});

describe('FullTextIndex incremental updates', () => {
  it('re-indexes a corrected document in place and forgets its old words', () => {
    const index = new FullTextIndex();
    index.addDocument('s1', 'kendang dari kayu mahoni');
    index.addDocument('s2', 'kendang kulit kambing');
    index.updateDocument('s1', 'kendang dari kayu nangka');
    expect(index.query('mahoni').hits).toEqual([]);
    expect(index.query('mahon*').hits).toEqual([]);
    expect(index.query('nangka').hits).toEqual([{ documentId: 's1', start: 18, end: 24 }]);
    expect(index.query('kendang').hits.map((hit) => hit.documentId)).toEqual(['s1', 's2']);
    expect(index.documentIds()).toEqual(['s1', 's2']);
  });

  it('removes documents and their hits, keeping other documents intact', () => {
    const index = new FullTextIndex();
    index.addDocument('s1', 'pameran pertama');
    index.addDocument('s2', 'pameran kedua');
    index.addDocument('s3', 'pameran ketiga');
    expect(index.removeDocument('s2')).toBe(true);
    expect(index.removeDocument('s2')).toBe(false);
    expect(index.query('pameran').hits.map((hit) => hit.documentId)).toEqual(['s1', 's3']);
    expect(index.query('kedua').hits).toEqual([]);
    expect(index.query('ketiga').hits).toEqual([{ documentId: 's3', start: 8, end: 14 }]);
    expect(index.stats()).toMatchObject({ documents: 2, tokens: 4, terms: 3 });
  });

  it('reuses the ids of forgotten terms without mixing words up', () => {
    const index = new FullTextIndex();
    for (let round = 0; round < 20; round += 1) {
      index.updateDocument('draft', `kata${round} umum`);
      index.updateDocument('stable', 'umum tetap');
    }
    expect(index.query('kata19').totalHits).toBe(1);
    expect(index.query('kata18').totalHits).toBe(0);
    expect(index.query('kata*').hits).toEqual([{ documentId: 'draft', start: 0, end: 6 }]);
    expect(index.stats().terms).toBe(3);
    index.clear();
    expect(index.stats()).toMatchObject({ documents: 0, tokens: 0, terms: 0 });
    expect(index.query('umum').hits).toEqual([]);
  });
});

describe('FullTextIndex with Unicode text', () => {
  it('keeps UTF-16 offsets right after emoji and astral characters', () => {
    const text = '😀😀 Pameran 🎉 di 𝐁𝐞𝐫𝐥𝐢𝐧 👍🏽 café 👨‍👩‍👧 pameran.';
    const index = new FullTextIndex();
    index.addDocument('emoji', text);
    const words = index.query('pameran').hits.map((hit) => text.slice(hit.start, hit.end));
    expect(words).toEqual(['Pameran', 'pameran']);
    expect(index.query('berlin').hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['𝐁𝐞𝐫𝐥𝐢𝐧']);
    expect(index.query('"berlin cafe"').hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['𝐁𝐞𝐫𝐥𝐢𝐧 👍🏽 café']);
  });

  it('matches decomposed accents in the text from a precomposed query', () => {
    const text = 'Produk e\u0301kspor dan \u00e9kspor';
    const index = new FullTextIndex();
    index.addDocument('nfd', text);
    expect(index.query('\u00e9kspor').hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['e\u0301kspor', '\u00e9kspor']);
  });
});
