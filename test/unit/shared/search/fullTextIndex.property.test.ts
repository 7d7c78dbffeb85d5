// Property tests of the full-text index against brute force: for random multilingual texts, word and phrase
// hits are exactly the case/accent-insensitive whole-word occurrences, and incremental edits equal a rebuild.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FullTextIndex } from '../../../../shared/search/index.ts';

/** Letters in groups a reader considers the same letter (case, accents, precomposed or combining marks). */
const LETTER_GROUPS = [
  ['a', 'A', 'á', 'Á', 'à', 'â'],
  ['e', 'E', 'é', 'É', 'e\u0301', 'E\u0301', 'è'],
  ['u', 'U', 'ü', 'Ü', 'u\u0308'],
  ['o', 'O', 'ö', 'Ö', 'ô'],
  ['n', 'N', 'ñ', 'Ñ'],
  ['c', 'C', 'ç'],
  ['k', 'K'],
  ['g', 'G'],
  ['1'],
  ['7'],
];
const SEPARATORS = [' ', '  ', ', ', '.\n', '\n\n', '-', ' 😀 ', '👍🏽', "'", ' — ', '\t'];

/** A word pattern: which letter group each letter is from; the written form picks a variant per letter. */
const wordPattern = fc.array(fc.integer({ min: 0, max: LETTER_GROUPS.length - 1 }), { minLength: 1, maxLength: 5 });

const writtenWord = (pattern: number[]): fc.Arbitrary<string> =>
  fc.tuple(...pattern.map((group) => fc.constantFrom(...LETTER_GROUPS[group]))).map((letters) => letters.join(''));

/** Texts drawn from a small vocabulary so the same word recurs in different spellings. */
const documentsFrom = (vocabulary: number[][]): fc.Arbitrary<string[]> => {
  const token = fc
    .tuple(fc.integer({ min: 0, max: vocabulary.length - 1 }), fc.constantFrom(...SEPARATORS))
    .chain(([word, separator]) => writtenWord(vocabulary[word]).map((written) => written + separator));
  return fc.array(fc.array(token, { maxLength: 30 }).map((parts) => parts.join('')), { minLength: 1, maxLength: 3 });
};

const scenario = fc
  .array(wordPattern, { minLength: 1, maxLength: 6 })
  .chain((vocabulary) =>
    fc.record({
      documents: documentsFrom(vocabulary),
      queryWord: fc.integer({ min: 0, max: vocabulary.length - 1 }).chain((word) => writtenWord(vocabulary[word])),
      pick: fc.nat(),
    }),
  );

type Run = { documentId: string; start: number; end: number; text: string };

/** Brute force: maximal runs of letters, digits and marks, found code point by code point. */
const wordRuns = (documentId: string, text: string): Run[] => {
  const runs: Run[] = [];
  let start = -1;
  let offset = 0;
  for (const char of text) {
    const isWordChar = /^[\p{L}\p{N}\p{M}]$/u.test(char);
    if (isWordChar && start < 0) start = offset;
    if (!isWordChar && start >= 0) {
      runs.push({ documentId, start, end: offset, text: text.slice(start, offset) });
      start = -1;
    }
    offset += char.length;
  }
  if (start >= 0) runs.push({ documentId, start, end: offset, text: text.slice(start) });
  return runs;
};

/** Equality as ICU collation sees it at base strength: ignoring case and accents. */
const sameWord = (a: string, b: string): boolean => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

const indexOf = (documents: string[]): FullTextIndex => {
  const index = new FullTextIndex();
  documents.forEach((text, k) => index.addDocument(`doc-${k}`, text));
  return index;
};

const spans = (hits: { documentId: string; start: number; end: number }[]): string[] => hits.map((hit) => `${hit.documentId}:${hit.start}-${hit.end}`);

