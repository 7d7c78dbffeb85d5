// The saved form of the full-text index (to persist it or post it to another thread) and its validation on load.
import { t } from '../i18n/translate.ts';

export type SerializedIndexDocument = {
  id: string;
  /** Term id (an index into `terms`) of each token, in text order. */
  termIds: Int32Array;
  tokenStarts: Uint32Array;
  tokenEnds: Uint32Array;
  /** Token positions where a block (turn, paragraph) begins; see IndexedDocument. */
  blockStarts: Int32Array;
};

/** Version 2: block starts per document, and words that never cut a grapheme cluster. Older saved indexes are refused. */
export const SERIALIZED_INDEX_VERSION = 2;

export type SerializedFullTextIndex = {
  format: 'caseweave-fulltext-index';
  version: typeof SERIALIZED_INDEX_VERSION;
  terms: string[];
  documents: SerializedIndexDocument[];
};

/** The buffers of a serialized index, for `postMessage(…, { transfer })` without copying. */
export const serializedIndexTransferables = (serialized: SerializedFullTextIndex): ArrayBuffer[] =>
  serialized.documents.flatMap((document) =>
    [document.termIds.buffer, document.tokenStarts.buffer, document.tokenEnds.buffer, document.blockStarts.buffer].filter(
      (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer,
    ),
  );

const damaged = (detail: string): Error => new Error(t('search.error.indexDamaged', { detail }));

const checkDocument = (document: SerializedIndexDocument, ordinal: number, termCount: number): void => {
  const where = `document ${ordinal + 1}`;
  if (typeof document?.id !== 'string') throw damaged(`${where} has no id`);
  const { termIds, tokenStarts, tokenEnds, blockStarts } = document;
  if (
    !(termIds instanceof Int32Array) || !(tokenStarts instanceof Uint32Array) || !(tokenEnds instanceof Uint32Array) ||
    !(blockStarts instanceof Int32Array)
  ) {
    throw damaged(`${where} (${document.id}) has token tables of the wrong type`);
  }
  if (tokenStarts.length !== termIds.length || tokenEnds.length !== termIds.length) {
    throw damaged(`${where} (${document.id}) has token tables of different lengths`);
  }
  let previousEnd = 0;
  for (let position = 0; position < termIds.length; position += 1) {
    const termId = termIds[position];
    if (termId < 0 || termId >= termCount) throw damaged(`${where} (${document.id}) names an unknown term at token ${position}`);
    if (tokenStarts[position] < previousEnd || tokenEnds[position] <= tokenStarts[position]) {
      throw damaged(`${where} (${document.id}) has token ranges out of order at token ${position}`);
    }
    previousEnd = tokenEnds[position];
  }
  let previousBlock = 0;
  for (const blockStart of blockStarts) {
    if (blockStart <= previousBlock || blockStart >= termIds.length) throw damaged(`${where} (${document.id}) has block starts out of order`);
    previousBlock = blockStart;
  }
};

/** Checks a serialized index before it is loaded; throws an error saying what is wrong. */
export const readSerializedIndex = (serialized: SerializedFullTextIndex): SerializedFullTextIndex => {
  if (serialized?.format !== 'caseweave-fulltext-index' || serialized.version !== SERIALIZED_INDEX_VERSION) throw new Error(t('search.error.indexFormat'));
  if (!Array.isArray(serialized.terms) || !Array.isArray(serialized.documents)) throw damaged('terms or documents missing');
  const terms = new Set<string>();
  for (const term of serialized.terms) {
    if (typeof term !== 'string' || term === '' || terms.has(term)) throw damaged('the vocabulary has an empty or repeated term');
    terms.add(term);
  }
  const ids = new Set<string>();
  serialized.documents.forEach((document, ordinal) => {
    checkDocument(document, ordinal, serialized.terms.length);
    if (ids.has(document.id)) throw damaged(`document id ${document.id} appears twice`);
    ids.add(document.id);
  });
  return serialized;
};
