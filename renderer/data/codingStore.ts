// The codes and codings of the open project held in memory (fast with 40k codings): a read cache of committed
// changes. Every action computes its change with shared/codebook and hands it to commit() (one transaction, with
// its audit event and cascades); the store follows every committed change through the data events, its own
// included. An action paints its change at once (optimistic), and takes it back the same way if the write fails.
import {
  applyCodings, codeNameKey, createCode, deleteCode, deleteCodeImpact, inVivoCodeName, mergeCodes,
  mergeRetargets, moveCode, outcomeOf, recodeCoding, recodeRetargets, recolorCode, removeCodings, renameCode, reorderSiblings,
  retargetMemos, updateCodeDetails, CodebookError, type OperationContext,
  type CodingOutcome, type CodingSnapshot, type CodeDetails, type CodeTreeNode, type DeleteImpact, type MemoRetargets, type MergeReport,
} from '../../shared/codebook/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Code, CodeStatus, Coding, Id } from '../../shared/model/index.ts';
import { combineChanges, isEmptyChange, tableChange, type ProjectChange } from '../../shared/project/projectChange.ts';
import { UndoManager } from '../undo/undoManager.ts';
import type { AuditIntent } from './audit.ts';
import { commitPlan } from './commit.ts';
import { CodingMemory } from './codingMemory.ts';
import { CurrentCoderCache } from './currentCoderCache.ts';
import type { CaseweaveDatabase } from './database.ts';
import { keysDeleted, keysPut, onDataEvent, type DataEvent } from './dataEvents.ts';
import { DataError } from './errors.ts';

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
type Action<R> = {
  outcome: CodingOutcome;
  result: R;
  label: string;
  audit: Omit<AuditIntent, 'projectId'>;
  /** Memos that move with the records the action replaces (merge, recode). */
  memoMoves?: MemoRetargets;
};

export class CodingStore {
  readonly db: CaseweaveDatabase;
  readonly projectId: Id;
  readonly undoManager: UndoManager;
  private readonly memory: CodingMemory;
  private readonly textLengths = new Map<Id, number>();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly stopListening: () => void;
  private readonly currentCoder: CurrentCoderCache;

  private constructor(db: CaseweaveDatabase, projectId: Id, snapshot: CodingSnapshot, undoManager: UndoManager) {
    this.db = db;
    this.projectId = projectId;
    this.undoManager = undoManager;
    this.memory = new CodingMemory(snapshot);
    this.currentCoder = new CurrentCoderCache(db);
    this.stopListening = onDataEvent((event) => this.follow(event));
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
    this.currentCoder.dispose();
    this.listeners.clear();
  }

