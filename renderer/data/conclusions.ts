// Conclusions (issue 10): list, draw, reword, change status (always with a reason), add, remove and resolve evidence,
// log verification tactics, mark a rival explanation, delete (its memos go with it; its rivals stay, as rivals of
// nothing). Each write is one commit with its audit event, stamped with the current coder, and undoable.
import {
  conclusionStatus, isEmptyRichText, newId, type Conclusion, type ConclusionStatus, type EvidenceResolution, type EvidenceStance,
  type EvidenceTarget, type Id, type RichText, type TacticOutcome, type VerificationTactic,
} from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { t, type MessageKey } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

const NAME_LENGTH = 60;

/** What the audit trail and undo labels call a conclusion: the start of its statement. */
export const conclusionName = (conclusion: Pick<Conclusion, 'statement'>): string => {
  const text = conclusion.statement.plainText.trim().replace(/\s+/g, ' ');
  return text.length <= NAME_LENGTH ? text : `${text.slice(0, NAME_LENGTH - 1)}…`;
};

const byCreation = (a: Conclusion, b: Conclusion): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const listConclusions = async (db: CaseweaveDatabase, projectId: Id): Promise<Conclusion[]> =>
  (await db.conclusions.where('projectId').equals(projectId).toArray()).sort(byCreation);

export const getConclusion = (db: CaseweaveDatabase, id: Id): Promise<Conclusion | undefined> => db.conclusions.get(id);

const checkedStatement = (statement: RichText): RichText => {
  if (isEmptyRichText(statement)) throw new DataError('data.error.conclusionStatementEmpty');
  return statement;
};

const checkedReason = (reason: string): string => {
  const trimmed = reason.trim();
  if (trimmed === '') throw new DataError('data.error.conclusionStatusReasonEmpty');
  return trimmed;
};

const undoWith = (undo: UndoManager | undefined, key: MessageKey) =>
  (undo ? { undo: { manager: undo, label: (conclusion: Conclusion) => t(key, { name: conclusionName(conclusion) }) } } : {});

export type NewConclusion = {
  statement: RichText;
  researchQuestionId: Id | null;
  modelRole: string | null;
  codeIds: readonly Id[];
  displayIds?: readonly Id[];
  /** Why it is drawn: the reason of its first status, tentative (may be empty: drawing is not a change of mind). */
  reason?: string;
};

export const createConclusion = async (db: CaseweaveDatabase, projectId: Id, input: NewConclusion, undo?: UndoManager): Promise<Conclusion> => {
  const { result } = await commitPlan(db, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const { researchQuestionId } = input;
    if (researchQuestionId !== null && !project.researchQuestions.some((question) => question.id === researchQuestionId)) {
      throw new DataError('data.error.conclusionQuestionNotFound');
    }
    const at = db.clock();
    const coderId = await currentCoderIdInTransaction(db);
    const conclusion: Conclusion = {
      id: newId(), projectId, statement: checkedStatement(input.statement), researchQuestionId, modelRole: input.modelRole,
      codeIds: [...input.codeIds], displayIds: [...(input.displayIds ?? [])],
      statusHistory: [{ status: 'tentative', reason: (input.reason ?? '').trim(), coderId, at }],
      evidence: [], tactics: [], rivalOfId: null, createdAt: at, updatedAt: at,
    };
    return {
      change: tableChange('conclusions', [conclusion]),
      audit: { projectId, action: 'create', objectType: 'conclusion' as const, objectId: conclusion.id, detail: conclusionName(conclusion) },
      result: conclusion,
    };
  }, undoWith(undo, 'data.undo.createConclusion'));
  return result;
};

type Edit = (conclusion: Conclusion, context: { at: string; coderId: Id }) => Conclusion | Promise<Conclusion>;

/**
 * Writes `edit` of the conclusion `id` in one commit: the audit event says `action` with the detail `detailOf` gives
 * (the conclusion's name by default), the undo step is labelled by `label`. Every change but creation and deletion
 * goes through here.
 */
const updateConclusion = async (
  db: CaseweaveDatabase, id: Id, edit: Edit, words: { action: string; label: MessageKey; detailOf?: (after: Conclusion) => string },
  undo?: UndoManager,
): Promise<Conclusion> => {
  const { result } = await commitPlan(db, async () => {
    const before = await db.conclusions.get(id);
    if (before === undefined) throw new DataError('data.error.conclusionNotFound');
    const at = db.clock();
    const edited = await edit(before, { at, coderId: await currentCoderIdInTransaction(db) });
    const after: Conclusion = { ...edited, id: before.id, projectId: before.projectId, createdAt: before.createdAt, updatedAt: at };
    const name = conclusionName(after);
    return {
      change: tableChange('conclusions', [after]),
      audit: {
        projectId: before.projectId, action: words.action, objectType: 'conclusion' as const, objectId: id,
        detail: words.detailOf ? `${name}: ${words.detailOf(after)}` : name,
      },
      result: after,
    };
  }, undoWith(undo, words.label));
  return result;
};

