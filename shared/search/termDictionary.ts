// The index's vocabulary: folded term ↔ dense integer id, how many documents hold each term, and a lazily
// sorted term list for prefix lookups by binary search. Ids of terms no document holds any more are reused.

export class TermDictionary {
  private readonly idsByTerm = new Map<string, number>();
  private readonly terms: string[] = [];
  private documentFrequency = new Int32Array(1024);
  private readonly freeIds: number[] = [];
  private sortedTerms: string[] | null = null;
  private sortedIds: Int32Array | null = null;

  /** One more than the largest id ever handed out: the size a per-term scratch array needs. */
  get capacity(): number {
    return this.terms.length;
  }

  /** How many distinct terms at least one document holds. */
  get liveTermCount(): number {
    return this.idsByTerm.size;
  }

  idOf(term: string): number | undefined {
    return this.idsByTerm.get(term);
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** Id of `term`, creating it if new. A new term has no documents until `addDocumentTerms` counts it. */
  intern(term: string): number {
    const known = this.idsByTerm.get(term);
    if (known !== undefined) return known;
    const id = this.freeIds.pop() ?? this.terms.length;
    if (id === this.terms.length) this.terms.push(term);
    else this.terms[id] = term;
    if (id >= this.documentFrequency.length) {
      const grown = new Int32Array(this.documentFrequency.length * 2);
      grown.set(this.documentFrequency);
      this.documentFrequency = grown;
    }
    this.documentFrequency[id] = 0;
    this.idsByTerm.set(term, id);
    this.sortedTerms = null;
    return id;
  }

  documentFrequencyOf(id: number): number {
    return this.documentFrequency[id] ?? 0;
  }

  /** Counts one more document for each of its distinct term ids. */
  addDocumentTerms(distinctIds: Int32Array): void {
    for (const id of distinctIds) this.documentFrequency[id] += 1;
  }

  /** Counts one document fewer; a term left in no document is forgotten and its id freed. */
  removeDocumentTerms(distinctIds: Int32Array): void {
    for (const id of distinctIds) {
      this.documentFrequency[id] -= 1;
      if (this.documentFrequency[id] > 0) continue;
      this.idsByTerm.delete(this.terms[id]);
      this.terms[id] = '';
      this.freeIds.push(id);
      this.sortedTerms = null;
    }
  }

  /** Ids of every live term starting with `prefix`, ascending by id. */
  idsWithPrefix(prefix: string): Int32Array {
    const { terms, ids } = this.sorted();
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    let end = low;
    while (end < terms.length && terms[end].startsWith(prefix)) end += 1;
    return ids.slice(low, end).sort();
  }

  /** Live terms in code-unit order, so all terms sharing a prefix are contiguous. */
  private sorted(): { terms: string[]; ids: Int32Array } {
    if (this.sortedTerms === null || this.sortedIds === null) {
      const terms = [...this.idsByTerm.keys()].sort();
      this.sortedTerms = terms;
      this.sortedIds = Int32Array.from(terms, (term) => this.idsByTerm.get(term) ?? -1);
    }
    return { terms: this.sortedTerms, ids: this.sortedIds };
  }

  /** Live terms with fresh dense ids 0…n-1, and a table mapping every old id to its new id (-1 if dead). */
  compactedTerms(): { terms: string[]; newIdByOldId: Int32Array } {
    const newIdByOldId = new Int32Array(this.terms.length).fill(-1);
    const terms: string[] = [];
    for (let id = 0; id < this.terms.length; id += 1) {
      if (this.terms[id] === '' || !this.idsByTerm.has(this.terms[id])) continue;
      newIdByOldId[id] = terms.length;
      terms.push(this.terms[id]);
    }
    return { terms, newIdByOldId };
  }
}
