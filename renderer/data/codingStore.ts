// The codes and codings of the open project held in memory (fast with 40k codings): a read cache of committed
// changes. Every action computes its change with shared/codebook and hands it to commit() (one transaction, with
// its audit event and cascades); the store follows every committed change through the data events, its own
// included. An action paints its change at once (optimistic), and takes it back the same way if the write fails.
import { deleteCodeImpact, retargetEvidence, retargetMemos, type CodingMoves, type CodeDetails, type CodeTreeNode, type CodingSnapshot, type DeleteImpact, type MemoRetargets, type MergeReport } from '../../shared/codebook/index.ts';
import type { Code, Coding, Id } from '../../shared/model/index.ts';
import { combineChanges, isEmptyChange, tableChange, type ProjectChange } from '../../shared/project/projectChange.ts';
import { UndoManager } from '../undo/undoManager.ts';
import {
  applyCodingsAction, createCodeAction, deleteCodeAction, inVivoAction, mergeCodesAction, moveCodeAction, recodeCodingAction,
  recolorCodeAction, removeCodingAction, renameCodeAction, reorderSiblingsAction, setCodeAnchorAction, updateCodeDetailsAction,
  type ActionScope, type ApplyCodingRequest, type CodingInput, type NewCodeRequest, type StoreAction,
} from './codingActions.ts';
import { commitPlan } from './commit.ts';
import { CodingMemory } from './codingMemory.ts';
import { CurrentCoderCache } from './currentCoderCache.ts';
import type { CaseweaveDatabase } from './database.ts';
import { keysDeleted, keysPut, onDataEvent, type DataEvent } from './dataEvents.ts';
import { DataError } from './errors.ts';

export type { MergeReport, DeleteImpact } from '../../shared/codebook/index.ts';
export type { ApplyCodingRequest, NewCodeRequest } from './codingActions.ts';

/** How many source texts the store keeps for snapping coded ranges to grapheme clusters. */
const KEPT_TEXTS = 8;

