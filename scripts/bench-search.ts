// Benchmark of project-wide full-text search on the reference large project (200 sources × 12,000 words):
// index build time and memory, query latency (word, prefix, phrase, keyword-in-context) and a plain indexOf
// scan as the baseline. Prints one JSON object. Run: npx tsx --expose-gc scripts/bench-search.ts
import { FullTextIndex, keywordInContextLines } from '../shared/search/index.ts';
import { createRandom } from '../test/bench/seededRandom.ts';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const WORDS_PER_DOCUMENT = Number(process.env.BENCH_WORDS ?? 12_000);
const VOCABULARY_SIZE = 20_000;
const QUERIES = 200;

// The same seeded generator as the large-project benchmark, so every run indexes the same project.
const generator = createRandom(20_260_623);
const random = generator.next;
const pick = generator.pick;

/** Indonesian and Javanese-flavoured words of the study's domain, some with accents, written for this benchmark. */
const DOMAIN_WORDS = [
  'pameran', 'pengrajin', 'kendang', 'jimbé', 'ékspor', 'diaspora', 'asosiasi', 'jaringan', 'kerajinan', 'pemasaran',
  'kualitas', 'desain', 'mitra', 'pelatihan', 'pendampingan', 'internasional', 'bengkel', 'kayu', 'kulit', 'pembeli',
  'négosiasi', 'distribusi', 'pengiriman', 'pesanan', 'ukiran', 'warisan', 'budaya', 'komunitas', 'seniman', 'usaha',
];
const SYLLABLES = ['ka', 'ra', 'ma', 'ng', 'ku', 'si', 'pe', 'ja', 'ri', 'to', 'ba', 'la', 'wa', 'an', 'in', 'ru', 'de', 'sa', 'ti', 'gu', 'é', 'ö', 'ny', 'do'];

const makeVocabulary = (): string[] => {
  const words = new Set<string>(DOMAIN_WORDS);
  while (words.size < VOCABULARY_SIZE) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let k = 0; k < length; k += 1) word += pick(SYLLABLES);
    words.add(word);
  }
  // Shuffle so the domain words land at random Zipf ranks.
  const shuffled = [...words];
  for (let k = shuffled.length - 1; k > 0; k -= 1) {
    const other = Math.floor(random() * (k + 1));
    [shuffled[k], shuffled[other]] = [shuffled[other], shuffled[k]];
  }
  return shuffled;
};


const makeDocument = (vocabulary: string[], sampleRank: () => number): string => {
  const parts: string[] = [];
  let sentenceStart = true;
  for (let k = 0; k < WORDS_PER_DOCUMENT; k += 1) {
    let word = vocabulary[sampleRank()];
    if (sentenceStart) word = word[0].toUpperCase() + word.slice(1);
    sentenceStart = false;
    parts.push(word);
    const roll = random();
    if (roll < 0.06) {
      parts.push(roll < 0.01 ? '.\n\n' : '. ');
      sentenceStart = true;
    } else if (roll < 0.1) parts.push(', ');
    else parts.push(' ');
  }
  return parts.join('');
};

const percentile = (values: number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
};

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();
const heapMb = (): number => process.memoryUsage().heapUsed / 2 ** 20;
const externalMb = (): number => process.memoryUsage().arrayBuffers / 2 ** 20;

const vocabulary = makeVocabulary();
const sampleRank = generator.zipf(vocabulary.length);
const documents = Array.from({ length: DOCUMENTS }, (_, k) => ({ id: `source-${k + 1}`, text: makeDocument(vocabulary, sampleRank) }));
const texts = new Map(documents.map((document) => [document.id, document.text]));

collectGarbage();
const heapBefore = heapMb();
const externalBefore = externalMb();
const buildStart = performance.now();
const index = new FullTextIndex();
for (const document of documents) index.addDocument(document.id, document.text);
const buildMs = performance.now() - buildStart;
collectGarbage();
await new Promise((resolve) => setTimeout(resolve, 50)); // let V8 free released array buffers
collectGarbage();
const stats = index.stats();
const indexHeapMb = heapMb() - heapBefore;
const indexArrayBuffersMb = externalMb() - externalBefore;

