// Member checks (issue 10): list, record what was returned to an informant, edit its dates, mode, language and the
// informant's words, add and remove returned items, record the response to each, and delete. What changed because of
// an answer, and importing the words as a source, are in memberCheckOutcomes.ts (exported from here too). Each write
// is one commit with its audit event and undoable.
import { newId, type Id, type IsoDate, type MemberCheck, type MemberCheckItem, type MemberCheckItemTarget, type MemberCheckLanguage,
  type MemberCheckMode, type MemberCheckResponse } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { itemOf, memberCheckName, pseudonymOf, undoLabelled, withItem, writeMemberCheck } from './memberCheckWrite.ts';

export { memberCheckName } from './memberCheckWrite.ts';
export {
  addOutcome, changeConclusionStatusFromCheck, importWordsAsSource, removeOutcome, sourceCorrections,
} from './memberCheckOutcomes.ts';

/** Sent first first; checks not sent yet come last; then in the order they were recorded. */
const bySending = (a: MemberCheck, b: MemberCheck): number =>
  (a.sentOn === null ? 1 : 0) - (b.sentOn === null ? 1 : 0) || (a.sentOn ?? '').localeCompare(b.sentOn ?? '')
  || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const listMemberChecks = async (db: CaseweaveDatabase, projectId: Id): Promise<MemberCheck[]> =>
  (await db.memberChecks.where('projectId').equals(projectId).toArray()).sort(bySending);

export const getMemberCheck = (db: CaseweaveDatabase, id: Id): Promise<MemberCheck | undefined> => db.memberChecks.get(id);

const inProject = (row: { projectId: Id } | undefined, projectId: Id): boolean => row?.projectId === projectId;

const distinctIds = (ids: readonly Id[]): Id[] => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new DataError('data.error.memberCheckTargetEmpty');
  return unique;
};

/** What was returned, checked against the project (every row it names is there) and copied. */
const checkedTarget = async (db: CaseweaveDatabase, projectId: Id, target: MemberCheckItemTarget): Promise<MemberCheckItemTarget> => {
  const missing = () => new DataError('data.error.memberCheckTargetNotFound');
  if (target.kind === 'transcript') {
    if (!inProject(await db.sources.get(target.sourceId), projectId)) throw missing();
    return { kind: 'transcript', sourceId: target.sourceId };
  }
  if (target.kind === 'summary') {
    if (!inProject(await db.summarySheets.get(target.summarySheetId), projectId)) throw missing();
    return { kind: 'summary', summarySheetId: target.summarySheetId };
  }
  if (target.kind === 'excerpts') {
    const codingIds = distinctIds(target.codingIds);
    if (!(await db.codings.bulkGet(codingIds)).every((coding) => inProject(coding, projectId))) throw missing();
    return { kind: 'excerpts', codingIds };
  }
  const conclusionIds = distinctIds(target.conclusionIds);
  if (!(await db.conclusions.bulkGet(conclusionIds)).every((conclusion) => inProject(conclusion, projectId))) throw missing();
  return { kind: 'conclusions', conclusionIds };
};

const newItem = (target: MemberCheckItemTarget): MemberCheckItem => ({ id: newId(), target, response: 'none', comment: '', outcomes: [] });

export type NewMemberCheck = {
  informantId: Id;
  targets: MemberCheckItemTarget[];
  sentOn: IsoDate | null;
  mode: MemberCheckMode;
  language: MemberCheckLanguage;
};

/** Records what was returned to an informant; every item waits for a response (none). */
export const createMemberCheck = async (db: CaseweaveDatabase, projectId: Id, input: NewMemberCheck, undo?: UndoManager): Promise<MemberCheck> => {
  const { result } = await commitPlan(db, async () => {
    if (!(await db.projects.get(projectId))) throw new DataError('data.error.projectNotFound');
    if (!inProject(await db.informants.get(input.informantId), projectId)) throw new DataError('data.error.informantNotFound');
    const targets: MemberCheckItemTarget[] = [];
    for (const target of input.targets) targets.push(await checkedTarget(db, projectId, target));
    const at = db.clock();
    const check: MemberCheck = {
      id: newId(), projectId, informantId: input.informantId, sentOn: input.sentOn, answeredOn: null, mode: input.mode,
      language: input.language, items: targets.map(newItem), words: '', wordsSourceId: null, createdAt: at, updatedAt: at,
    };
    const name = memberCheckName(check, await pseudonymOf(db, check));
    return {
      change: tableChange('memberChecks', [check]),
      audit: { projectId, action: 'create', objectType: 'memberCheck' as const, objectId: check.id, detail: name },
      result: { check, name },
    };
  }, undoLabelled(undo, 'data.undo.createMemberCheck'));
  return result.check;
};

