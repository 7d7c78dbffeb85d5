// The in-memory codebook of the open project (codes and codings, fast with 40k codings), persisted through
// Dexie: every action computes its change with shared/codebook, writes it in one transaction, swaps the
// in-memory snapshot, tells subscribers and pushes an undoable command.
import {
  applyCodings, codeNameKey, createCode, deleteCode, deleteCodeImpact, inVivoCodeName,
  isEmptyChange, mergeCodes, moveCode, recodeCoding, recolorCode, removeCodings, renameCode, reorderSiblings,
  setCodingMemo, updateCodeDetails, combineChanges, commitChange, CodebookError,
  type Codebook, type CodebookChange, type CodebookOutcome, type CodeDetails, type CodeTreeNode, type DeleteImpact, type MergeReport,
} from '../../shared/codebook/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Code, CodeStatus, Coding, Id } from '../../shared/model/index.ts';
import { UndoManager, type UndoableCommand } from '../undo/undoManager.ts';
import { codeKey, planMemoStep, type MemoPlan } from './codebookMemos.ts';
import { isEmptyMemoChange, persistCodebookWrite, type CodebookAudit, type CodebookWrite, type MemoStep } from './codebookWrites.ts';
import { CodebookMemory } from './codebookMemory.ts';
import { CoderNameCache } from './coderNameCache.ts';
import type { CaseweaveDatabase } from './database.ts';
import { emitDataEvent, onDataEvent, type DataEvent } from './dataEvents.ts';
import { DataError } from './errors.ts';
import { deletedCodingMemoPlan, mergeMemoPlan, recodeMemoPlan } from './codebookMemoPlans.ts';

export type { MergeReport, DeleteImpact } from '../../shared/codebook/index.ts';

export type NewCodeRequest = {
  parentId: Id | null;
  name: string;
  color?: string;
  definition?: string;
  inclusionCriteria?: string;
  exclusionCriteria?: string;
  example?: string;
  modelRole?: string | null;
  status?: CodeStatus;
  index?: number;
};

export type ApplyCodingRequest = { sourceId: Id; codeId: Id; start: number; end: number };

/** What one store action did, before it is written. */
type Action<R> = { outcome: CodebookOutcome; result: R; label: string; audit: CodebookAudit; memoPlan?: MemoPlan };

/** A write built by another data module (corrections), run through the store's queue. */
export type ExternalWrite = Omit<CodebookWrite, 'projectId'> & {
  /** Runs right after the commit and the memory update, before any other queued write (e.g. to emit an event). */
  afterCommit?: () => void;
};

export class CodingStore {
  readonly db: CaseweaveDatabase;
  readonly projectId: Id;
  readonly undoManager: UndoManager;
  private readonly memory: CodebookMemory;
  private readonly textLengths = new Map<Id, number>();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly stopListening: () => void;
  private readonly coderName: CoderNameCache;

  private constructor(db: CaseweaveDatabase, projectId: Id, codebook: Codebook, undoManager: UndoManager) {
    this.db = db;
    this.projectId = projectId;
    this.undoManager = undoManager;
    this.memory = new CodebookMemory(codebook);
    this.coderName = new CoderNameCache(db);
    this.stopListening = onDataEvent((event) => this.onDataEvent(event));
  }

  static async load(db: CaseweaveDatabase, projectId: Id, undoManager: UndoManager = new UndoManager()): Promise<CodingStore> {
    const [codes, codings] = await db.transaction('r', [db.codes, db.codings], () =>
      Promise.all([db.codes.where('projectId').equals(projectId).toArray(), db.codings.where('projectId').equals(projectId).toArray()]),
    );
    return new CodingStore(db, projectId, { codes, codings }, undoManager);
  }

  /** Stops following data events (the project was closed). */
  dispose(): void {
    this.stopListening();
    this.coderName.dispose();
    this.listeners.clear();
  }

  getCodebook = (): Codebook => this.memory.codebook;

