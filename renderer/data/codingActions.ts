// What each action of the coding store changes: the pure operation of shared/codebook it runs on the current
// snapshot, the result it hands back, its undo label and its audit entry, and the memos that move with it. The
// store (codingStore.ts) runs them one at a time, paints them and commits them.
import {
  applyCodings, codeNameKey, createCode, deleteCode, inVivoCodeName, mergeCodes, mergeRetargets, moveCode, outcomeOf,
  recodeCoding, recodeRetargets, recolorCode, removeCodings, renameCode, reorderSiblings, setCodeAnchor, updateCodeDetails, CodebookError,
  type CodeDetails, type CodingMoves, type CodingOutcome, type CodingRequest, type CodingSnapshot, type DeleteImpact, type MemoRetargets, type MergeReport,
  type OperationContext,
} from '../../shared/codebook/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Code, CodeStatus, Coding, Id } from '../../shared/model/index.ts';
import { combineChanges } from '../../shared/project/projectChange.ts';
import { snapRangeToGraphemes } from '../../shared/text/graphemes.ts';
import type { AuditIntent } from './audit.ts';

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

/** A coding request with what the store looked up for it: who codes, and the source's text. */
export type CodingInput = ApplyCodingRequest & { coderId: Id; text: string };

/**
 * The request the codebook checks and applies: the range widened to whole grapheme clusters of the text (a code never
 * splits an emoji or a letter from its accent). A range outside the text is left as it is, for the codebook to refuse.
 */
const codingRequestOf = (input: CodingInput, projectId: Id): CodingRequest => {
  const { text } = input;
  const inside = input.start >= 0 && input.start < input.end && input.end <= text.length;
  const { start, end } = inside ? snapRangeToGraphemes(text, { start: input.start, end: input.end }) : input;
  return { projectId, sourceId: input.sourceId, codeId: input.codeId, start, end, coderId: input.coderId, textLength: text.length };
};

/** What one store action did, before it is written. */
export type StoreAction<R> = {
  outcome: CodingOutcome;
  result: R;
  label: string;
  audit: Omit<AuditIntent, 'projectId'>;
  /** Memos that move with the records the action replaces (merge, recode). */
  memoMoves?: MemoRetargets;
  /** Codings that collapsed into a twin (merge, recode): conclusions' evidence follows them. */
  codingMoves?: CodingMoves;
};

/** What an action may read besides the snapshot: the project, the clock, and the store's indexes. */
export type ActionScope = {
  projectId: Id;
  context: OperationContext;
  code: (id: Id) => Code | undefined;
  codingsOfSource: (sourceId: Id) => Coding[];
};

const requireCode = (scope: ActionScope, id: Id): Code => {
  const code = scope.code(id);
  if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
  return code;
};

const codeAction = (outcome: CodingOutcome, code: Code, action: string, label: string, detail: string = code.name): StoreAction<Code> => ({
  outcome, result: code, label, audit: { action, objectType: 'code', objectId: code.id, detail },
});

// ---- the code tree ----

export const createCodeAction = (snapshot: CodingSnapshot, scope: ActionScope, input: NewCodeRequest): StoreAction<Code> => {
  const outcome = createCode(snapshot, { ...input, projectId: scope.projectId }, scope.context);
  return codeAction(outcome, outcome.code, 'create', t('data.undo.createCode', { name: outcome.code.name }));
};

export const renameCodeAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id, name: string): StoreAction<Code> => {
  const before = requireCode(scope, id).name;
  const outcome = renameCode(snapshot, id, name, scope.context);
  return codeAction(outcome, outcome.code, 'rename', t('data.undo.renameCode', { name: before }), `${before} → ${outcome.code.name}`);
};

export const recolorCodeAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id, color: string): StoreAction<Code> => {
  const outcome = recolorCode(snapshot, id, color, scope.context);
  return codeAction(outcome, outcome.code, 'recolor', t('data.undo.recolorCode', { name: outcome.code.name }), outcome.code.color);
};

export const updateCodeDetailsAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id, patch: Partial<CodeDetails>): StoreAction<Code> => {
  const outcome = updateCodeDetails(snapshot, id, patch, scope.context);
  return codeAction(outcome, outcome.code, 'update', t('data.undo.updateCode', { name: outcome.code.name }), Object.keys(patch).join(', '));
};

/** Chooses the coding shown as the code's anchor example in the codebook, or clears the choice (null). */
export const setCodeAnchorAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id, codingId: Id | null): StoreAction<Code> => {
  const outcome = setCodeAnchor(snapshot, id, codingId, scope.context);
  const name = outcome.code.name;
  return codingId === null
    ? codeAction(outcome, outcome.code, 'clear-anchor', t('codeAnchors.undo.clear', { name }))
    : codeAction(outcome, outcome.code, 'set-anchor', t('codeAnchors.undo.set', { name }), `${name}: ${codingId}`);
};

export const moveCodeAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id, newParentId: Id | null, index?: number): StoreAction<Code> => {
  const outcome = moveCode(snapshot, id, newParentId, index, scope.context);
  return codeAction(outcome, outcome.code, 'move', t('data.undo.moveCode', { name: outcome.code.name }));
};

export const reorderSiblingsAction = (snapshot: CodingSnapshot, scope: ActionScope, parentId: Id | null, orderedIds: readonly Id[]): StoreAction<void> => ({
  outcome: reorderSiblings(snapshot, parentId, orderedIds, scope.context),
  result: undefined,
  label: t('data.undo.reorderCodes'),
  audit: { action: 'reorder', objectType: 'code', objectId: parentId ?? scope.projectId, detail: orderedIds.join(',') },
});