describe('FullTextIndex against brute force', () => {
  it('a single-word query returns exactly the folded whole-word occurrences, in order, across documents', () => {
    fc.assert(
      fc.property(scenario, ({ documents, queryWord }) => {
        const index = indexOf(documents);
        const hits = index.query(queryWord, { limit: Number.POSITIVE_INFINITY }).hits;
        const expected = documents.flatMap((text, k) => wordRuns(`doc-${k}`, text)).filter((run) => sameWord(run.text, queryWord));
        expect(spans(hits)).toEqual(spans(expected));
        for (const hit of hits) expect(sameWord(documents[Number(hit.documentId.slice(4))].slice(hit.start, hit.end), queryWord)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a two-word phrase returns exactly the consecutive occurrences, never across a document boundary', () => {
    fc.assert(
      fc.property(scenario, ({ documents, pick }) => {
        const runsPerDocument = documents.map((text, k) => wordRuns(`doc-${k}`, text));
        const pairs = runsPerDocument.flatMap((runs) => runs.slice(1).map((second, k) => [runs[k], second] as const));
        fc.pre(pairs.length > 0);
        const [first, second] = pairs[pick % pairs.length];
        const hits = indexOf(documents).query(`"${first.text} ${second.text}"`, { limit: Number.POSITIVE_INFINITY }).hits;
        const expected = pairs
          .filter(([a, b]) => sameWord(a.text, first.text) && sameWord(b.text, second.text))
          .map(([a, b]) => ({ documentId: a.documentId, start: a.start, end: b.end }));
        expect(spans(hits)).toEqual(spans(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('two words (AND) return the places where either occurs, only in documents holding both, side-by-side words as one place', () => {
    const twoWords = scenario.chain((base) => fc.record({ base: fc.constant(base), other: fc.nat() }));
    fc.assert(
      fc.property(twoWords, ({ base: { documents, queryWord }, other }) => {
        const runsPerDocument = documents.map((text, k) => wordRuns(`doc-${k}`, text));
        const allRuns = runsPerDocument.flat();
        fc.pre(allRuns.length > 0);
        const secondWord = allRuns[other % allRuns.length].text;
        const hits = indexOf(documents).query(`${queryWord} ${secondWord}`, { limit: Number.POSITIVE_INFINITY }).hits;
        const expected = runsPerDocument.flatMap((runs) => {
          const first = runs.filter((run) => sameWord(run.text, queryWord));
          const second = runs.filter((run) => sameWord(run.text, secondWord));
          if (first.length === 0 || second.length === 0) return [];
          // A place is a run of matching words with no other word between them.
          const places: { documentId: string; start: number; end: number }[] = [];
          let previous = -2;
          runs.forEach((run, position) => {
            if (!first.includes(run) && !second.includes(run)) return;
            if (position === previous + 1 && places.length > 0) places[places.length - 1].end = run.end;
            else places.push({ documentId: run.documentId, start: run.start, end: run.end });
            previous = position;
          });
          return places;
        });
        expect(spans(hits)).toEqual(spans(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('pages in any document order add up to the whole answer in that order, with the same counts', () => {
    const paged = scenario.chain((base) =>
      fc.record({
        base: fc.constant(base),
        order: fc.shuffledSubarray([0, 1, 2], { minLength: 0, maxLength: 3 }),
        pageSize: fc.integer({ min: 1, max: 7 }),
        query: fc.constantFrom('single', 'prefix', 'both'),
      }),
    );
    fc.assert(
      fc.property(paged, ({ base: { documents, queryWord }, order, pageSize, query }) => {
        const index = indexOf(documents);
        const text = query === 'single' ? queryWord : query === 'prefix' ? `${queryWord.slice(0, 1)}*` : `${queryWord} ${queryWord}`;
        const documentOrder = order.map((k) => `doc-${k}`);
        const whole = index.query(text, { limit: Number.POSITIVE_INFINITY, documentOrder });
        // Hits come document by document in the requested order, the unlisted documents after.
        const visited = [...documentOrder.filter((id) => index.has(id)), ...index.documentIds().filter((id) => !documentOrder.includes(id))];
        const byOrder = [...whole.hits].sort((a, b) => visited.indexOf(a.documentId) - visited.indexOf(b.documentId) || a.start - b.start || a.end - b.end);
        expect(spans(whole.hits)).toEqual(spans(byOrder));
        const pages = [];
        for (let offset = 0; offset <= whole.totalHits; offset += pageSize) {
          const page = index.query(text, { offset, limit: pageSize, documentOrder });
          expect(page).toMatchObject({ totalHits: whole.totalHits, matchedDocuments: whole.matchedDocuments, documents: whole.documents });
          expect(page.truncated).toBe(page.hits.length < whole.totalHits);
          pages.push(...page.hits);
        }
        expect(spans(pages)).toEqual(spans(whole.hits));
        expect(whole.documents.reduce((sum, document) => sum + document.hits, 0)).toBe(whole.totalHits);
      }),
      { numRuns: 300 },
    );
  });

  it('after random adds, updates and removals the index answers like one built from scratch', () => {
    const operation = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      remove: fc.boolean(),
      text: fc.array(fc.constantFrom('kendang', 'Pameran', 'pameran-seni', 'ékspor', 'kayu', 'k1', 'KAYU'), { maxLength: 8 }).map((words) => words.join(' ')),
    });
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 25 }), (operations) => {
        const incremental = new FullTextIndex();
        const finalTexts = new Map<string, string>();
        for (const { id, remove, text } of operations) {
          if (remove) {
            expect(incremental.removeDocument(id)).toBe(finalTexts.delete(id));
          } else {
            incremental.updateDocument(id, text);
            finalTexts.set(id, text);
          }
        }
        const rebuilt = new FullTextIndex();
        for (const id of incremental.documentIds()) rebuilt.addDocument(id, finalTexts.get(id) ?? '');
        expect(incremental.documentIds().sort()).toEqual([...finalTexts.keys()].sort());
        for (const query of ['kendang', 'pameran', 'seni', 'ekspor', 'kayu', 'k*', 'pam*', '"pameran seni"', 'kayu kendang']) {
          expect(incremental.query(query), query).toEqual(rebuilt.query(query));
        }
        expect(incremental.stats()).toEqual(rebuilt.stats());
      }),
      { numRuns: 200 },
    );
  });
});
