// The in-memory indexes of a CodingStore: the immutable coding snapshot, codes and codings by id, and the
// codings of each source sorted by position. A change rebuilds only the lists of the sources it touches,
// so coding stays fast with tens of thousands of codings in the project. Coding counts per code are kept
// incrementally (a change adjusts them) and the code tree is built once per change and shared by every reader.
import {
  applyToSnapshot, buildCodeTree, codingChange, countCodingsByCode, type CodeTreeNode, type CodingSnapshot,
} from '../../shared/codebook/index.ts';
import { deletesOf, putsOf, type ProjectChange } from '../../shared/project/projectChange.ts';
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

/** The part of a change the memory does not hold yet: puts of other objects than it has, deletes of keys it has. */
type NewWrites = { putCodes: Code[]; deleteCodeIds: Id[]; putCodings: Coding[]; deleteCodingIds: Id[] };

export class CodingMemory {
  private snapshot: CodingSnapshot;
  private codesById = new Map<Id, Code>();
  private readonly codingsById = new Map<Id, Coding>();
  private readonly bySource = new Map<Id, Coding[]>();
  private readonly counts: Map<Id, number>;
  private countsSnapshot: ReadonlyMap<Id, number>;
  private tree: { codes: readonly Code[]; counts: ReadonlyMap<Id, number>; nodes: CodeTreeNode[] } | null = null;

  constructor(snapshot: CodingSnapshot) {
    this.snapshot = snapshot;
    this.counts = countCodingsByCode(snapshot.codings);
    this.countsSnapshot = new Map(this.counts);
    this.codesById = new Map(snapshot.codes.map((code) => [code.id, code]));
    for (const coding of snapshot.codings) {
      this.codingsById.set(coding.id, coding);
      const list = this.bySource.get(coding.sourceId);
      if (list === undefined) this.bySource.set(coding.sourceId, [coding]);
      else list.push(coding);
    }
    for (const list of this.bySource.values()) list.sort(byPosition);
  }

  get current(): CodingSnapshot {
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

  private newWrites(change: ProjectChange): NewWrites {
    return {
      putCodes: putsOf(change, 'codes').filter((code) => this.codesById.get(code.id) !== code),
      deleteCodeIds: deletesOf(change, 'codes').filter((id): id is Id => typeof id === 'string' && this.codesById.has(id)),
      putCodings: putsOf(change, 'codings').filter((coding) => this.codingsById.get(coding.id) !== coding),
      deleteCodingIds: deletesOf(change, 'codings').filter((id): id is Id => typeof id === 'string' && this.codingsById.has(id)),
    };
  }

  /**
   * Takes in the codes and codings of a change. Writes it already holds (the same objects, or deletes of keys it no
   * longer has) are skipped, so a change painted ahead of its commit costs nothing when its committed event comes.
   * `next` is the snapshot after the change when the caller computed it for exactly this memory. Returns false
   * when nothing changed.
   */
  apply(change: ProjectChange, next?: CodingSnapshot): boolean {
    const writes = this.newWrites(change);
    if (writes.putCodes.length + writes.deleteCodeIds.length + writes.putCodings.length + writes.deleteCodingIds.length === 0) return false;
    const touched = new Set<Id>();
    const gone = new Set<Id>(writes.deleteCodingIds);
    let countsChanged = false;
    const count = (codeId: Id, delta: number) => {
      const value = (this.counts.get(codeId) ?? 0) + delta;
      if (value > 0) this.counts.set(codeId, value);
      else this.counts.delete(codeId);
      countsChanged = true;
    };
    for (const id of writes.deleteCodingIds) {
      const old = this.codingsById.get(id);
      if (old) {
        touched.add(old.sourceId);
        count(old.codeId, -1);
      }
      this.codingsById.delete(id);
    }
    for (const coding of writes.putCodings) {
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
      const added = writes.putCodings.filter((coding) => coding.sourceId === sourceId);
      if (added.length > 8) {
        kept.push(...added);
        kept.sort(byPosition);
      } else {
        for (const coding of added) kept.splice(insertionPoint(kept, coding), 0, coding);
      }
      if (kept.length === 0) this.bySource.delete(sourceId);
      else this.bySource.set(sourceId, kept);
    }
    for (const coding of writes.putCodings) this.codingsById.set(coding.id, coding);
    const filtered = codingChange(writes);
    this.snapshot = next ?? applyToSnapshot(this.snapshot, filtered);
    if (writes.putCodes.length > 0 || writes.deleteCodeIds.length > 0) this.codesById = new Map(this.snapshot.codes.map((code) => [code.id, code]));
    return true;
  }
}