export class CodingStore {
  readonly db: CaseweaveDatabase;
  readonly projectId: Id;
  readonly undoManager: UndoManager;
  private readonly memory: CodingMemory;
  /** The texts codings were last made in (a few, most recent last): a coding's range is snapped to their clusters. */
  private readonly texts = new Map<Id, string>();
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
    return this.perform(async (snapshot) => createCodeAction(snapshot, this.scope(), input));
  }

  renameCode(id: Id, name: string): Promise<Code> {
    return this.perform(async (snapshot) => renameCodeAction(snapshot, this.scope(), id, name));
  }

  recolorCode(id: Id, color: string): Promise<Code> {
    return this.perform(async (snapshot) => recolorCodeAction(snapshot, this.scope(), id, color));
  }

  updateCodeDetails(id: Id, patch: Partial<CodeDetails>): Promise<Code> {
    return this.perform(async (snapshot) => updateCodeDetailsAction(snapshot, this.scope(), id, patch));
  }

  /** Chooses one of the code's codings as its anchor example, or clears the choice (null). */
  setCodeAnchor(id: Id, codingId: Id | null): Promise<Code> {
    return this.perform(async (snapshot) => setCodeAnchorAction(snapshot, this.scope(), id, codingId));
  }

  moveCode(id: Id, newParentId: Id | null, index?: number): Promise<Code> {
    return this.perform(async (snapshot) => moveCodeAction(snapshot, this.scope(), id, newParentId, index));
  }

  reorderSiblings(parentId: Id | null, orderedIds: readonly Id[]): Promise<void> {
    return this.perform(async (snapshot) => reorderSiblingsAction(snapshot, this.scope(), parentId, orderedIds));
  }

  /** Merges the code `fromCodeId` into `intoCodeId`; memos of absorbed codes and collapsed codings move with them. */
  mergeCodes(fromCodeId: Id, intoCodeId: Id): Promise<MergeReport> {
    return this.perform(async (snapshot) => mergeCodesAction(snapshot, this.scope(), fromCodeId, intoCodeId));
  }

  /** What deleting the code would remove (codes, codings, sources); nothing changes. */
  deleteCodeImpact(id: Id): DeleteImpact {
    return deleteCodeImpact(this.memory.current, id);
  }

  /** Deletes the code, its sub-codes, their codings and (the registry's cascade) the memos on any of them. */
  deleteCode(id: Id): Promise<DeleteImpact> {
    return this.perform(async (snapshot) => deleteCodeAction(snapshot, this.scope(), id));
  }

  // ---- coding actions ----

  /** Codes a range; null when the code already covers exactly this range (nothing is written). */
  async applyCoding(request: ApplyCodingRequest): Promise<Coding | null> {
    const { created } = await this.applyCodings([request]);
    return created[0] ?? null;
  }

  /** Codes several ranges as ONE undo step (code all hits); exact repeats are skipped and counted. */
  applyCodings(requests: readonly ApplyCodingRequest[]): Promise<{ created: Coding[]; skipped: number }> {
    return this.perform(async (snapshot) => applyCodingsAction(snapshot, this.scope(), await this.codingInputs(requests)));
  }

  /** Creates a code named from the selected words and codes the selection with it, as one undo step. */
  createInVivoCode(sourceId: Id, start: number, end: number, selectedText: string, parentId: Id | null = null): Promise<{ code: Code; coding: Coding }> {
    return this.perform(async (snapshot) => {
      const [input] = await this.codingInputs([{ sourceId, codeId: '', start, end }]);
      return inVivoAction(snapshot, this.scope(), { ...input, selectedText, parentId });
    });
  }

  /** Removes a coding; the registry's cascade removes the memos on it (undo puts both back). */
  removeCoding(codingId: Id): Promise<void> {
    return this.perform(async (snapshot) => removeCodingAction(snapshot, this.scope(), codingId));
  }

  /** Points a coding at another code; when that code already covers the range, the two collapse into one. */
  recodeCoding(codingId: Id, codeId: Id): Promise<Coding> {
    return this.perform(async (snapshot) => recodeCodingAction(snapshot, this.scope(), codingId, codeId));
  }

  // ---- internals ----

  /** What the actions read besides the snapshot; the clock is the database's. */
  private scope(): ActionScope {
    return {
      projectId: this.projectId,
      context: { now: this.db.clock() },
      code: (id) => this.memory.code(id),
      codingsOfSource: (sourceId) => this.memory.codingsOfSource(sourceId),
    };
  }

  /** The requests with the current coder and each source's text. */
  private async codingInputs(requests: readonly ApplyCodingRequest[]): Promise<CodingInput[]> {
    const coderId = await this.currentCoder.id();
    const inputs: CodingInput[] = [];
    for (const request of requests) inputs.push({ ...request, coderId, text: await this.sourceText(request.sourceId) });
    return inputs;
  }

  private async sourceText(sourceId: Id): Promise<string> {
    const known = this.texts.get(sourceId);
    if (known !== undefined) {
      this.texts.delete(sourceId);
      this.texts.set(sourceId, known);
      return known;
    }
    const row = await this.db.sourceTexts.get(sourceId);
    if (row === undefined || row.projectId !== this.projectId) throw new DataError('data.error.sourceNotFound');
    this.texts.set(sourceId, row.text);
    // Coding all hits of a search walks source by source: a few texts are enough, and memory stays small.
    if (this.texts.size > KEPT_TEXTS) this.texts.delete(this.texts.keys().next().value as Id);
    return row.text;
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

  /** The conclusions whose evidence follows a coding that collapsed into its twin, read inside the transaction. */
  private async evidenceMoves(moves: CodingMoves | undefined): Promise<ProjectChange> {
    if (moves === undefined || moves.size === 0) return {};
    const conclusions = await this.db.conclusions.where('projectId').equals(this.projectId).toArray();
    const moved = retargetEvidence(conclusions, moves, this.db.clock());
    return moved.length === 0 ? {} : tableChange('conclusions', moved);
  }

  /**
   * Runs an action in the store's queue: its change shows at once (the stripes and counts on screen), then commit
   * writes it. Should the write fail, the change is taken back the same way and the error thrown. The undo step
   * is pushed once the write has committed; undo and redo run through this queue, so no action interleaves.
   */
  private perform<R>(build: (snapshot: CodingSnapshot) => Promise<StoreAction<R>>): Promise<R> {
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
            change: combineChanges(outcome.change, await this.memoMoves(action.memoMoves), await this.evidenceMoves(action.codingMoves)),
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

  /** Follows every committed change of this project: codes and codings, and texts it caches. */
  private follow(event: DataEvent): void {
    if (event.projectId !== this.projectId) return;
    for (const key of [...keysDeleted(event, 'sourceTexts'), ...keysPut(event, 'sourceTexts')]) this.texts.delete(String(key));
    this.paint(event.change);
  }
}