/** Merges `fromCodeId` into `intoCodeId`; memos of absorbed codes and collapsed codings move with them. */
export const mergeCodesAction = (snapshot: CodingSnapshot, scope: ActionScope, fromCodeId: Id, intoCodeId: Id): StoreAction<MergeReport> => {
  const from = requireCode(scope, fromCodeId);
  const into = requireCode(scope, intoCodeId);
  const outcome = mergeCodes(snapshot, fromCodeId, intoCodeId, scope.context);
  return {
    outcome, result: outcome.report,
    label: t('data.undo.mergeCodes', { source: from.name, target: into.name }),
    audit: { action: 'merge', objectType: 'code', objectId: intoCodeId, detail: `${from.name} → ${into.name}` },
    memoMoves: mergeRetargets(outcome.report),
    codingMoves: new Map(Object.entries(outcome.report.collapsedInto)),
  };
};

/** Deletes the code, its sub-codes and their codings (commit's cascade takes the memos on any of them). */
export const deleteCodeAction = (snapshot: CodingSnapshot, scope: ActionScope, id: Id): StoreAction<DeleteImpact> => {
  const code = requireCode(scope, id);
  const outcome = deleteCode(snapshot, id, scope.context);
  return {
    outcome, result: outcome.impact, label: t('data.undo.deleteCode', { name: code.name }),
    audit: { action: 'delete', objectType: 'code', objectId: id, detail: `${code.name} (${outcome.impact.codingCount})` },
  };
};

// ---- codings ----

/** Codes several ranges as ONE undo step; exact repeats are skipped and counted. */
export const applyCodingsAction = (
  snapshot: CodingSnapshot, scope: ActionScope, inputs: readonly CodingInput[],
): StoreAction<{ created: Coding[]; skipped: number }> => {
  // Only codings of the same sources can be repeats: the operation sees just those, and the full next state is
  // the old one plus the new codings (an append, not a rebuild of 40k records).
  const sourceIds = new Set(inputs.map((input) => input.sourceId));
  const nearby = [...sourceIds].flatMap((sourceId) => scope.codingsOfSource(sourceId));
  const requests = inputs.map((input) => codingRequestOf(input, scope.projectId));
  const partial = applyCodings({ codes: snapshot.codes, codings: nearby }, requests, scope.context);
  const outcome = { ...partial, snapshot: { codes: snapshot.codes, codings: snapshot.codings.concat(partial.created) } };
  const first = outcome.created[0];
  const label = outcome.created.length === 1 && first
    ? t('data.undo.applyCoding', { name: scope.code(first.codeId)?.name ?? '' })
    : t('data.undo.applyCodings', { count: outcome.created.length });
  return {
    outcome, result: { created: outcome.created, skipped: outcome.skipped }, label,
    audit: { action: 'apply', objectType: 'coding', objectId: first?.id ?? scope.projectId, detail: `${outcome.created.length}` },
  };
};

/** Creates a code named from the selected words and codes the selection with it, as one undo step. */
export const inVivoAction = (
  snapshot: CodingSnapshot, scope: ActionScope, input: CodingInput & { selectedText: string; parentId: Id | null },
): StoreAction<{ code: Code; coding: Coding }> => {
  const { parentId } = input;
  const name = inVivoCodeName(input.selectedText);
  if (name === '') throw new CodebookError('codebook.error.nameEmpty');
  // A code of that name already under the parent is reused rather than refused.
  const existing = snapshot.codes.find((code) => code.parentId === parentId && codeNameKey(code.name) === codeNameKey(name));
  const created = existing === undefined ? createCode(snapshot, { projectId: scope.projectId, parentId, name }, scope.context) : null;
  const code = created?.code ?? existing;
  if (code === undefined) throw new CodebookError('codebook.error.codeNotFound');
  const afterCode = created?.snapshot ?? snapshot;
  const request = codingRequestOf({ ...input, codeId: code.id }, scope.projectId);
  const { sourceId, start, end } = request;
  const applied = applyCodings(afterCode, [request], scope.context);
  const coding = applied.created[0] ?? afterCode.codings.find((c) => c.codeId === code.id && c.sourceId === sourceId && c.start === start && c.end === end);
  if (coding === undefined) throw new CodebookError('coding.error.notFound');
  const change = created ? combineChanges(created.change, applied.change) : applied.change;
  return {
    outcome: outcomeOf(snapshot, change, {}), result: { code, coding }, label: t('data.undo.inVivo', { name: code.name }),
    audit: { action: 'in-vivo', objectType: 'code', objectId: code.id, detail: code.name },
  };
};

/** Removes a coding (commit's cascade takes its memos). */
export const removeCodingAction = (snapshot: CodingSnapshot, scope: ActionScope, codingId: Id): StoreAction<void> => {
  const outcome = removeCodings(snapshot, [codingId]);
  const name = scope.code(outcome.removed[0]?.codeId ?? '')?.name ?? '';
  return {
    outcome, result: undefined, label: t('data.undo.removeCoding', { name }),
    audit: { action: 'remove', objectType: 'coding', objectId: codingId, detail: name },
  };
};

/** Points a coding at another code; when that code already covers the range, the two collapse into one. */
export const recodeCodingAction = (snapshot: CodingSnapshot, scope: ActionScope, codingId: Id, codeId: Id): StoreAction<Coding> => {
  const target = requireCode(scope, codeId);
  const outcome = recodeCoding(snapshot, codingId, codeId);
  return {
    outcome, result: outcome.coding, label: t('data.undo.recodeCoding', { name: target.name }),
    audit: { action: 'recode', objectType: 'coding', objectId: codingId, detail: target.name },
    memoMoves: recodeRetargets(codingId, outcome.coding),
    codingMoves: outcome.coding.id === codingId ? new Map() : new Map([[codingId, outcome.coding.id]]),
  };
};