export type MemberCheckDetails = Partial<Pick<MemberCheck, 'sentOn' | 'answeredOn' | 'mode' | 'language' | 'words'>>;

const DETAIL_FIELDS = ['sentOn', 'answeredOn', 'mode', 'language', 'words'] as const satisfies readonly (keyof MemberCheckDetails)[];

/** Changes the dates, mode, language or the informant's words (kept as given); an answer before the sending is refused. */
export const updateMemberCheck = (db: CaseweaveDatabase, id: Id, details: MemberCheckDetails, undo?: UndoManager): Promise<void> =>
  writeMemberCheck(db, id, (before) => {
    const { sentOn = before.sentOn, answeredOn = before.answeredOn, mode = before.mode, language = before.language, words = before.words } = details;
    const check: MemberCheck = { ...before, sentOn, answeredOn, mode, language, words };
    const given = DETAIL_FIELDS.filter((field) => details[field] !== undefined);
    if (check.sentOn !== null && check.answeredOn !== null && check.answeredOn < check.sentOn) {
      throw new DataError('data.error.memberCheckAnsweredBeforeSent');
    }
    return { check, detail: given.join(', '), result: undefined };
  }, { action: 'update', label: 'data.undo.editMemberCheck' }, undo);

export const addMemberCheckItem = (db: CaseweaveDatabase, id: Id, target: MemberCheckItemTarget, undo?: UndoManager): Promise<MemberCheckItem> =>
  writeMemberCheck(db, id, async (check) => {
    const item = newItem(await checkedTarget(db, check.projectId, target));
    return { check: { ...check, items: [...check.items, item] }, detail: item.target.kind, result: item };
  }, { action: 'add-item', label: 'data.undo.addMemberCheckItem' }, undo);

/** "Return more…": several things returned later, added in one step (one audit event, one undo). */
export const addMemberCheckItems = (db: CaseweaveDatabase, id: Id, targets: readonly MemberCheckItemTarget[], undo?: UndoManager): Promise<MemberCheckItem[]> =>
  writeMemberCheck(db, id, async (check) => {
    if (targets.length === 0) throw new DataError('data.error.memberCheckTargetEmpty');
    const items: MemberCheckItem[] = [];
    for (const target of targets) items.push(newItem(await checkedTarget(db, check.projectId, target)));
    return { check: { ...check, items: [...check.items, ...items] }, detail: items.map((item) => item.target.kind).join(', '), result: items };
  }, { action: 'add-item', label: 'data.undo.addMemberCheckItem' }, undo);

export const removeMemberCheckItem = (db: CaseweaveDatabase, id: Id, itemId: Id, undo?: UndoManager): Promise<void> =>
  writeMemberCheck(db, id, (check) => {
    const item = itemOf(check, itemId);
    return { check: { ...check, items: check.items.filter((candidate) => candidate.id !== itemId) }, detail: item.target.kind, result: undefined };
  }, { action: 'remove-item', label: 'data.undo.removeMemberCheckItem' }, undo);

/** The informant's answer to one item, with the researcher's note of what they said (trimmed). */
export const recordResponse = (
  db: CaseweaveDatabase, id: Id, itemId: Id, response: MemberCheckResponse, comment: string, undo?: UndoManager,
): Promise<void> =>
  writeMemberCheck(db, id, (check) => ({
    check: withItem(check, itemId, (item) => ({ ...item, response, comment: comment.trim() })), detail: response, result: undefined,
  }), { action: 'record-response', label: 'data.undo.recordMemberCheckResponse' }, undo);

/** Deletes the record; a source made of the informant's words stays (it may be coded). Undoable. */
export const deleteMemberCheck = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> => {
  await commitPlan(db, async () => {
    const check = await db.memberChecks.get(id);
    if (check === undefined) throw new DataError('data.error.memberCheckNotFound');
    const name = memberCheckName(check, await pseudonymOf(db, check));
    return {
      change: tableChange('memberChecks', [], [id]),
      audit: { projectId: check.projectId, action: 'delete', objectType: 'memberCheck' as const, objectId: id, detail: name },
      result: { name },
    };
  }, undoLabelled(undo, 'data.undo.deleteMemberCheck'));
};
