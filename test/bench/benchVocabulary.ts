// The word stock of the benchmark's synthetic transcripts: frequent English and Indonesian function words first
// (so a Zipf draw makes them common), then domain words of the craft-export study (some with accents), then
// invented syllable words that give the text a realistic number of distinct terms. Written for this benchmark.
import type { Random } from './seededRandom.ts';

const FUNCTION_WORDS = [
  'the', 'and', 'we', 'to', 'of', 'a', 'it', 'in', 'that', 'was', 'yang', 'dan', 'they', 'is', 'for', 'di', 'with',
  'you', 'but', 'so', 'itu', 'ini', 'on', 'saya', 'our', 'not', 'ada', 'had', 'kami', 'at', 'from', 'then', 'when',
  'tidak', 'there', 'juga', 'my', 'all', 'would', 'sudah', 'one', 'more', 'about', 'karena', 'jadi', 'what', 'because',
  'their', 'very', 'also', 'dengan', 'them', 'could', 'some', 'were', 'only', 'other', 'after', 'first', 'time',
];

const DOMAIN_WORDS = [
  'drum', 'drums', 'workshop', 'export', 'buyer', 'buyers', 'container', 'exhibition', 'trader', 'association',
  'quality', 'order', 'orders', 'price', 'wood', 'skin', 'carving', 'village', 'market', 'network', 'diaspora',
  'shipment', 'sample', 'samples', 'certificate', 'customs', 'design', 'festival', 'training', 'partner', 'family',
  'pameran', 'pengrajin', 'kendang', 'jimbé', 'ékspor', 'négosiasi', 'kerajinan', 'pemasaran', 'kualitas', 'désain',
  'mitra', 'pelatihan', 'pendampingan', 'bengkel', 'kayu', 'kulit', 'pembeli', 'pengiriman', 'pesanan', 'ukiran',
  'warisan', 'budaya', 'komunitas', 'seniman', 'usaha', 'koperasi', 'sertifikat', 'bea', 'cukai', 'café', 'rézeki',
  'Sentul', 'Bali', 'Jepara', 'Rotterdam', 'Osaka', 'Yogyakarta', 'Wulan', 'Harjo', 'Rina', 'Made',
];

const SYLLABLES = [
  'ka', 'ra', 'ma', 'nga', 'ku', 'si', 'pe', 'ja', 'ri', 'to', 'ba', 'la', 'wa', 'an', 'in', 'ru', 'de', 'sa', 'ti',
  'gu', 'dé', 'ny', 'do', 'mé', 'pu', 'ha', 'li', 'ne', 'bo', 'su', 'ké', 'tra', 'pri', 'ung',
];

/** ~`size` distinct words, most frequent first. */
export const buildVocabulary = (random: Random, size = 18_000): string[] => {
  const words: string[] = [...FUNCTION_WORDS];
  const seen = new Set(words);
  // Domain words land among the first few hundred ranks so they recur across sources.
  const invented: string[] = [];
  while (seen.size + invented.length < size - DOMAIN_WORDS.length) {
    let word = '';
    const length = random.integer(2, 4);
    for (let k = 0; k < length; k += 1) word += random.pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      invented.push(word);
    }
  }
  const domainSlots = new Set<number>();
  for (const _word of DOMAIN_WORDS) {
    let slot = random.integer(0, 600);
    while (domainSlots.has(slot)) slot += 1;
    domainSlots.add(slot);
  }
  const slots = [...domainSlots].sort((a, b) => a - b);
  let domainIndex = 0;
  for (let k = 0; k < invented.length; k += 1) {
    while (domainIndex < slots.length && slots[domainIndex] === k) {
      if (!seen.has(DOMAIN_WORDS[domainIndex])) words.push(DOMAIN_WORDS[domainIndex]);
      domainIndex += 1;
    }
    words.push(invented[k]);
  }
  return words;
};

/** Words a user would plausibly search for: domain words and mid-frequency invented words. */
export const searchableWords = (vocabulary: readonly string[]): string[] =>
  vocabulary.filter((word, rank) => rank >= FUNCTION_WORDS.length && rank < 4_000 && word.length >= 4);