/** Queries as a user would type them: Zipf-picked words (so frequent ones too), prefixes and two-word phrases. */
const queryWord = (): string => vocabulary[sampleRank()];
const queries: { kind: 'word' | 'prefix' | 'phrase'; text: string }[] = [];
for (let k = 0; k < QUERIES; k += 1) {
  const kind = k % 3 === 0 ? 'word' : k % 3 === 1 ? 'prefix' : 'phrase';
  if (kind === 'word') queries.push({ kind, text: queryWord() });
  else if (kind === 'prefix') queries.push({ kind, text: `${queryWord().slice(0, 3)}*` });
  else {
    // A phrase that really occurs: two consecutive words from a random document.
    const text = pick(documents).text;
    const at = Math.floor(random() * (text.length - 200));
    const words = text.slice(at, at + 200).split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(1, 3);
    queries.push({ kind, text: `"${words.join(' ')}"` });
  }
}

const timings: Record<'all' | 'word' | 'prefix' | 'phrase' | 'kwic', number[]> = { all: [], word: [], prefix: [], phrase: [], kwic: [] };
let totalHits = 0;
for (const query of queries) {
  const start = performance.now();
  const result = index.query(query.text, { limit: 1000 });
  const queried = performance.now();
  keywordInContextLines(result.hits.slice(0, 200), (id) => texts.get(id), { contextChars: 60 });
  const end = performance.now();
  timings.all.push(queried - start);
  timings[query.kind].push(queried - start);
  timings.kwic.push(end - start);
  totalHits += result.totalHits;
}

/** Baseline: a plain indexOf scan over all (pre-lowercased) text for the same single-word queries. */
const loweredTexts = documents.map((document) => document.text.toLowerCase());
const baseline: number[] = [];
for (const query of queries.filter((candidate) => candidate.kind === 'word')) {
  const needle = query.text.toLowerCase();
  const start = performance.now();
  let found = 0;
  for (const text of loweredTexts) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found += 1;
  }
  baseline.push(performance.now() - start);
  if (found < 0) throw new Error('unreachable');
}

const serializeStart = performance.now();
const serialized = index.toSerialized();
const serializeMs = performance.now() - serializeStart;
const loadStart = performance.now();
FullTextIndex.fromSerialized(serialized);
const loadMs = performance.now() - loadStart;

const wordP95 = percentile(timings.word, 0.95);
const baselineP95 = percentile(baseline, 0.95);
console.log(
  JSON.stringify({
    documents: stats.documents,
    tokens: stats.tokens,
    terms: stats.terms,
    build_ms: round(buildMs, 0),
    index_heap_mb: round(indexHeapMb, 1),
    index_typed_array_mb: round(stats.typedArrayBytes / 2 ** 20, 1),
    index_array_buffers_mb: round(indexArrayBuffersMb, 1),
    gc_exposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    queries: queries.length,
    mean_hits_per_query: round(totalHits / queries.length, 0),
    search_p50_ms: round(percentile(timings.all, 0.5)),
    search_p95_ms: round(percentile(timings.all, 0.95)),
    search_word_p95_ms: round(wordP95),
    search_prefix_p95_ms: round(percentile(timings.prefix, 0.95)),
    search_phrase_p95_ms: round(percentile(timings.phrase, 0.95)),
    search_with_kwic_200_p95_ms: round(percentile(timings.kwic, 0.95)),
    search_baseline_indexof_p50_ms: round(percentile(baseline, 0.5)),
    search_baseline_indexof_ms: round(baselineP95),
    search_word_p95_speedup_vs_indexof: round(baselineP95 / Math.max(wordP95, 0.001), 1),
    serialize_ms: round(serializeMs, 0),
    load_serialized_ms: round(loadMs, 0),
    target_search_p95_ms: 50,
  }),
);
