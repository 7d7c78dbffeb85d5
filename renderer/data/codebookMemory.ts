// The in-memory indexes of a CodingStore: the immutable codebook snapshot, codes and codings by id, and the
// codings of each source sorted by position. A change rebuilds only the lists of the sources it touches,
// so coding stays fast with tens of thousands of codings in the project. Coding counts per code are kept
// incrementally (a change adjusts them) and the code tree is built once per change and shared by every reader.
import {
  applyCodebookChange, buildCodeTree, countCodingsByCode, isEmptyChange, type Codebook, type CodebookChange, type CodeTreeNode,
} from '../../shared/codebook/index.ts';
import type { Code, Coding, Id } from '../../shared/model/index.ts';

const NO_CODINGS: Coding[] = [];

const byPosition = (a: Coding, b: Coding): number => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Where `coding` goes in a list sorted by position (binary search), so one new coding costs no full sort. */
const insertionPoint = (sorted: readonly Coding[], coding: Coding): number => {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byPosition(sorted[middle], coding) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
};

export class CodebookMemory {
  private snapshot: Codebook;
  private codesById = new Map<Id, Code>();
  private readonly codingsById = new Map<Id, Coding>();
  private readonly bySource = new Map<Id, Coding[]>();
  private readonly counts: Map<Id, number>;
  private countsSnapshot: ReadonlyMap<Id, number>;
  private tree: { codes: readonly Code[]; counts: ReadonlyMap<Id, number>; nodes: CodeTreeNode[] } | null = null;

  constructor(codebook: Codebook) {
    this.snapshot = codebook;
    this.counts = countCodingsByCode(codebook.codings);
    this.countsSnapshot = new Map(this.counts);
    this.codesById = new Map(codebook.codes.map((code) => [code.id, code]));
    for (const coding of codebook.codings) {
      this.codingsById.set(coding.id, coding);
      const list = this.bySource.get(coding.sourceId);
      if (list === undefined) this.bySource.set(coding.sourceId, [coding]);
      else list.push(coding);
    }
    for (const list of this.bySource.values()) list.sort(byPosition);
  }

  get codebook(): Codebook {
    return this.snapshot;
  }

  code(id: Id): Code | undefined {
    return this.codesById.get(id);
  }

  coding(id: Id): Coding | undefined {
    return this.codingsById.get(id);
  }

  /** Codings per code (codes without codings are absent); the same map until a change alters a count. */
  get codingCounts(): ReadonlyMap<Id, number> {
    return this.countsSnapshot;
  }

  /** The nested code tree with counts, rebuilt at most once per change of the codes or the counts. */
  get codeTree(): CodeTreeNode[] {
    const { codes } = this.snapshot;
    if (this.tree === null || this.tree.codes !== codes || this.tree.counts !== this.countsSnapshot) {
      this.tree = { codes, counts: this.countsSnapshot, nodes: buildCodeTree(codes, this.countsSnapshot) };
    }
    return this.tree.nodes;
  }

  /** Sorted by start, then end; the same array until a change touches this source. */
  codingsOfSource(sourceId: Id): Coding[] {
    return this.bySource.get(sourceId) ?? NO_CODINGS;
  }

  /**
   * Takes in a change already written to the database. `next` is the state after it when the caller has it
   * (the codebook operations compute it); otherwise it is derived. Returns false when nothing changed.
   */
  apply(change: CodebookChange, next: Codebook = applyCodebookChange(this.snapshot, change)): boolean {
    if (isEmptyChange(change)) return false;
    const touched = new Set<Id>();
    const gone = new Set<Id>(change.deleteCodingIds);
    let countsChanged = false;
    const count = (codeId: Id, delta: number) => {
      const value = (this.counts.get(codeId) ?? 0) + delta;
      if (value > 0) this.counts.set(codeId, value);
      else this.counts.delete(codeId);
      countsChanged = true;
    };
    for (const id of change.deleteCodingIds) {
      const old = this.codingsById.get(id);
      if (old) {
        touched.add(old.sourceId);
        count(old.codeId, -1);
      }
      this.codingsById.delete(id);
    }
    for (const coding of change.putCodings) {
      const old = this.codingsById.get(coding.id);
      if (old) {
        touched.add(old.sourceId);
        if (old.codeId !== coding.codeId) count(old.codeId, -1);
      }
      if (old?.codeId !== coding.codeId) count(coding.codeId, 1);
      touched.add(coding.sourceId);
      gone.add(coding.id);
    }
    if (countsChanged) this.countsSnapshot = new Map(this.counts);
    for (const sourceId of touched) {
      const kept = (this.bySource.get(sourceId) ?? NO_CODINGS).filter((coding) => !gone.has(coding.id));
      const added = change.putCodings.filter((coding) => coding.sourceId === sourceId);
      if (added.length > 8) {
        kept.push(...added);
        kept.sort(byPosition);
      } else {
        for (const coding of added) kept.splice(insertionPoint(kept, coding), 0, coding);
      }
      if (kept.length === 0) this.bySource.delete(sourceId);
      else this.bySource.set(sourceId, kept);
    }
    for (const coding of change.putCodings) this.codingsById.set(coding.id, coding);
    if (change.putCodes.length > 0 || change.deleteCodeIds.length > 0) this.codesById = new Map(next.codes.map((code) => [code.id, code]));
    this.snapshot = next;
    return true;
  }
}
