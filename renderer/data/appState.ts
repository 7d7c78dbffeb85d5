// Installation-wide settings kept in the appState table: the last opened project, the coder's name, seeding flags.
import type { Id } from '../../shared/model/index.ts';
import type { AppStateValue, CaseweaveDatabase } from './database.ts';

export const APP_STATE_KEYS = {
  lastProjectId: 'lastProjectId',
  coderName: 'coderName',
  exampleSeeded: 'exampleSeeded',
} as const;

export const DEFAULT_CODER_NAME = 'researcher';

export const readAppState = async (db: CaseweaveDatabase, key: string): Promise<AppStateValue | undefined> =>
  (await db.appState.get(key))?.value;

export const writeAppState = async (db: CaseweaveDatabase, key: string, value: AppStateValue): Promise<void> => {
  await db.appState.put({ key, value });
};

export const getLastProjectId = async (db: CaseweaveDatabase): Promise<Id | null> => {
  const value = await readAppState(db, APP_STATE_KEYS.lastProjectId);
  return typeof value === 'string' ? value : null;
};

export const setLastProjectId = async (db: CaseweaveDatabase, id: Id | null): Promise<void> =>
  writeAppState(db, APP_STATE_KEYS.lastProjectId, id);

/** The name written as `actor` in audit events and as `coder` on codings. */
export const getCoderName = async (db: CaseweaveDatabase): Promise<string> => {
  const value = await readAppState(db, APP_STATE_KEYS.coderName);
  return typeof value === 'string' && value.trim() !== '' ? value : DEFAULT_CODER_NAME;
};

export const setCoderName = async (db: CaseweaveDatabase, name: string): Promise<void> =>
  writeAppState(db, APP_STATE_KEYS.coderName, name.trim() === '' ? null : name.trim());
