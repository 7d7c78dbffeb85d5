// Memos (rich text as Lexical JSON plus its plain text) on the project, a source, a code, a coding, a display or
// a conclusion: list, read, save (create or update) and delete, each one commit and undoable. A coding's memo is
// the newest memo whose target is that coding; nothing on the coding points back at it.
import { memoTargetKey, newId, type DecisionCategory, type Id, type Memo, type MemoTarget } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

export { lexicalJsonFromPlainText } from '../../shared/model/memoContent.ts';

export type MemoInput = {
  /** Absent for a new memo. */
  id?: Id;
  target: MemoTarget;
  title: string;
  /** Lexical editor state as JSON. */
  content: string;
  plainText: string;
  /** An entry of the decision log (shared/model/memo.ts); absent: the memo keeps what it was. */
  decisionCategory?: DecisionCategory;
};

/** The memo of a coding; the target is always the coding. */
export type CodingMemoInput = Omit<MemoInput, 'target'> & {
  /** The id a memo created by this save gets (lets an editor know its own new memo); a fresh id when absent. */
  createAs?: Id;
};

const TARGET_KINDS = new Set(['project', 'source', 'code', 'coding', 'display', 'conclusion']);

const byNewest = (a: Memo, b: Memo): number => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

const checkTarget = (target: MemoTarget): MemoTarget => {
  if (!TARGET_KINDS.has(target.kind)) throw new DataError('data.error.memoTargetInvalid');
  if (target.kind === 'project') return { kind: 'project' };
  if (typeof target.id !== 'string' || target.id === '') throw new DataError('data.error.memoTargetInvalid');
  // An anchored memo keeps its words (the editor saves with the target it was given); its range moves only with corrections.
  if (target.kind === 'source' && target.range !== undefined) {
    const { start, end } = target.range;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start >= end) throw new DataError('data.error.memoTargetInvalid');
    return { kind: 'source', id: target.id, range: { start, end } };
  }
  return { kind: target.kind, id: target.id };
};

export const listMemos = async (db: CaseweaveDatabase, projectId: Id): Promise<Memo[]> =>
  (await db.memos.where('projectId').equals(projectId).toArray()).sort(byNewest);

export const memosOfTarget = async (db: CaseweaveDatabase, projectId: Id, target: MemoTarget): Promise<Memo[]> =>
  (await db.memos.where('[projectId+targetKey]').equals([projectId, memoTargetKey(target)]).toArray()).sort(byNewest);

export const getMemo = (db: CaseweaveDatabase, id: Id): Promise<Memo | undefined> => db.memos.get(id);

/** The memo of a coding: the newest memo written about it, or null. */
export const codingMemoOf = async (db: CaseweaveDatabase, projectId: Id, codingId: Id): Promise<Memo | null> =>
  (await memosOfTarget(db, projectId, { kind: 'coding', id: codingId }))[0] ?? null;

/**
 * Every memo of the project written about a coding: one range of the [projectId+targetKey] index (all keys start
 * "coding:"), far cheaper than looking up a thousand codings one key at a time.
 */
export const memosAboutCodings = (db: CaseweaveDatabase, projectId: Id): Promise<Memo[]> =>
  db.memos.where('[projectId+targetKey]').between([projectId, 'coding:'], [projectId, 'coding:\uffff']).toArray();

/** Which of `codingIds` have a memo (one indexed read, for the marks beside codings). */
export const codingsWithMemos = async (db: CaseweaveDatabase, projectId: Id, codingIds: readonly Id[]): Promise<Set<Id>> => {
  if (codingIds.length === 0) return new Set();
  const keys = codingIds.map((id): [Id, string] => [projectId, memoTargetKey({ kind: 'coding', id })]);
  const memos = await db.memos.where('[projectId+targetKey]').anyOf(keys).toArray();
  return new Set(memos.flatMap((memo) => (memo.target.kind === 'coding' ? [memo.target.id] : [])));
};

