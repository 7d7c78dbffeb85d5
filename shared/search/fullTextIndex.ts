// The project-wide full-text index: an inverted index over many documents (sources), updated one document at
// a time, answering word / "phrase" / prefix* queries with hits in original UTF-16 offsets. A phrase (and a run of
// adjacent hits shown as one place) never crosses a block of the source: a speaker turn or a paragraph.
import { assembleDocument, tokenizeDocument, type IndexedDocument, type TermScratch, type TextBlock } from './indexedDocument.ts';
import { countSingleTokenHits, matchDocument, resolveClauses } from './matchClauses.ts';
import { parseSearchQuery, type ParsedSearchQuery } from './searchQuery.ts';
import { TermDictionary } from './termDictionary.ts';
import { readSerializedIndex, SERIALIZED_INDEX_VERSION, type SerializedFullTextIndex } from './indexSerialization.ts';

/** One occurrence: `[start, end)` in the document's original text; a phrase spans its first to last word. */
export type SearchHit = { documentId: string; start: number; end: number };

export type SearchOptions = {
  /** Most hits to return (default 1000); totals still count every hit. */
  limit?: number;
  /** Hits to skip before the returned ones (default 0), for paging through a long answer; they are only counted. */
  offset?: number;
  /** Search only these documents. */
  documentIds?: readonly string[];
  /**
   * The order to visit documents in (e.g. by title), so hits come in the order they are shown and a page is a
   * page of the shown list. Documents not listed follow in index order; unknown ids are ignored.
   */
  documentOrder?: readonly string[];
};

/** A document with hits and how many (every hit, not only those returned). */
export type DocumentHitCount = { documentId: string; hits: number };

export type SearchResult = {
  /** The hits from `offset` on, at most `limit` of them. */
  hits: SearchHit[];
  /** Every hit, including those beyond the limit. */
  totalHits: number;
  /** Documents with at least one hit. */
  matchedDocuments: number;
  /** Per matched document, its hit count, in visiting order. */
  documents: DocumentHitCount[];
  /** Some hits lie outside the returned page (before the offset or beyond the limit). */
  truncated: boolean;
};

export type FullTextIndexStats = { documents: number; tokens: number; terms: number; typedArrayBytes: number };

export const DEFAULT_HIT_LIMIT = 1000;

const emptyResult = (): SearchResult => ({ hits: [], totalHits: 0, matchedDocuments: 0, documents: [], truncated: false });

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
      index.commit(
        assembleDocument(document.id, remapped, document.tokenStarts, document.tokenEnds, document.blockStarts, index.dictionary.capacity, index.scratch),
      );
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

  /** Indexes a document; an id already indexed is updated in place. `blocks`: its turns or paragraphs. */
  addDocument(documentId: string, text: string, blocks: readonly TextBlock[] = []): void {
    this.updateDocument(documentId, text, blocks);
  }

  /** Replaces a document's text (or adds it at the end when new); only that document is re-tokenized. */
  updateDocument(documentId: string, text: string, blocks: readonly TextBlock[] = []): void {
    const position = this.positionById.get(documentId);
    if (position !== undefined) this.dictionary.removeDocumentTerms(this.documents[position].distinctTermIds);
    this.commit(tokenizeDocument(documentId, text, blocks, this.dictionary, this.scratch));
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
    const offset = Math.max(0, options.offset ?? 0);
    const end = offset + limit;
    const only = options.documentIds === undefined ? null : new Set(options.documentIds);
    const result = emptyResult();
    for (const document of this.visitingOrder(options.documentOrder)) {
      if (only !== null && !only.has(document.id)) continue;
      // A document wholly before or after the page is only counted: no hit objects, and for one-word queries
      // not even a match list.
      const before = result.totalHits;
      const count = countSingleTokenHits(document, clauses);
      if (count !== null && (before >= end || before + count <= offset)) {
        if (count > 0) this.countDocument(result, document.id, count);
        continue;
      }
      const { firsts, lasts } = matchDocument(document, clauses);
      if (firsts.length === 0) continue;
      this.countDocument(result, document.id, firsts.length);
      const from = Math.max(0, offset - before);
      const to = Math.min(firsts.length, end - before);
      for (let k = from; k < to; k += 1) {
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
        document.blockStarts.byteLength + document.distinctTermIds.byteLength + document.postingStarts.byteLength +
        document.tokenPositions.byteLength;
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
      version: SERIALIZED_INDEX_VERSION,
      terms,
      documents: this.documents.map((document) => ({
        id: document.id,
        termIds: document.termIds.map((id) => newIdByOldId[id]),
        tokenStarts: document.tokenStarts.slice(),
        tokenEnds: document.tokenEnds.slice(),
        blockStarts: document.blockStarts.slice(),
      })),
    };
  }

  /** The documents in `order` first (each once), then every other document in index order. */
  private visitingOrder(order: readonly string[] | undefined): readonly IndexedDocument[] {
    if (order === undefined || order.length === 0) return this.documents;
    const taken = new Uint8Array(this.documents.length);
    const visiting: IndexedDocument[] = [];
    for (const id of order) {
      const position = this.positionById.get(id);
      if (position === undefined || taken[position] === 1) continue;
      taken[position] = 1;
      visiting.push(this.documents[position]);
    }
    if (visiting.length < this.documents.length) {
      for (let position = 0; position < this.documents.length; position += 1) if (taken[position] === 0) visiting.push(this.documents[position]);
    }
    return visiting;
  }

  private countDocument(result: SearchResult, documentId: string, hits: number): void {
    result.matchedDocuments += 1;
    result.totalHits += hits;
    result.documents.push({ documentId, hits });
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
