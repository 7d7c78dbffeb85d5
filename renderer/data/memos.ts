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

/** The memo of a coded segment; the target is always the coding. */
export type SegmentMemoInput = Omit<MemoInput, 'target'> & {
  /** The id a memo created by this save gets (lets an editor know its own new memo); a fresh id when absent. */
  createAs?: Id;
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

/** The memo of a coded segment: the one coding.memoId links, else (data from before links) the newest memo on it. */
export const segmentMemoOf = async (db: CaseweaveDatabase, projectId: Id, coding: Pick<Coding, 'id' | 'memoId'>): Promise<Memo | null> => {
  const linked = coding.memoId === null ? undefined : await db.memos.get(coding.memoId);
  if (linked !== undefined && linked.projectId === projectId) return linked;
  return (await memosOfTarget(db, projectId, { kind: 'coding', id: coding.id }))[0] ?? null;
};

const memoTables = (db: CaseweaveDatabase) => [db.memos, ...auditTables(db)];

/** The stored memo after a save of `input` over `before` (undefined: a new memo). */
const memoRecord = (before: Memo | undefined, fields: { id: Id; projectId: Id; target: MemoTarget; author: string }, input: Omit<MemoInput, 'id' | 'target'>): Memo => {
  const at = nowIso();
  return {
    id: before?.id ?? fields.id,
    projectId: fields.projectId,
    target: fields.target,
    targetKey: memoTargetKey(fields.target),
    title: input.title.trim(),
    content: input.content,
    plainText: input.plainText,
    author: before?.author ?? fields.author,
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
  };
};

const memoLabel = (created: boolean, memo: Memo): string =>
  t(created ? 'data.undo.createMemo' : 'data.undo.saveMemo', { title: memo.title || memo.plainText.slice(0, 40) });

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
    const memo = memoRecord(before, { id: newId(), projectId, target, author }, input);
    await db.memos.put(memo);
    await recordChange(db, { projectId, action: before ? 'update' : 'create', objectType: 'memo', objectId: memo.id, detail: memo.title, at: memo.updatedAt });
    return memo;
  });
  emitDataEvent({ type: 'memosChanged', projectId });
  pushMemoUndo(undo, memoLabel(before === undefined, saved), { db, projectId, id: saved.id, before, after: saved });
  return saved;
};

// ---- coded segments: the memo and the coding.memoId link change together, through the coding store ----

/** Points the codings `codingIds` that still exist at `memoId` (null unlinks). */
const linkCodings = (store: CodingStore, codingIds: readonly Id[], memoId: Id | null): CodebookChange => {
  const putCodings: Coding[] = [];
  for (const id of codingIds) {
    const coding = store.codingById(id);
    if (coding !== undefined && coding.memoId !== memoId) putCodings.push({ ...coding, memoId });
  }
  return { putCodes: [], deleteCodeIds: [], putCodings, deleteCodingIds: [] };
};

const codingsLinkedTo = (codebook: Codebook, memoId: Id): Id[] =>
  codebook.codings.filter((coding) => coding.memoId === memoId).map((coding) => coding.id);

/** Replays memo writes and coding links in one transaction of the store (undo and redo). */
const replayThroughStore = async (store: CodingStore, memos: MemoChange, links: (codebook: Codebook) => CodebookChange, audit: CodebookAudit): Promise<void> => {
  await store.commitExternal(async (codebook) => ({ write: { change: links(codebook), memos, audit }, result: undefined }));
};

/**
 * Saves the memo of a coded segment. The first save creates the memo and links it (coding.memoId) in ONE
 * transaction and ONE undo step; later saves update it. A save without an id never makes a second memo: it
 * updates the memo the coding already links.
 */
export const saveSegmentMemo = async (store: CodingStore, codingId: Id, input: SegmentMemoInput, undo: UndoManager = store.undoManager): Promise<Memo> => {
  const { db, projectId } = store;
  const author = await getCoderName(db);
  const target: MemoTarget = { kind: 'coding', id: codingId };
  const { result, memos } = await store.commitExternal(async () => {
    const coding = store.codingById(codingId);
    if (coding === undefined) throw new CodebookError('codebook.error.codingNotFound');
    const linked = coding.memoId === null ? undefined : await db.memos.get(coding.memoId);
    const id = input.id ?? (linked?.projectId === projectId ? linked.id : (input.createAs ?? newId()));
    const existed = (await db.memos.get(id)) !== undefined;
    const planMemos = async (): Promise<MemoStep> => {
      const before = await db.memos.get(id);
      if (before !== undefined ? before.projectId !== projectId : input.id !== undefined) throw new DataError('data.error.memoNotFound');
      const memo = memoRecord(before, { id, projectId, target, author }, input);
      const restore: MemoChange = before === undefined ? { putMemos: [], deleteMemoIds: [id] } : { putMemos: [before], deleteMemoIds: [] };
      return { change: { putMemos: [memo], deleteMemoIds: [] }, undo: restore };
    };
    const audit: CodebookAudit = { action: existed ? 'update' : 'create', objectType: 'memo', objectId: id, detail: input.title.trim() };
    return { write: { change: linkCodings(store, [codingId], id), planMemos, audit }, result: { existed, previousLink: coding.memoId, audit } };
  });
  const saved = memos?.change.putMemos[0];
  if (memos === null || saved === undefined) throw new DataError('data.error.memoNotFound');
  undo.push({
    label: memoLabel(!result.existed, saved),
    undo: () => replayThroughStore(store, memos.undo, () => linkCodings(store, [codingId], result.previousLink), { ...result.audit, action: 'undo-memo' }),
    redo: () => replayThroughStore(store, memos.change, () => linkCodings(store, [codingId], saved.id), { ...result.audit, action: 'redo-memo' }),
  });
  return saved;
};

