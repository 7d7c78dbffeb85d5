// Fingerprints for the saved search index: a 64-bit hash (two independent 32-bit FNV-1a variants) of what a document
// was indexed from — its text and its blocks — and of a serialized index's own tables, so a saved index is used only
// for the very texts it was built from and a damaged one is noticed before it can give a wrong answer.
import type { TextBlock } from './indexedDocument.ts';
import type { SerializedFullTextIndex } from './indexSerialization.ts';

type Hash = { a: number; b: number };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_OFFSET = 0x9e3779b9;
const SECOND_PRIME = 0x85ebca6b;

const fresh = (): Hash => ({ a: FNV_OFFSET, b: SECOND_OFFSET });

const mix = (hash: Hash, value: number): void => {
  hash.a = Math.imul(hash.a ^ value, FNV_PRIME);
  hash.b = Math.imul(hash.b ^ value, SECOND_PRIME) ^ (hash.b >>> 15);
};

const mixString = (hash: Hash, text: string): void => {
  mix(hash, text.length);
  for (let index = 0; index < text.length; index += 1) mix(hash, text.charCodeAt(index));
};

const mixNumbers = (hash: Hash, numbers: ArrayLike<number>): void => {
  mix(hash, numbers.length);
  for (let index = 0; index < numbers.length; index += 1) mix(hash, numbers[index] | 0);
};

const hex = (hash: Hash): string => (hash.a >>> 0).toString(16).padStart(8, '0') + (hash.b >>> 0).toString(16).padStart(8, '0');

/** The fingerprint of a document as indexed: its text and the ranges of its blocks (turns, paragraphs). */
export const documentFingerprint = (text: string, blocks: readonly TextBlock[]): string => {
  const hash = fresh();
  mixString(hash, text);
  mix(hash, blocks.length);
  for (const block of blocks) {
    mix(hash, block.start);
    mix(hash, block.end);
  }
  return hex(hash);
};

/** A checksum over a serialized index's vocabulary and token tables (the part a damaged blob would change). */
export const serializedIndexChecksum = (serialized: SerializedFullTextIndex): string => {
  const hash = fresh();
  mix(hash, serialized.terms.length);
  for (const term of serialized.terms) mixString(hash, term);
  mix(hash, serialized.documents.length);
  for (const document of serialized.documents) {
    mixString(hash, document.id);
    mixNumbers(hash, document.termIds);
    mixNumbers(hash, document.tokenStarts);
    mixNumbers(hash, document.tokenEnds);
    mixNumbers(hash, document.blockStarts);
  }
  return hex(hash);
};
