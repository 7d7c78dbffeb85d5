// The search index as saved with a project (a derived cache beside the project's data, never part of it): the
// serialized index, a fingerprint per document of the text and blocks it was built from, and a checksum of the
// whole. Restoring checks all three against the sources as they are now: a document whose text or turns changed
// while the project was closed is indexed again, a new one is added, a deleted one dropped; a saved index of
// another format, or damaged, is refused with the reason (the caller then builds from scratch). Never a stale hit.
import { t } from '../i18n/translate.ts';
import { documentFingerprint, serializedIndexChecksum } from './documentFingerprint.ts';
import { FullTextIndex } from './fullTextIndex.ts';
import type { TextBlock } from './indexedDocument.ts';
import { readSerializedIndex, type SerializedFullTextIndex } from './indexSerialization.ts';

/** Bumped whenever what an index holds for a text changes (tokenizing, folding, blocks): older saves are rebuilt. */
export const SAVED_SEARCH_INDEX_VERSION = 1;

export type SavedSearchIndex = {
  format: 'caseweave-saved-search-index';
  version: typeof SAVED_SEARCH_INDEX_VERSION;
  index: SerializedFullTextIndex;
  /** documentFingerprint of each document of `index`, by id. */
  fingerprints: Record<string, string>;
  /** serializedIndexChecksum of `index`. */
  checksum: string;
};

/** A source as the index takes it. */
export type IndexableDocument = { id: string; text: string; blocks: readonly TextBlock[] };

/** A saved index of `index`, whose documents were indexed from `documents` (fingerprinted here). */
export const saveSearchIndex = (index: FullTextIndex, fingerprintOf: (documentId: string) => string): SavedSearchIndex => {
  const serialized = index.toSerialized();
  const fingerprints: Record<string, string> = {};
  for (const document of serialized.documents) fingerprints[document.id] = fingerprintOf(document.id);
  return {
    format: 'caseweave-saved-search-index', version: SAVED_SEARCH_INDEX_VERSION, index: serialized, fingerprints,
    checksum: serializedIndexChecksum(serialized),
  };
};

export type RestoredSearchIndex = {
  index: FullTextIndex;
  /** Documents indexed anew: changed since the save, or new. */
  reindexed: string[];
  /** Documents of the saved index that no longer exist. */
  removed: string[];
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Checks the envelope of a saved index; throws the reason it cannot be used. */
const checkedSave = (saved: unknown): SavedSearchIndex => {
  if (!isRecord(saved) || saved.format !== 'caseweave-saved-search-index' || saved.version !== SAVED_SEARCH_INDEX_VERSION) {
    throw new Error(t('search.error.indexFormat'));
  }
  if (!isRecord(saved.fingerprints) || typeof saved.checksum !== 'string' || !isRecord(saved.index)) {
    throw new Error(t('search.error.indexDamaged', { detail: 'fingerprints or checksum missing' }));
  }
  const index = readSerializedIndex(saved.index as SerializedFullTextIndex);
  if (serializedIndexChecksum(index) !== saved.checksum) throw new Error(t('search.error.indexDamaged', { detail: 'checksum mismatch' }));
  return saved as SavedSearchIndex;
};

/**
 * The saved index brought up to date with `documents` (the project's sources now, in the order to index new ones),
 * or an error saying why it cannot be used. `fingerprints` are the documents' fingerprints when already known.
 */
export const restoreSearchIndex = (saved: unknown, documents: readonly IndexableDocument[], fingerprints?: ReadonlyMap<string, string>): RestoredSearchIndex => {
  const save = checkedSave(saved);
  const index = FullTextIndex.fromSerialized(save.index);
  const current = new Set(documents.map((document) => document.id));
  const removed = index.documentIds().filter((id) => !current.has(id));
  for (const id of removed) index.removeDocument(id);
  const reindexed: string[] = [];
  for (const document of documents) {
    const fingerprint = fingerprints?.get(document.id) ?? documentFingerprint(document.text, document.blocks);
    if (index.has(document.id) && save.fingerprints[document.id] === fingerprint) continue;
    index.updateDocument(document.id, document.text, document.blocks);
    reindexed.push(document.id);
  }
  return { index, reindexed, removed };
};