  /** The nested code tree with coding counts; the same array until codes or counts change (counted incrementally). */
  getCodeTree = (): CodeTreeNode[] => this.memory.codeTree;

  /** Codings per code; the same map until a count changes. */
  getCodingCounts = (): ReadonlyMap<Id, number> => this.memory.codingCounts;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The codings of one source sorted by start (then end); the same array until that source's codings change. */
  codingsOfSource(sourceId: Id): Coding[] {
    return this.memory.codingsOfSource(sourceId);
  }

  codeById(id: Id): Code | undefined {
    return this.memory.code(id);
  }

  codingById(id: Id): Coding | undefined {
    return this.memory.coding(id);
  }

  /** Resolves when every queued write of this store has finished. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined, () => undefined);
  }

  // ---- code-tree actions ----

  createCode(input: NewCodeRequest): Promise<Code> {
    return this.perform(async (codebook) => {
      const outcome = createCode(codebook, { ...input, projectId: this.projectId });
      return this.codeAction(outcome, outcome.code, 'create', t('data.undo.createCode', { name: outcome.code.name }));
    });
  }

  renameCode(id: Id, name: string): Promise<Code> {
    return this.perform(async (codebook) => {
      const before = this.requireCode(id).name;
      const outcome = renameCode(codebook, id, name);
      return this.codeAction(outcome, outcome.code, 'rename', t('data.undo.renameCode', { name: before }), `${before} → ${outcome.code.name}`);
    });
  }

  recolorCode(id: Id, color: string): Promise<Code> {
    return this.perform(async (codebook) => {
      const outcome = recolorCode(codebook, id, color);
      return this.codeAction(outcome, outcome.code, 'recolor', t('data.undo.recolorCode', { name: outcome.code.name }), outcome.code.color);
    });
  }

  updateCodeDetails(id: Id, patch: Partial<CodeDetails>): Promise<Code> {
    return this.perform(async (codebook) => {
      const outcome = updateCodeDetails(codebook, id, patch);
      return this.codeAction(outcome, outcome.code, 'update', t('data.undo.updateCode', { name: outcome.code.name }), Object.keys(patch).join(', '));
    });
  }

  moveCode(id: Id, newParentId: Id | null, index?: number): Promise<Code> {
    return this.perform(async (codebook) => {
      const outcome = moveCode(codebook, id, newParentId, index);
      return this.codeAction(outcome, outcome.code, 'move', t('data.undo.moveCode', { name: outcome.code.name }));
    });
  }

  reorderSiblings(parentId: Id | null, orderedIds: readonly Id[]): Promise<void> {
    return this.perform(async (codebook) => {
      const outcome = reorderSiblings(codebook, parentId, orderedIds);
      return {
        outcome, result: undefined, label: t('data.undo.reorderCodes'),
        audit: { action: 'reorder', objectType: 'code', objectId: parentId ?? this.projectId, detail: orderedIds.join(',') },
      };
    });
  }

  /** Merges `sourceId` into `targetId`; memos of absorbed codes and collapsed codings move to what absorbed them. */
  mergeCodes(sourceId: Id, targetId: Id): Promise<MergeReport> {
    return this.perform(async (codebook) => {
      const source = this.requireCode(sourceId);
      const target = this.requireCode(targetId);
      const outcome = mergeCodes(codebook, sourceId, targetId);
      return {
        outcome, result: outcome.report,
        label: t('data.undo.mergeCodes', { source: source.name, target: target.name }),
        audit: { action: 'merge', objectType: 'code', objectId: targetId, detail: `${source.name} → ${target.name}` },
        memoPlan: mergeMemoPlan(codebook, outcome.codebook, outcome.change, outcome.report),
      };
    });
  }

  /** What deleting the code would remove (codes, codings, sources, memos of its codings); nothing changes. */
  deleteCodeImpact(id: Id): DeleteImpact {
    return deleteCodeImpact(this.memory.codebook, id);
  }

