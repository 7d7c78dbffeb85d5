// Schema version 3: coders get a stable identity, and a coding's memo is found by the memo's target alone.
// Every distinct typed name (the installation's coder name, codings' `coder`, memos' `author`, audit events'
// `actor`) becomes one Coder record; the records then store its id. The coding → memo link (`memoId`) goes: a
// memo it named that pointed elsewhere is re-targeted to the coding, so no coding memo is lost.
import type { Transaction } from 'dexie';
import { initialsOf, newId, nowIso, type Coder, type Id } from '../../../shared/model/index.ts';

/** The name a coder had when nobody typed one (schema versions 1–2 wrote it as the default). */
export const UNNAMED_CODER = 'researcher';

type Legacy = Record<string, unknown>;

const typedName = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export const upgradeToCoderIdentity = async (transaction: Transaction): Promise<void> => {
  const appState = transaction.table('appState');
  const memos = transaction.table('memos');
  const at = nowIso();
  const byName = new Map<string, Coder>();
  const currentName = typedName((await appState.get('coderName'))?.value) ?? UNNAMED_CODER;
  const coderId = (name: unknown): Id => {
    const key = typedName(name) ?? currentName;
    let coder = byName.get(key);
    if (coder === undefined) {
      coder = { id: newId(), name: key, initials: initialsOf(key), createdAt: at, updatedAt: at };
      byName.set(key, coder);
    }
    return coder.id;
  };
  const currentId = coderId(currentName);

  await memos.toCollection().modify((memo: Legacy) => {
    memo.authorId = coderId(memo.author);
    delete memo.author;
  });
  const links: { memoId: Id; codingId: Id }[] = [];
  await transaction.table('codings').toCollection().modify((coding: Legacy) => {
    coding.coderId = coderId(coding.coder);
    if (typeof coding.memoId === 'string' && typeof coding.id === 'string') links.push({ memoId: coding.memoId, codingId: coding.id });
    delete coding.coder;
    delete coding.memoId;
  });
  for (const { memoId, codingId } of links) {
    const targetKey = `coding:${codingId}`;
    const memo: Legacy | undefined = await memos.get(memoId);
    if (memo !== undefined && memo.targetKey !== targetKey) await memos.update(memoId, { target: { kind: 'coding', id: codingId }, targetKey });
  }
  await transaction.table('auditEvents').toCollection().modify((event: Legacy) => {
    event.actorId = coderId(event.actor);
    delete event.actor;
  });
  await transaction.table('coders').bulkAdd([...byName.values()]);
  await appState.delete('coderName');
  await appState.put({ key: 'currentCoderId', value: currentId });
};
