// Tokenization for full-text search: splits text into words (Unicode letters, digits and their marks), folds
// each word to a case- and accent-free search term, and keeps every token's UTF-16 range in the ORIGINAL text
// so hits can be shown in context and coded exactly as written.

/** One word of a text: its folded search term and its half-open UTF-16 range in the original text. */
export type TextToken = { term: string; start: number; end: number };

/**
 * A word starts with a letter or digit and runs on through letters, digits and combining marks. Everything else
 * (spaces, punctuation, hyphens, apostrophes, symbols, emoji) separates words, so "anak-anak" is the two words
 * "anak" "anak". Source text is stored as imported (NFC, NFD or a mix), so a word's range must never cut a
 * grapheme cluster of the original: it also takes in what joins a cluster without being a mark — zero-width
 * (non-)joiners inside a word (Persian, Indic conjuncts), emoji skin-tone modifiers and tag characters after it,
 * and Prepend characters (Arabic number signs) before it. A word never starts with a mark (a mark after a space
 * belongs to the space's cluster) nor with the two Thai/Lao letters that are spacing marks (SARA AM).
 */
const WORD_RUN =
  /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]*(?![\u0E33\u0EB3])[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]*/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const ASCII_FOLDABLE = /^[\x21-\x7e]*$/;

/** Letters that canonical decomposition leaves whole but a reader treats as a base letter with an accent. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ĸ: 'k', ſ: 's', ς: 'σ',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Remembered folds of non-ASCII words; natural text repeats words, and decomposition is the slow part. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

const foldNonAscii = (word: string): string => {
  // Decompose before lower-casing: compatibility forms such as mathematical bold 𝐁 decompose to capitals.
  const folded = word
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter);
  // Compatibility decomposition can produce separators (e.g. "½" → "1⁄2"); a term never contains them.
  return folded.replace(NOT_WORD, '');
};

/**
 * Folds one word to its search term: lower case, compatibility-decomposed, combining marks removed and a few
 * stroked or ligature letters spelled out ("Café" → "cafe", "Grüße" → "grusse", "ﬁne" → "fine").
 * Returns "" when nothing searchable is left (e.g. a lone combining mark).
 */
export const foldTerm = (word: string): string => {
  if (ASCII_FOLDABLE.test(word)) return word.toLowerCase();
  const known = foldCache.get(word);
  if (known !== undefined) return known;
  if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
  const folded = foldNonAscii(word);
  foldCache.set(word, folded);
  return folded;
};

/** A fresh global matcher of words (its own lastIndex), for tight tokenizing loops. */
export const wordPattern = (): RegExp => new RegExp(WORD_RUN);

/**
 * Calls `visit` for every word of `text`, in order, with its folded term and original UTF-16 range.
 * Allocation-light: the index builder uses this instead of materialising token objects.
 */
export const forEachToken = (text: string, visit: (term: string, start: number, end: number) => void): void => {
  const words = wordPattern(); // a fresh lastIndex, so a visitor may tokenize too
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const word = match[0];
    const term = foldTerm(word);
    if (term !== '') visit(term, match.index, match.index + word.length);
  }
};

/** Every word of `text` as a token; `text.slice(token.start, token.end)` is the word exactly as written. */
export const tokenize = (text: string): TextToken[] => {
  const tokens: TextToken[] = [];
  forEachToken(text, (term, start, end) => {
    tokens.push({ term, start, end });
  });
  return tokens;
};

/** The folded terms of a piece of text, e.g. a query word; "Pameran-Seni" → ["pameran", "seni"]. */
export const searchTerms = (text: string): string[] => tokenize(text).map((token) => token.term);