  /** Deletes the code, its sub-codes, their codings and the memos on any of them; undo brings all back. */
  deleteCode(id: Id): Promise<DeleteImpact> {
    return this.perform(async (codebook) => {
      const code = this.requireCode(id);
      const outcome = deleteCode(codebook, id);
      const { impact } = outcome;
      const codingPlan = deletedCodingMemoPlan(codebook, outcome.change.deleteCodingIds);
      return {
        outcome, result: impact, label: t('data.undo.deleteCode', { name: code.name }),
        audit: { action: 'delete', objectType: 'code', objectId: id, detail: `${code.name} (${impact.codingCount})` },
        memoPlan: { ...codingPlan, deleteKeys: [...(codingPlan.deleteKeys ?? []), ...impact.codeIds.map(codeKey)] },
      };
    });
  }

  // ---- coding actions ----

  /** Codes a passage; null when the code already covers exactly this passage (nothing is written). */
  async applyCoding(request: ApplyCodingRequest): Promise<Coding | null> {
    const { created } = await this.applyCodings([request]);
    return created[0] ?? null;
  }

  /** Codes several passages as ONE undo step (code all hits); exact repeats are skipped and counted. */
  applyCodings(requests: readonly ApplyCodingRequest[]): Promise<{ created: Coding[]; skipped: number }> {
    return this.perform(async (codebook) => {
      const coder = await this.coderName.get();
      const full = [];
      for (const request of requests) {
        full.push({ ...request, projectId: this.projectId, coder, textLength: await this.textLength(request.sourceId) });
      }
      // Only codings of the same sources can be repeats: the operation sees just those, and the full next
      // state is the old one plus the new codings (an append, not a rebuild of 40k records).
      const sourceIds = new Set(requests.map((request) => request.sourceId));
      const nearby = [...sourceIds].flatMap((sourceId) => this.memory.codingsOfSource(sourceId));
      const partial = applyCodings({ codes: codebook.codes, codings: nearby }, full);
      const outcome: CodebookOutcome<{ created: Coding[]; skipped: number }> = {
        ...partial, codebook: { codes: codebook.codes, codings: codebook.codings.concat(partial.created) },
      };
      const first = outcome.created[0];
      const label = outcome.created.length === 1 && first
        ? t('data.undo.applyCoding', { name: this.memory.code(first.codeId)?.name ?? '' })
        : t('data.undo.applyCodings', { count: outcome.created.length });
      return {
        outcome, result: { created: outcome.created, skipped: outcome.skipped }, label,
        audit: { action: 'apply', objectType: 'coding', objectId: first?.id ?? this.projectId, detail: `${outcome.created.length}` },
      };
    });
  }

  /** Creates a code named from the selected words and codes the selection with it, as one undo step. */
  createInVivoCode(sourceId: Id, start: number, end: number, selectedText: string, parentId: Id | null = null): Promise<{ code: Code; coding: Coding }> {
    return this.perform(async (codebook) => {
      const name = inVivoCodeName(selectedText);
      if (name === '') throw new CodebookError('codebook.error.nameEmpty');
      const coder = await this.coderName.get();
      const textLength = await this.textLength(sourceId);
      // A code of that name already under the parent is reused rather than refused.
      const existing = codebook.codes.find((code) => code.parentId === parentId && codeNameKey(code.name) === codeNameKey(name));
      const created = existing === undefined ? createCode(codebook, { projectId: this.projectId, parentId, name }) : null;
      const code = created?.code ?? existing;
      if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
      const afterCode = created?.codebook ?? codebook;
      const applied = applyCodings(afterCode, [{ projectId: this.projectId, sourceId, codeId: code.id, start, end, coder, textLength }]);
      const coding = applied.created[0] ?? afterCode.codings.find((c) => c.codeId === code.id && c.sourceId === sourceId && c.start === start && c.end === end);
      if (coding === undefined) throw new CodebookError('codebook.error.codingNotFound');
      const change = combineChanges(codebook, created ? [created.change, applied.change] : [applied.change]);
      const outcome: CodebookOutcome = commitChange(codebook, change, {});
      return {
        outcome, result: { code, coding }, label: t('data.undo.inVivo', { name: code.name }),
        audit: { action: 'in-vivo', objectType: 'code', objectId: code.id, detail: code.name },
      };
    });
  }

