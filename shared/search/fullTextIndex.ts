// The project-wide full-text index: an inverted index over many documents (sources), updated one document at
// a time, answering word / "phrase" / prefix* queries with hits in original UTF-16 offsets.
import { assembleDocument, tokenizeDocument, type IndexedDocument, type TermScratch } from './indexedDocument.ts';
import { countSingleTokenHits, matchDocument, resolveClauses } from './matchClauses.ts';
import { parseSearchQuery, type ParsedSearchQuery } from './searchQuery.ts';
import { TermDictionary } from './termDictionary.ts';
import { readSerializedIndex, type SerializedFullTextIndex } from './indexSerialization.ts';

/** One occurrence: `[start, end)` in the document's original text; a phrase spans its first to last word. */
export type SearchHit = { documentId: string; start: number; end: number };

export type SearchOptions = {
  /** Most hits to return (default 1000); totals still count every hit. */
  limit?: number;
  /** Search only these documents. */
  documentIds?: readonly string[];
};

export type SearchResult = {
  hits: SearchHit[];
  /** Every hit, including those beyond the limit. */
  totalHits: number;
  /** Documents with at least one hit. */
  matchedDocuments: number;
  truncated: boolean;
};

export type FullTextIndexStats = { documents: number; tokens: number; terms: number; typedArrayBytes: number };

export const DEFAULT_HIT_LIMIT = 1000;

const emptyResult = (): SearchResult => ({ hits: [], totalHits: 0, matchedDocuments: 0, truncated: false });

export class FullTextIndex {
  private readonly dictionary = new TermDictionary();
  /** Documents in the order they were first added; an update keeps its place. Hits follow this order. */
  private readonly documents: IndexedDocument[] = [];
  private readonly positionById = new Map<string, number>();
  private readonly scratch: TermScratch = { array: new Int32Array(1024) };

  /** Restores an index written by `toSerialized`; throws a clear error on a damaged structure. */
  static fromSerialized(serialized: SerializedFullTextIndex): FullTextIndex {
    const index = new FullTextIndex();
    const { terms, documents } = readSerializedIndex(serialized);
    const termIds = terms.map((term) => index.dictionary.intern(term));
    for (const document of documents) {
      const remapped = document.termIds.map((id) => termIds[id]);
      index.commit(assembleDocument(document.id, remapped, document.tokenStarts, document.tokenEnds, index.dictionary.capacity, index.scratch));
    }
    return index;
  }

  get documentCount(): number {
    return this.documents.length;
  }

  has(documentId: string): boolean {
    return this.positionById.has(documentId);
  }

  /** Ids of the indexed documents, in hit order. */
  documentIds(): string[] {
    return this.documents.map((document) => document.id);
  }

  /** Indexes a document; an id already indexed is updated in place. */
  addDocument(documentId: string, text: string): void {
    this.updateDocument(documentId, text);
  }

  /** Replaces a document's text (or adds it at the end when new); only that document is re-tokenized. */
  updateDocument(documentId: string, text: string): void {
    const position = this.positionById.get(documentId);
    if (position !== undefined) this.dictionary.removeDocumentTerms(this.documents[position].distinctTermIds);
    this.commit(tokenizeDocument(documentId, text, this.dictionary, this.scratch));
  }

  /** Drops a document; returns false when it was not indexed. */
  removeDocument(documentId: string): boolean {
    const position = this.positionById.get(documentId);
    if (position === undefined) return false;
    this.dictionary.removeDocumentTerms(this.documents[position].distinctTermIds);
    this.documents.splice(position, 1);
    this.positionById.delete(documentId);
    for (let later = position; later < this.documents.length; later += 1) this.positionById.set(this.documents[later].id, later);
    return true;
  }

  clear(): void {
    for (const id of this.documentIds()) this.removeDocument(id);
  }

  /**
   * All hits of `query` (a string in search-box syntax or an already parsed query), ordered by document
   * then position. Every clause must match somewhere in a document for that document to have hits.
   */
  query(query: string | ParsedSearchQuery, options: SearchOptions = {}): SearchResult {
    const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
    const clauses = resolveClauses(parsed, this.dictionary);
    if (clauses === null) return emptyResult();
    const limit = Math.max(0, options.limit ?? DEFAULT_HIT_LIMIT);
    const only = options.documentIds === undefined ? null : new Set(options.documentIds);
    const result = emptyResult();
    for (const document of this.documents) {
      if (only !== null && !only.has(document.id)) continue;
      const count = result.hits.length >= limit ? countSingleTokenHits(document, clauses) : null;
      if (count !== null) {
        if (count > 0) result.matchedDocuments += 1;
        result.totalHits += count;
        continue;
      }
      const { firsts, lasts } = matchDocument(document, clauses);
      if (firsts.length === 0) continue;
      result.matchedDocuments += 1;
      result.totalHits += firsts.length;
      const room = Math.min(firsts.length, limit - result.hits.length);
      for (let k = 0; k < room; k += 1) {
        result.hits.push({ documentId: document.id, start: document.tokenStarts[firsts[k]], end: document.tokenEnds[lasts[k]] });
      }
    }
    result.truncated = result.totalHits > result.hits.length;
    return result;
  }

  /** Sizes for progress lines and benchmarks. */
  stats(): FullTextIndexStats {
    let tokens = 0;
    let typedArrayBytes = 0;
    for (const document of this.documents) {
      tokens += document.termIds.length;
      typedArrayBytes +=
        document.termIds.byteLength + document.tokenStarts.byteLength + document.tokenEnds.byteLength +
        document.distinctTermIds.byteLength + document.postingStarts.byteLength + document.tokenPositions.byteLength;
    }
    return { documents: this.documents.length, tokens, terms: this.dictionary.liveTermCount, typedArrayBytes };
  }

  /**
   * A compact, structured-cloneable snapshot: the live vocabulary and, per document, its token term ids and
   * ranges (the inverted view is rebuilt on load). Typed arrays are copies, so they may be transferred.
   */
  toSerialized(): SerializedFullTextIndex {
    const { terms, newIdByOldId } = this.dictionary.compactedTerms();
    return {
      format: 'caseweave-fulltext-index',
      version: 1,
      terms,
      documents: this.documents.map((document) => ({
        id: document.id,
        termIds: document.termIds.map((id) => newIdByOldId[id]),
        tokenStarts: document.tokenStarts.slice(),
        tokenEnds: document.tokenEnds.slice(),
      })),
    };
  }

  private commit(document: IndexedDocument): void {
    this.dictionary.addDocumentTerms(document.distinctTermIds);
    const position = this.positionById.get(document.id);
    if (position === undefined) {
      this.positionById.set(document.id, this.documents.length);
      this.documents.push(document);
    } else {
      this.documents[position] = document;
    }
  }
}