  getSnapshot = (): CodingSnapshot => this.memory.current;

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
    return this.perform(async (snapshot) => {
      const outcome = createCode(snapshot, { ...input, projectId: this.projectId }, this.context());
      return this.codeAction(outcome, outcome.code, 'create', t('data.undo.createCode', { name: outcome.code.name }));
    });
  }

  renameCode(id: Id, name: string): Promise<Code> {
    return this.perform(async (snapshot) => {
      const before = this.requireCode(id).name;
      const outcome = renameCode(snapshot, id, name, this.context());
      return this.codeAction(outcome, outcome.code, 'rename', t('data.undo.renameCode', { name: before }), `${before} → ${outcome.code.name}`);
    });
  }

  recolorCode(id: Id, color: string): Promise<Code> {
    return this.perform(async (snapshot) => {
      const outcome = recolorCode(snapshot, id, color, this.context());
      return this.codeAction(outcome, outcome.code, 'recolor', t('data.undo.recolorCode', { name: outcome.code.name }), outcome.code.color);
    });
  }

  updateCodeDetails(id: Id, patch: Partial<CodeDetails>): Promise<Code> {
    return this.perform(async (snapshot) => {
      const outcome = updateCodeDetails(snapshot, id, patch, this.context());
      return this.codeAction(outcome, outcome.code, 'update', t('data.undo.updateCode', { name: outcome.code.name }), Object.keys(patch).join(', '));
    });
  }

  moveCode(id: Id, newParentId: Id | null, index?: number): Promise<Code> {
    return this.perform(async (snapshot) => {
      const outcome = moveCode(snapshot, id, newParentId, index, this.context());
      return this.codeAction(outcome, outcome.code, 'move', t('data.undo.moveCode', { name: outcome.code.name }));
    });
  }

  reorderSiblings(parentId: Id | null, orderedIds: readonly Id[]): Promise<void> {
    return this.perform(async (snapshot) => {
      const outcome = reorderSiblings(snapshot, parentId, orderedIds, this.context());
      return {
        outcome, result: undefined, label: t('data.undo.reorderCodes'),
        audit: { action: 'reorder', objectType: 'code', objectId: parentId ?? this.projectId, detail: orderedIds.join(',') },
      };
    });
  }

  /** Merges the code `fromCodeId` into `intoCodeId`; memos of absorbed codes and collapsed codings move with them. */
  mergeCodes(fromCodeId: Id, intoCodeId: Id): Promise<MergeReport> {
    return this.perform(async (snapshot) => {
      const from = this.requireCode(fromCodeId);
      const into = this.requireCode(intoCodeId);
      const outcome = mergeCodes(snapshot, fromCodeId, intoCodeId, this.context());
      return {
        outcome, result: outcome.report,
        label: t('data.undo.mergeCodes', { source: from.name, target: into.name }),
        audit: { action: 'merge', objectType: 'code', objectId: intoCodeId, detail: `${from.name} → ${into.name}` },
        memoMoves: mergeRetargets(outcome.report),
      };
    });
  }

  /** What deleting the code would remove (codes, codings, sources); nothing changes. */
  deleteCodeImpact(id: Id): DeleteImpact {
    return deleteCodeImpact(this.memory.current, id);
  }

  /** Deletes the code, its sub-codes, their codings and (the registry's cascade) the memos on any of them. */
  deleteCode(id: Id): Promise<DeleteImpact> {
    return this.perform(async (snapshot) => {
      const code = this.requireCode(id);
      const outcome = deleteCode(snapshot, id, this.context());
      const { impact } = outcome;
      return {
        outcome, result: impact, label: t('data.undo.deleteCode', { name: code.name }),
        audit: { action: 'delete', objectType: 'code', objectId: id, detail: `${code.name} (${impact.codingCount})` },
      };
    });
  }

  // ---- coding actions ----

  /** Codes a range; null when the code already covers exactly this range (nothing is written). */
  async applyCoding(request: ApplyCodingRequest): Promise<Coding | null> {
    const { created } = await this.applyCodings([request]);
    return created[0] ?? null;
  }

  /** Codes several ranges as ONE undo step (code all hits); exact repeats are skipped and counted. */
  applyCodings(requests: readonly ApplyCodingRequest[]): Promise<{ created: Coding[]; skipped: number }> {
    return this.perform(async (snapshot) => {
      const coderId = await this.currentCoder.id();
      const full = [];
      for (const request of requests) {
        full.push({ ...request, projectId: this.projectId, coderId, textLength: await this.textLength(request.sourceId) });
      }
      // Only codings of the same sources can be repeats: the operation sees just those, and the full next
      // state is the old one plus the new codings (an append, not a rebuild of 40k records).
      const sourceIds = new Set(requests.map((request) => request.sourceId));
      const nearby = [...sourceIds].flatMap((sourceId) => this.memory.codingsOfSource(sourceId));
      const partial = applyCodings({ codes: snapshot.codes, codings: nearby }, full, this.context());
      const outcome: CodingOutcome<{ created: Coding[]; skipped: number }> = {
        ...partial, snapshot: { codes: snapshot.codes, codings: snapshot.codings.concat(partial.created) },
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
    return this.perform(async (snapshot) => {
      const name = inVivoCodeName(selectedText);
      if (name === '') throw new CodebookError('codebook.error.nameEmpty');
      const coderId = await this.currentCoder.id();
      const textLength = await this.textLength(sourceId);
      // A code of that name already under the parent is reused rather than refused.
      const existing = snapshot.codes.find((code) => code.parentId === parentId && codeNameKey(code.name) === codeNameKey(name));
      const created = existing === undefined ? createCode(snapshot, { projectId: this.projectId, parentId, name }, this.context()) : null;
      const code = created?.code ?? existing;
      if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
      const afterCode = created?.snapshot ?? snapshot;
      const applied = applyCodings(afterCode, [{ projectId: this.projectId, sourceId, codeId: code.id, start, end, coderId, textLength }], this.context());
      const coding = applied.created[0] ?? afterCode.codings.find((c) => c.codeId === code.id && c.sourceId === sourceId && c.start === start && c.end === end);
      if (coding === undefined) throw new CodebookError('coding.error.notFound');
      const change = created ? combineChanges(created.change, applied.change) : applied.change;
      return {
        outcome: outcomeOf(snapshot, change, {}), result: { code, coding }, label: t('data.undo.inVivo', { name: code.name }),
        audit: { action: 'in-vivo', objectType: 'code', objectId: code.id, detail: code.name },
      };
    });
  }

  /** Removes a coding; the registry's cascade removes the memos on it (undo puts both back). */
  removeCoding(codingId: Id): Promise<void> {
    return this.perform(async (snapshot) => {
      const outcome = removeCodings(snapshot, [codingId]);
      const name = this.memory.code(outcome.removed[0]?.codeId ?? '')?.name ?? '';
      return {
        outcome, result: undefined, label: t('data.undo.removeCoding', { name }),
        audit: { action: 'remove', objectType: 'coding', objectId: codingId, detail: name },
      };
    });
  }

  /** Points a coding at another code; when that code already covers the same range, the two collapse into one. */
  recodeCoding(codingId: Id, codeId: Id): Promise<Coding> {
    return this.perform(async (snapshot) => {
      const target = this.requireCode(codeId);
      const outcome = recodeCoding(snapshot, codingId, codeId);
      return {
        outcome, result: outcome.coding, label: t('data.undo.recodeCoding', { name: target.name }),
        audit: { action: 'recode', objectType: 'coding', objectId: codingId, detail: target.name },
        memoMoves: recodeRetargets(codingId, outcome.coding),
      };
    });
  }

  // ---- internals ----

  /** The clock (and default ids) the pure operations stamp rows with: the database's. */
  private context(): OperationContext {
    return { now: this.db.clock() };
  }

  private requireCode(id: Id): Code {
    const code = this.memory.code(id);
    if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
    return code;
  }

  private codeAction(outcome: CodingOutcome, code: Code, action: string, label: string, detail: string = code.name): Action<Code> {
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

  /** The memos that move with the records an action replaces, read inside the commit's transaction. */
  private async memoMoves(moves: MemoRetargets | undefined): Promise<ProjectChange> {
    if (moves === undefined || moves.size === 0) return {};
    const keys = [...moves.keys()].map((key): [Id, string] => [this.projectId, key]);
    const memos = await this.db.memos.where('[projectId+targetKey]').anyOf(keys).toArray();
    const moved = retargetMemos(memos, moves, this.db.clock());
    return moved.length === 0 ? {} : tableChange('memos', moved);
  }

  /**
   * Runs an action in the store's queue: its change shows at once (the stripes and counts on screen), then commit
   * writes it. Should the write fail, the change is taken back the same way and the error thrown. The undo step
   * is pushed once the write has committed; undo and redo run through this queue, so no action interleaves.
   */
  private perform<R>(build: (snapshot: CodingSnapshot) => Promise<Action<R>>): Promise<R> {
    return this.enqueue(async () => {
      const action = await build(this.memory.current);
      const { outcome } = action;
      if (isEmptyChange(outcome.change)) return action.result;
      const before = this.memory.current;
      this.paint(outcome.change, outcome.snapshot);
      try {
        await commitPlan(
          this.db,
          async () => ({
            change: combineChanges(outcome.change, await this.memoMoves(action.memoMoves)),
            audit: { projectId: this.projectId, ...action.audit },
            result: undefined,
          }),
          { undo: { manager: this.undoManager, label: action.label }, replay: (task) => this.enqueue(task) },
        );
      } catch (error) {
        // Nothing else came in meanwhile: memory goes back to the very snapshot it had.
        this.paint(outcome.undo, this.memory.current === outcome.snapshot ? before : undefined);
        throw error;
      }
      return action.result;
    });
  }

  /** Takes a change into memory and tells subscribers. */
  private paint(change: ProjectChange, next?: CodingSnapshot): void {
    if (!this.memory.apply(change, next)) return;
    for (const listener of [...this.listeners]) listener();
  }

  /** Follows every committed change of this project: codes and codings, and texts whose length it caches. */
  private follow(event: DataEvent): void {
    if (event.projectId !== this.projectId) return;
    for (const key of [...keysDeleted(event, 'sourceTexts'), ...keysPut(event, 'sourceTexts')]) this.textLengths.delete(String(key));
    this.paint(event.change);
  }
}