  /** Removes a coded passage and the memos on it (undo puts both back). */
  removeCoding(codingId: Id): Promise<void> {
    return this.perform(async (codebook) => {
      const outcome = removeCodings(codebook, [codingId]);
      const name = this.memory.code(outcome.removed[0]?.codeId ?? '')?.name ?? '';
      return {
        outcome, result: undefined, label: t('data.undo.removeCoding', { name }),
        audit: { action: 'remove', objectType: 'coding', objectId: codingId, detail: name },
        memoPlan: deletedCodingMemoPlan(codebook, [codingId]),
      };
    });
  }

  /** Points a coded passage at another code; when that code already covers it, the two collapse into one. */
  recodeCoding(codingId: Id, codeId: Id): Promise<Coding> {
    return this.perform(async (codebook) => {
      const target = this.requireCode(codeId);
      const outcome = recodeCoding(codebook, codingId, codeId);
      return {
        outcome, result: outcome.coding, label: t('data.undo.recodeCoding', { name: target.name }),
        audit: { action: 'recode', objectType: 'coding', objectId: codingId, detail: target.name },
        memoPlan: recodeMemoPlan(codebook, codingId, outcome.coding),
      };
    });
  }

  /** Links (or with null unlinks) the segment memo of a coded passage. */
  setCodingMemo(codingId: Id, memoId: Id | null): Promise<Coding> {
    return this.perform(async (codebook) => {
      const outcome = setCodingMemo(codebook, codingId, memoId);
      return {
        outcome, result: outcome.coding, label: t('data.undo.codingMemo'),
        audit: { action: 'link-memo', objectType: 'coding', objectId: codingId, detail: memoId ?? '' },
      };
    });
  }

  // ---- writes built elsewhere (corrections) ----

  /**
   * Runs a write another data module builds from the current state (inside this store's queue, so no action
   * interleaves), persists it in one transaction and updates memory. Undo is the caller's to push.
   */
  commitExternal<R>(
    build: (codebook: Codebook) => Promise<{ write: ExternalWrite | null; result: R }>,
  ): Promise<{ result: R; memos: MemoStep | null }> {
    return this.enqueue(async () => {
      const { write, result } = await build(this.memory.codebook);
      if (write === null) return { result, memos: null };
      const memos = await this.persistAndApply(write);
      return { result, memos };
    });
  }

  // ---- internals ----

  private requireCode(id: Id): Code {
    const code = this.memory.code(id);
    if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
    return code;
  }

  private codeAction(outcome: CodebookOutcome, code: Code, action: string, label: string, detail: string = code.name): Action<Code> {
    return { outcome, result: code, label, audit: { action, objectType: 'code', objectId: code.id, detail } };
  }

