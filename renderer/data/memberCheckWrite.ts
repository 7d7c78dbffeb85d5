// The one way a member check changes after it is recorded: read it, let an edit work out the new record (and any rows
// the same step changes with it, such as a conclusion's status or the source made of the informant's words), and
// commit all of it with one audit event and one undo step, labelled with the check's name.
import { formatDate, t, type MessageKey } from '../../shared/i18n/translate.ts';
import type { Id, IsoInstant, MemberCheck, MemberCheckItem } from '../../shared/model/index.ts';
import { combineChanges, tableChange, type ProjectChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

/** What the audit trail and undo labels call a member check: the informant and when it was sent (or answered). */
export const memberCheckName = (check: Pick<MemberCheck, 'sentOn' | 'answeredOn'>, informantPseudonym: string): string => {
  const date = check.sentOn ?? check.answeredOn;
  return date === null ? informantPseudonym : `${informantPseudonym} · ${formatDate(date)}`;
};

/** The pseudonym of the check's informant, or their id when the informant is gone (a repaired file never leaves that). */
export const pseudonymOf = async (db: CaseweaveDatabase, check: Pick<MemberCheck, 'informantId'>): Promise<string> =>
  (await db.informants.get(check.informantId))?.pseudonym ?? check.informantId;

export const undoLabelled = <R extends { name: string }>(undo: UndoManager | undefined, key: MessageKey) =>
  (undo ? { undo: { manager: undo, label: (result: R) => t(key, { name: result.name }) } } : {});

export type CheckContext = { at: IsoInstant; coderId: Id; pseudonym: string };

/**
 * What an edit works out: the check as it becomes, rows changed with it, a detail for the audit event, a result.
 * `nothing`: the edit found nothing to write (no row, no audit event, no undo step).
 */
export type CheckEdited<R> = {
  check: MemberCheck; also?: ProjectChange; detail?: string; result: R; nothing?: true;
  /**
   * The object the audit event is about when the edit's point is another row (a conclusion's status changed because
   * of an answer): that object's history must show it. The detail then names the check.
   */
  subject?: { objectType: 'conclusion'; objectId: Id; action: string; detail: string };
};

export const writeMemberCheck = async <R>(
  db: CaseweaveDatabase, id: Id, edit: (check: MemberCheck, context: CheckContext) => CheckEdited<R> | Promise<CheckEdited<R>>,
  words: { action: string; label: MessageKey }, undo?: UndoManager,
): Promise<R> => {
  const { result } = await commitPlan(db, async () => {
    const before = await db.memberChecks.get(id);
    if (before === undefined) throw new DataError('data.error.memberCheckNotFound');
    const at = db.clock();
    const pseudonym = await pseudonymOf(db, before);
    const edited = await edit(before, { at, coderId: await currentCoderIdInTransaction(db), pseudonym });
    if (edited.nothing) return { change: {}, audit: null, result: { value: edited.result, name: '' } };
    const after: MemberCheck = {
      ...edited.check, id: before.id, projectId: before.projectId, informantId: before.informantId, createdAt: before.createdAt, updatedAt: at,
    };
    const name = memberCheckName(after, pseudonym);
    return {
      change: combineChanges(tableChange('memberChecks', [after]), edited.also ?? {}),
      audit: edited.subject === undefined ? {
        projectId: before.projectId, action: words.action, objectType: 'memberCheck' as const, objectId: id,
        detail: edited.detail === undefined ? name : `${name}: ${edited.detail}`,
      } : {
        projectId: before.projectId, action: edited.subject.action, objectType: edited.subject.objectType, objectId: edited.subject.objectId,
        detail: `${edited.subject.detail}, from the member check ${name}`,
      },
      result: { value: edited.result, name },
    };
  }, undoLabelled(undo, words.label));
  return result.value;
};

/** The item `itemId` of the check; refused when it is not there (removed meanwhile). */
export const itemOf = (check: MemberCheck, itemId: Id): MemberCheckItem => {
  const item = check.items.find((candidate) => candidate.id === itemId);
  if (item === undefined) throw new DataError('data.error.memberCheckItemNotFound');
  return item;
};

/** The check with the item `itemId` replaced by what `change` makes of it. */
export const withItem = (check: MemberCheck, itemId: Id, change: (item: MemberCheckItem) => MemberCheckItem): MemberCheck => {
  itemOf(check, itemId);
  return { ...check, items: check.items.map((item) => (item.id === itemId ? change(item) : item)) };
};
