// Coders of this installation: the current coder (who codes, writes memos and acts in the audit trail here) and
// every coder met in the data, each with a display name and initials the user can edit.
import { initialsOf, MAX_CODER_INITIALS, newId, type Coder, type Id } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { APP_STATE_KEYS } from './appState.ts';
import { commit, commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { UNNAMED_CODER } from './upgrades/coderIdentity.ts';

export type CoderPatch = Partial<Pick<Coder, 'name' | 'initials'>>;

const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

const storedCurrentId = async (db: CaseweaveDatabase): Promise<Id | null> => {
  const value = (await db.appState.get(APP_STATE_KEYS.currentCoderId))?.value;
  return typeof value === 'string' && (await db.coders.get(value)) !== undefined ? value : null;
};

const newCoder = (name: string, at: string): Coder => {
  return { id: newId(), name, initials: initialsOf(name), createdAt: at, updatedAt: at };
};

/**
 * The current coder's id, inside commit's transaction; on a new installation the coder is created there and
 * then (named "researcher" until the user names themselves in Settings).
 */
export const currentCoderIdInTransaction = async (db: CaseweaveDatabase): Promise<Id> => {
  const known = await storedCurrentId(db);
  if (known !== null) return known;
  const coder = newCoder(UNNAMED_CODER, db.clock());
  await db.coders.add(coder);
  await db.appState.put({ key: APP_STATE_KEYS.currentCoderId, value: coder.id });
  return coder.id;
};

/** The current coder as stored (null before anything was ever written); reads only, so live queries may use it. */
export const readCurrentCoder = async (db: CaseweaveDatabase): Promise<Coder | null> => {
  const id = await storedCurrentId(db);
  return id === null ? null : ((await db.coders.get(id)) ?? null);
};

/** The current coder, created on first use. */
export const getCurrentCoder = async (db: CaseweaveDatabase): Promise<Coder> => {
  const { result } = await commitPlan(db, async () => {
    const id = await currentCoderIdInTransaction(db);
    const coder = await db.coders.get(id);
    if (coder === undefined) throw new DataError('data.error.coderNotFound');
    return { change: {}, audit: null, result: coder };
  });
  return result;
};

export const listCoders = async (db: CaseweaveDatabase): Promise<Coder[]> =>
  (await db.coders.toArray()).sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id));

/** Renames a coder or changes their initials; every coding, memo and audit event keeps pointing at them. */
export const updateCoder = async (db: CaseweaveDatabase, id: Id, patch: CoderPatch): Promise<Coder> => {
  const name = patch.name === undefined ? undefined : tidy(patch.name);
  if (name === '') throw new DataError('data.error.coderNameEmpty');
  const initials = patch.initials === undefined ? undefined : tidy(patch.initials).replace(/\s/g, '');
  if (initials !== undefined && (initials === '' || [...initials].length > MAX_CODER_INITIALS)) {
    throw new DataError('data.error.coderInitialsInvalid', { max: MAX_CODER_INITIALS });
  }
  const { result } = await commitPlan(db, async () => {
    const coder = await db.coders.get(id);
    if (coder === undefined) throw new DataError('data.error.coderNotFound');
    const updated: Coder = { ...coder, name: name ?? coder.name, initials: initials ?? coder.initials, updatedAt: db.clock() };
    const unchanged = updated.name === coder.name && updated.initials === coder.initials;
    return { change: unchanged ? {} : tableChange('coders', [updated]), audit: null, result: unchanged ? coder : updated };
  });
  return result;
};

/** Adds a coder (e.g. a colleague whose work will be merged in) without making them current. */
export const createCoder = async (db: CaseweaveDatabase, rawName: string): Promise<Coder> => {
  const name = tidy(rawName);
  if (name === '') throw new DataError('data.error.coderNameEmpty');
  const coder = newCoder(name, db.clock());
  await commit(db, tableChange('coders', [coder]), null);
  return coder;
};

/** Makes another coder the one this installation codes as. */
export const setCurrentCoder = async (db: CaseweaveDatabase, id: Id): Promise<void> => {
  await commitPlan(db, async () => {
    if ((await db.coders.get(id)) === undefined) throw new DataError('data.error.coderNotFound');
    return { change: tableChange('appState', [{ key: APP_STATE_KEYS.currentCoderId, value: id }]), audit: null, result: undefined };
  });
};