/** A new status with the reason for it; refused without a reason. Setting the status it has adds nothing. */
export const changeStatus = (db: CaseweaveDatabase, id: Id, status: ConclusionStatus, reason: string, undo?: UndoManager): Promise<Conclusion> => {
  const why = reason.trim();
  return updateConclusion(db, id, (conclusion, { at, coderId }) => (conclusionStatus(conclusion) === status ? conclusion : {
    ...conclusion, statusHistory: [...conclusion.statusHistory, { status, reason: checkedReason(why), coderId, at }],
  }), { action: 'change-status', label: 'data.undo.changeConclusionStatus', detailOf: () => `${status} (${why})` }, undo);
};

export const updateStatement = (db: CaseweaveDatabase, id: Id, statement: RichText, undo?: UndoManager): Promise<Conclusion> =>
  updateConclusion(db, id, (conclusion) => ({ ...conclusion, statement: checkedStatement(statement) }), {
    action: 'update', label: 'data.undo.editConclusion',
  }, undo);

/** What frames a conclusion besides its statement: the research question, model role, codes and displays it speaks to. */
export type ConclusionFraming = Pick<Conclusion, 'researchQuestionId' | 'modelRole' | 'codeIds' | 'displayIds'>;

const idsChange = (label: string, before: readonly Id[], after: readonly Id[], nameOf: (id: Id) => string): string[] => {
  const added = after.filter((id) => !before.includes(id)).map((id) => `+${nameOf(id)}`);
  const removed = before.filter((id) => !after.includes(id)).map((id) => `−${nameOf(id)}`);
  return added.length + removed.length === 0 ? [] : [`${label} ${[...added, ...removed].join(', ')}`];
};

/**
 * Changes any of the conclusion's framing in one commit: a question, codes and displays must be the project's own
 * (refused otherwise); a blank model role is none; repeated ids count once. The audit detail names what changed —
 * the new question and role, each code and display added (+) or removed (−) by name — so its history reads alone.
 */