  private async textLength(sourceId: Id): Promise<number> {
    const known = this.textLengths.get(sourceId);
    if (known !== undefined) return known;
    const row = await this.db.sourceTexts.get(sourceId);
    if (row === undefined || row.projectId !== this.projectId) throw new DataError('data.error.sourceNotFound');
    this.textLengths.set(sourceId, row.text.length);
    return row.text.length;
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private perform<R>(build: (codebook: Codebook) => Promise<Action<R>>): Promise<R> {
    return this.enqueue(async () => {
      const action = await build(this.memory.codebook);
      const { outcome, memoPlan } = action;
      if (isEmptyChange(outcome.change) && memoPlan === undefined) return action.result;
      const write = {
        change: outcome.change,
        planMemos: memoPlan ? () => planMemoStep(this.db, this.projectId, memoPlan) : undefined,
        audit: action.audit,
      };
      // Undo and redo run through this queue, so they start only after this write has committed (or failed).
      let memos: MemoStep | null = null;
      const replay = (change: CodebookChange, memoChange: (step: MemoStep) => MemoStep['change'], verb: string) => () =>
        this.enqueue(async () => {
          if (memos === null) return;
          await this.persistAndApply({ change, memos: memoChange(memos), audit: { ...action.audit, action: `${verb}-${action.audit.action}` } });
        });
      memos = await this.applyThenPersist(write, outcome, {
        label: action.label,
        undo: replay(outcome.undo, (step) => step.undo, 'undo'),
        redo: replay(outcome.change, (step) => step.change, 'redo'),
      });
      return action.result;
    });
  }

  private async persistAndApply(write: ExternalWrite, next?: Codebook): Promise<MemoStep> {
    const { afterCommit, ...rest } = write;
    const memos = await persistCodebookWrite(this.db, { ...rest, projectId: this.projectId });
    this.applyToMemory(write.change, next);
    afterCommit?.();
    this.announce(write.change, memos);
    return memos;
  }

  /**
   * A store action's own write: the in-memory codebook (and so the stripes and counts on screen) takes the change
   * at once, and its undo step is pushed, while the transaction runs; the action only resolves once it has committed.
   * Should the write fail, the undo step is withdrawn, memory goes back to the state before it (the queue runs
   * nothing else in between) and the error is thrown.
   * Other modules, and any code that reads the database, hear of the change only after the commit.
   */
  private async applyThenPersist(write: Omit<CodebookWrite, 'projectId'>, outcome: CodebookOutcome, command: UndoableCommand): Promise<MemoStep> {
    const before = this.memory.codebook;
    this.applyToMemory(outcome.change, outcome.codebook);
    // Undoable from the moment it shows (Ctrl+Z right after the click must find it).
    const withdraw = this.undoManager.pushPending(command);
    let memos: MemoStep;
    try {
      memos = await persistCodebookWrite(this.db, { ...write, projectId: this.projectId });
    } catch (error) {
      withdraw();
      this.applyToMemory(outcome.undo, before);
      throw error;
    }
    this.announce(write.change, memos);
    return memos;
  }

  private announce(change: CodebookChange, memos: MemoStep): void {
    if (!isEmptyChange(change)) emitDataEvent({ type: 'codebookChanged', projectId: this.projectId });
    if (!isEmptyMemoChange(memos.change)) emitDataEvent({ type: 'memosChanged', projectId: this.projectId });
  }

  /** Takes in a committed change and tells subscribers. */
  private applyToMemory(change: CodebookChange, next?: Codebook): void {
    if (!this.memory.apply(change, next)) return;
    for (const listener of [...this.listeners]) listener();
  }

  /** Follows writes made outside the store: a deleted or restored source takes its codings along. */
  private onDataEvent(event: DataEvent): void {
    if (event.projectId !== this.projectId) return;
    if (event.type === 'sourceTextChanged') this.textLengths.delete(event.sourceId);
    if (event.type === 'sourceDeleted') {
      this.textLengths.delete(event.sourceId);
      void this.enqueue(async () => {
        const ids = this.codingsOfSource(event.sourceId).map((coding) => coding.id);
        const change: CodebookChange = { putCodes: [], deleteCodeIds: [], putCodings: [], deleteCodingIds: ids };
        this.applyToMemory(change);
      });
    }
    if (event.type === 'sourceAdded') {
      void this.enqueue(async () => {
        const stored = await this.db.codings.where('sourceId').equals(event.sourceId).toArray();
        const missing = stored.filter((coding) => this.memory.coding(coding.id) === undefined);
        const change: CodebookChange = { putCodes: [], deleteCodeIds: [], putCodings: missing, deleteCodingIds: [] };
        this.applyToMemory(change);
      });
    }
  }
}
