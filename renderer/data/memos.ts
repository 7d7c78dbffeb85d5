// Memos (rich text as Lexical JSON plus its plain text) on the project, a source, a code, a coded segment,
// a display or a conclusion: list, read, save (create or update) and delete, each undoable. A coded segment has
// ONE memo, linked by coding.memoId: saving it creates and links it in one step, deleting any memo unlinks it.
import { CodebookError, type Codebook, type CodebookChange } from '../../shared/codebook/index.ts';
import { memoTargetKey, newId, nowIso, type Coding, type Id, type Memo, type MemoTarget } from '../../shared/model/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { getCoderName } from './appState.ts';
import { auditTables, recordChange } from './audit.ts';
import type { CodebookAudit, MemoChange, MemoStep } from './codebookWrites.ts';
import type { CodingStore } from './codingStore.ts';
import type { CaseweaveDatabase } from './database.ts';
import { emitDataEvent } from './dataEvents.ts';
import { DataError } from './errors.ts';

export type MemoInput = {
  /** Absent for a new memo. */
  id?: Id;
  target: MemoTarget;
  title: string;
  /** Lexical editor state as JSON. */
  content: string;
  plainText: string;
};

const TARGET_KINDS = new Set(['project', 'source', 'code', 'coding', 'display', 'conclusion']);

const byNewest = (a: Memo, b: Memo): number => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

const checkTarget = (target: MemoTarget): MemoTarget => {
  if (!TARGET_KINDS.has(target.kind)) throw new DataError('data.error.memoTargetInvalid');
  if (target.kind === 'project') return { kind: 'project' };
  if (typeof target.id !== 'string' || target.id === '') throw new DataError('data.error.memoTargetInvalid');
  return { kind: target.kind, id: target.id };
};

export const listMemos = async (db: CaseweaveDatabase, projectId: Id): Promise<Memo[]> =>
  (await db.memos.where('projectId').equals(projectId).toArray()).sort(byNewest);

export const memosOfTarget = async (db: CaseweaveDatabase, projectId: Id, target: MemoTarget): Promise<Memo[]> =>
  (await db.memos.where('[projectId+targetKey]').equals([projectId, memoTargetKey(target)]).toArray()).sort(byNewest);

export const getMemo = (db: CaseweaveDatabase, id: Id): Promise<Memo | undefined> => db.memos.get(id);

const memoTables = (db: CaseweaveDatabase) => [db.memos, ...auditTables(db)];

/** Puts `next` in place of whatever the memo is now (undefined = the memo does not exist), in one transaction. */
const writeMemo = async (db: CaseweaveDatabase, projectId: Id, id: Id, next: Memo | undefined, action: string): Promise<void> => {
  await db.transaction('rw', memoTables(db), async () => {
    if (next === undefined) await db.memos.delete(id);
    else await db.memos.put(next);
    await recordChange(db, { projectId, action, objectType: 'memo', objectId: id, detail: next?.title ?? '', at: nowIso() });
  });
  emitDataEvent({ type: 'memosChanged', projectId });
};

type MemoVersions = { db: CaseweaveDatabase; projectId: Id; id: Id; before: Memo | undefined; after: Memo | undefined };

const pushMemoUndo = (undo: UndoManager | undefined, label: string, versions: MemoVersions): void => {
  const { db, projectId, id, before, after } = versions;
  undo?.push({
    label,
    undo: () => writeMemo(db, projectId, id, before, 'undo-memo'),
    redo: () => writeMemo(db, projectId, id, after, 'redo-memo'),
  });
};

/** Creates (no id) or updates a memo in one transaction; undo restores the previous version or removes the new memo. */
export const saveMemo = async (db: CaseweaveDatabase, projectId: Id, input: MemoInput, undo?: UndoManager): Promise<Memo> => {
  const target = checkTarget(input.target);
  const author = await getCoderName(db);
  let before: Memo | undefined;
  const saved = await db.transaction('rw', memoTables(db), async () => {
    if (!(await db.projects.get(projectId))) throw new DataError('data.error.projectNotFound');
    before = input.id === undefined ? undefined : await db.memos.get(input.id);
    if (input.id !== undefined && (before === undefined || before.projectId !== projectId)) throw new DataError('data.error.memoNotFound');
    const at = nowIso();
    const memo: Memo = {
      id: before?.id ?? newId(),
      projectId,
      target,
      targetKey: memoTargetKey(target),
      title: input.title.trim(),
      content: input.content,
      plainText: input.plainText,
      author: before?.author ?? author,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    await db.memos.put(memo);
    await recordChange(db, { projectId, action: before ? 'update' : 'create', objectType: 'memo', objectId: memo.id, detail: memo.title, at });
    return memo;
  });
  emitDataEvent({ type: 'memosChanged', projectId });
  const label = t(before ? 'data.undo.saveMemo' : 'data.undo.createMemo', { title: saved.title || saved.plainText.slice(0, 40) });
  pushMemoUndo(undo, label, { db, projectId, id: saved.id, before, after: saved });
  return saved;
};

/** Deletes a memo in one transaction; undo puts it back. */
export const deleteMemo = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> => {
  const memo = await db.memos.get(id);
  if (memo === undefined) throw new DataError('data.error.memoNotFound');
  await writeMemo(db, memo.projectId, id, undefined, 'delete');
  pushMemoUndo(undo, t('data.undo.deleteMemo', { title: memo.title }), { db, projectId: memo.projectId, id, before: memo, after: undefined });
};

/** The Lexical editor state of plain text: one paragraph per line (used for seeded and imported memos). */
export const lexicalJsonFromPlainText = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
      children: text.split('\n').map((line) => ({
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: line === '' ? [] : [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: line }],
      })),
    },
  });