/** The stored memo after a save of `input` over `before` (undefined: a new memo). */
const memoRecord = (
  before: Memo | undefined, fields: { id: Id; projectId: Id; target: MemoTarget; authorId: Id; at: string }, input: Omit<MemoInput, 'id' | 'target'>,
): Memo => {
  const { at } = fields;
  const category = input.decisionCategory ?? before?.decisionCategory;
  const origin = before?.origin;
  return {
    id: before?.id ?? fields.id,
    projectId: fields.projectId,
    target: fields.target,
    targetKey: memoTargetKey(fields.target),
    title: input.title.trim(),
    content: input.content,
    plainText: input.plainText,
    authorId: before?.authorId ?? fields.authorId,
    ...(category === undefined ? {} : { decisionCategory: category }),
    ...(origin === undefined ? {} : { origin }),
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
  };
};

const memoLabel = (created: boolean, memo: Memo): string =>
  t(created ? 'data.undo.createMemo' : 'data.undo.saveMemo', { title: memo.title || memo.plainText.slice(0, 40) });

/** Writes `input` over the memo `id` (a new memo when it does not exist and `mustExist` is false). */
const writeMemo = async (
  db: CaseweaveDatabase, projectId: Id, id: Id, target: MemoTarget, input: Omit<MemoInput, 'id' | 'target'>, mustExist: boolean, undo?: UndoManager,
): Promise<Memo> => {
  let created = false;
  const { result } = await commitPlan(
    db,
    async () => {
      if (!(await db.projects.get(projectId))) throw new DataError('data.error.projectNotFound');
      const before = await db.memos.get(id);
      if ((mustExist && before === undefined) || (before !== undefined && before.projectId !== projectId)) throw new DataError('data.error.memoNotFound');
      created = before === undefined;
      // A saved memo keeps its stored target when the editor names the same record: an anchored range moved by a
      // correction since the editor opened stays where the correction put it.
      const kept = before !== undefined && before.targetKey === memoTargetKey(target) ? before.target : target;
      const memo = memoRecord(before, { id, projectId, target: kept, authorId: await currentCoderIdInTransaction(db), at: db.clock() }, input);
      return {
        change: tableChange('memos', [memo]),
        audit: { projectId, action: created ? 'create' : 'update', objectType: 'memo' as const, objectId: memo.id, detail: memo.title },
        result: memo,
      };
    },
    undo ? { undo: { manager: undo, label: (memo) => memoLabel(created, memo) } } : {},
  );
  return result;
};

/** Creates (no id) or updates a memo in one commit; undo restores the previous version or removes the new memo. */
export const saveMemo = async (db: CaseweaveDatabase, projectId: Id, input: MemoInput, undo?: UndoManager): Promise<Memo> =>
  writeMemo(db, projectId, input.id ?? newId(), checkTarget(input.target), input, input.id !== undefined, undo);

/**
 * Saves the memo of a coding. A save without an id never makes a second memo: it updates the memo the coding
 * already has, if any.
 */
export const saveCodingMemo = async (
  db: CaseweaveDatabase, projectId: Id, codingId: Id, input: CodingMemoInput, undo?: UndoManager,
): Promise<Memo> => {
  const coding = await db.codings.get(codingId);
  if (coding === undefined || coding.projectId !== projectId) throw new DataError('coding.error.notFound');
  const existing = input.id === undefined ? await codingMemoOf(db, projectId, codingId) : null;
  const id = input.id ?? existing?.id ?? input.createAs ?? newId();
  return writeMemo(db, projectId, id, { kind: 'coding', id: codingId }, input, input.id !== undefined, undo);
};

/** Deletes a memo in one commit; undo puts it back. */
export const deleteMemo = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'memos', id, {
    missing: () => new DataError('data.error.memoNotFound'),
    projectOf: (memo) => memo.projectId,
    nameOf: (memo) => memo.title,
    label: (title) => t('data.undo.deleteMemo', { title }),
  }, undo);