/** The memo's deletion inside the caller's transaction (it must still exist), with what undo puts back. */
const planMemoDeletion = async (db: CaseweaveDatabase, id: Id): Promise<MemoStep> => {
  const current = await db.memos.get(id);
  if (current === undefined) throw new DataError('data.error.memoNotFound');
  return { change: { putMemos: [], deleteMemoIds: [id] }, undo: { putMemos: [current], deleteMemoIds: [] } };
};

const deleteThroughStore = async (store: CodingStore, memo: Memo, label: string, undo: UndoManager | undefined): Promise<void> => {
  const audit: CodebookAudit = { action: 'delete', objectType: 'memo', objectId: memo.id, detail: memo.title };
  const unlink = (codebook: Codebook): CodebookChange => linkCodings(store, codingsLinkedTo(codebook, memo.id), null);
  const { result: unlinked, memos } = await store.commitExternal(async (codebook) => {
    const ids = codingsLinkedTo(codebook, memo.id);
    return { write: { change: linkCodings(store, ids, null), planMemos: () => planMemoDeletion(store.db, memo.id), audit }, result: ids };
  });
  if (memos === null) return;
  undo?.push({
    label,
    undo: () => replayThroughStore(store, memos.undo, () => linkCodings(store, unlinked, memo.id), { ...audit, action: 'undo-memo' }),
    redo: () => replayThroughStore(store, memos.change, unlink, { ...audit, action: 'redo-memo' }),
  });
};

/** Without an open store: deletes the memo and unlinks its codings in the database, in one transaction. */
const deleteInDatabase = async (db: CaseweaveDatabase, memo: Memo, action: string): Promise<Id[]> => {
  const unlinked = await db.transaction('rw', [db.codings, ...memoTables(db)], async () => {
    await planMemoDeletion(db, memo.id);
    const linked = await db.codings.where('projectId').equals(memo.projectId).filter((coding) => coding.memoId === memo.id).toArray();
    await db.codings.bulkPut(linked.map((coding) => ({ ...coding, memoId: null })));
    await db.memos.delete(memo.id);
    await recordChange(db, { projectId: memo.projectId, action, objectType: 'memo', objectId: memo.id, detail: memo.title, at: nowIso() });
    return linked.map((coding) => coding.id);
  });
  emitDataEvent({ type: 'memosChanged', projectId: memo.projectId });
  if (unlinked.length > 0) emitDataEvent({ type: 'codebookChanged', projectId: memo.projectId });
  return unlinked;
};

const restoreInDatabase = async (db: CaseweaveDatabase, memo: Memo, codingIds: readonly Id[]): Promise<void> => {
  const relinked = await db.transaction('rw', [db.codings, ...memoTables(db)], async () => {
    await db.memos.put(memo);
    const codings = (await db.codings.bulkGet([...codingIds])).filter((coding) => coding !== undefined);
    await db.codings.bulkPut(codings.map((coding) => ({ ...coding, memoId: memo.id })));
    await recordChange(db, { projectId: memo.projectId, action: 'undo-memo', objectType: 'memo', objectId: memo.id, detail: memo.title, at: nowIso() });
    return codings.length;
  });
  emitDataEvent({ type: 'memosChanged', projectId: memo.projectId });
  if (relinked > 0) emitDataEvent({ type: 'codebookChanged', projectId: memo.projectId });
};

/**
 * Deletes a memo and unlinks every coding whose memoId points to it, in one transaction; undo puts the memo back
 * and relinks them. Pass the open project's coding store so its memory follows (without one, e.g. while it loads,
 * the database is changed directly).
 */
export const deleteMemo = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager, store?: CodingStore | null): Promise<void> => {
  const memo = await db.memos.get(id);
  if (memo === undefined) throw new DataError('data.error.memoNotFound');
  const label = t('data.undo.deleteMemo', { title: memo.title });
  if (store && store.projectId === memo.projectId && store.db === db) {
    await deleteThroughStore(store, memo, label, undo);
    return;
  }
  let unlinked = await deleteInDatabase(db, memo, 'delete');
  undo?.push({
    label,
    undo: () => restoreInDatabase(db, memo, unlinked),
    redo: async () => {
      unlinked = await deleteInDatabase(db, memo, 'redo-memo');
    },
  });
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