export const updateConclusionFraming = (
  db: CaseweaveDatabase, id: Id, patch: Partial<ConclusionFraming>, undo?: UndoManager,
): Promise<Conclusion> => {
  let changed: string[] = [];
  return updateConclusion(db, id, async (conclusion) => {
    const project = await db.projects.get(conclusion.projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const questionId = patch.researchQuestionId === undefined ? conclusion.researchQuestionId : patch.researchQuestionId;
    const question = project.researchQuestions.find((candidate) => candidate.id === questionId);
    if (questionId !== null && question === undefined) throw new DataError('data.error.conclusionQuestionNotFound');
    const role = patch.modelRole === undefined ? conclusion.modelRole : patch.modelRole?.trim() || null;
    const codeIds = [...new Set(patch.codeIds ?? conclusion.codeIds)];
    const displayIds = [...new Set(patch.displayIds ?? conclusion.displayIds)];
    const codes = new Map((await db.codes.bulkGet(codeIds)).flatMap((code) => (code?.projectId === conclusion.projectId ? [[code.id, code.name]] : [])));
    if (patch.codeIds !== undefined && codes.size !== codeIds.length) throw new DataError('data.error.conclusionCodeNotFound');
    const displays = new Map((await db.displays.bulkGet(displayIds)).flatMap((display) => (display?.projectId === conclusion.projectId ? [[display.id, display.name]] : [])));
    if (patch.displayIds !== undefined && displays.size !== displayIds.length) throw new DataError('data.error.conclusionDisplayNotFound');
    const formerNames = new Map([...(await db.codes.bulkGet(conclusion.codeIds)), ...(await db.displays.bulkGet(conclusion.displayIds))]
      .flatMap((row) => (row === undefined ? [] : [[row.id, row.name]])));
    const nameOf = (rowId: Id) => codes.get(rowId) ?? displays.get(rowId) ?? formerNames.get(rowId) ?? rowId;
    changed = [
      ...(questionId === conclusion.researchQuestionId ? [] : [`question: ${question?.text ?? 'none'}`]),
      ...(role === conclusion.modelRole ? [] : [`model role: ${role ?? 'none'}`]),
      ...idsChange('codes:', conclusion.codeIds, codeIds, nameOf),
      ...idsChange('displays:', conclusion.displayIds, displayIds, nameOf),
    ];
    return { ...conclusion, researchQuestionId: questionId, modelRole: role, codeIds, displayIds };
  }, { action: 'update-framing', label: 'data.undo.editConclusionFraming', detailOf: () => changed.join('; ') || 'unchanged' }, undo);
};

/** One key per row an evidence target points at, so the same coding, cell, memo or response is recognised. */
const targetKey = (target: EvidenceTarget): string => {
  if (target.kind === 'coding') return JSON.stringify([target.kind, target.codingId]);
  if (target.kind === 'memo') return JSON.stringify([target.kind, target.memoId]);
  if (target.kind === 'cell') return JSON.stringify([target.kind, target.displayId, target.cellKey]);
  return JSON.stringify([target.kind, target.memberCheckId, target.itemId]);
};

/** Adds a piece of evidence for or against; refused when the conclusion already has that target with that stance. */
export const addEvidence = (
  db: CaseweaveDatabase, id: Id, target: EvidenceTarget, stance: EvidenceStance, weightNote: string, undo?: UndoManager,
): Promise<Conclusion> =>
  updateConclusion(db, id, (conclusion, { at, coderId }) => {
    const key = targetKey(target);
    if (conclusion.evidence.some((item) => item.stance === stance && targetKey(item.target) === key)) {
      throw new DataError(stance === 'supporting' ? 'data.error.evidenceDuplicate.supporting' : 'data.error.evidenceDuplicate.disconfirming');
    }
    const item = { id: newId(), target: { ...target }, stance, weightNote: weightNote.trim(), resolution: null, addedBy: coderId, addedAt: at };
    return { ...conclusion, evidence: [...conclusion.evidence, item] };
  }, { action: 'add-evidence', label: 'data.undo.addEvidence', detailOf: () => `${stance} ${target.kind}` }, undo);

const withEvidence = (conclusion: Conclusion, evidenceId: Id) => {
  const item = conclusion.evidence.find((candidate) => candidate.id === evidenceId);
  if (item === undefined) throw new DataError('data.error.evidenceNotFound');
  return item;
};

export const removeEvidence = (db: CaseweaveDatabase, id: Id, evidenceId: Id, undo?: UndoManager): Promise<Conclusion> => {
  let removed = '';
  return updateConclusion(db, id, (conclusion) => {
    const item = withEvidence(conclusion, evidenceId);
    removed = `${item.stance} ${item.target.kind}`;
    return { ...conclusion, evidence: conclusion.evidence.filter((candidate) => candidate.id !== evidenceId) };
  }, { action: 'remove-evidence', label: 'data.undo.removeEvidence', detailOf: () => removed }, undo);
};

/** Rewrites the note on an item's weight (observed or reported, first-hand or hearsay). */
export const updateWeightNote = (db: CaseweaveDatabase, id: Id, evidenceId: Id, weightNote: string, undo?: UndoManager): Promise<Conclusion> =>
  updateConclusion(db, id, (conclusion) => {
    withEvidence(conclusion, evidenceId);
    const note = weightNote.trim();
    return { ...conclusion, evidence: conclusion.evidence.map((candidate) => (candidate.id === evidenceId ? { ...candidate, weightNote: note } : candidate)) };
  }, { action: 'update-evidence', label: 'data.undo.editWeightNote' }, undo);

/** Records how a disconfirming item was dealt with (its note required), or with null takes the resolution back. */
export const resolveEvidence = (
  db: CaseweaveDatabase, id: Id, evidenceId: Id, resolution: EvidenceResolution | null, undo?: UndoManager,
): Promise<Conclusion> =>
  updateConclusion(db, id, (conclusion) => {
    const item = withEvidence(conclusion, evidenceId);
    if (item.stance !== 'disconfirming') throw new DataError('data.error.evidenceResolveSupporting');
    if (resolution !== null && resolution.note.trim() === '') throw new DataError('data.error.evidenceResolutionNoteEmpty');
    const settled = resolution === null ? null : { kind: resolution.kind, note: resolution.note.trim() };
    return { ...conclusion, evidence: conclusion.evidence.map((candidate) => (candidate.id === evidenceId ? { ...candidate, resolution: settled } : candidate)) };
  }, { action: 'resolve-evidence', label: 'data.undo.resolveEvidence', detailOf: () => resolution?.kind ?? 'unresolved' }, undo);

export const logTactic = (
  db: CaseweaveDatabase, id: Id, tactic: VerificationTactic, outcome: TacticOutcome, note: string, undo?: UndoManager,
): Promise<Conclusion> =>
  updateConclusion(db, id, (conclusion, { at, coderId }) => ({
    ...conclusion, tactics: [...conclusion.tactics, { id: newId(), tactic, outcome, note: note.trim(), coderId, at }],
  }), { action: 'log-tactic', label: 'data.undo.logTactic', detailOf: () => `${tactic}: ${outcome}` }, undo);

/** Marks the conclusion as a rival explanation of another of its project (null: of none); never of itself. */
export const markRival = (db: CaseweaveDatabase, id: Id, rivalOfId: Id | null, undo?: UndoManager): Promise<Conclusion> =>
  updateConclusion(db, id, async (conclusion) => {
    if (rivalOfId === conclusion.id) throw new DataError('data.error.conclusionRivalOfItself');
    if (rivalOfId !== null && (await db.conclusions.get(rivalOfId))?.projectId !== conclusion.projectId) {
      throw new DataError('data.error.conclusionRivalNotFound');
    }
    return { ...conclusion, rivalOfId };
  }, { action: 'mark-rival', label: 'data.undo.markRival', detailOf: () => rivalOfId ?? 'none' }, undo);

/** Deletes a conclusion with the memos about it; its rivals become rivals of nothing (the registry's cascade). Undoable. */
export const deleteConclusion = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'conclusions', id, {
    missing: () => new DataError('data.error.conclusionNotFound'),
    projectOf: (conclusion) => conclusion.projectId,
    nameOf: conclusionName,
    label: (name) => t('data.undo.deleteConclusion', { name }),
  }, undo);
