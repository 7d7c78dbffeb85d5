// Installation-wide settings kept in the appState table: the last opened project, the current coder, seeding flags,
// the UI language.
// Written through commit like everything else (no audit event: they belong to no project).
import type { Locale } from '../../shared/i18n/translate.ts';
import type { Id } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { commit } from './commit.ts';
import type { AppStateValue, CaseweaveDatabase } from './database.ts';

export const APP_STATE_KEYS = {
  lastProjectId: 'lastProjectId',
  currentCoderId: 'currentCoderId',
  exampleSeeded: 'exampleSeeded',
  uiLocale: 'uiLocale',
} as const;

export const readAppState = async (db: CaseweaveDatabase, key: string): Promise<AppStateValue | undefined> =>
  (await db.appState.get(key))?.value;

export const writeAppState = async (db: CaseweaveDatabase, key: string, value: AppStateValue): Promise<void> => {
  await commit(db, tableChange('appState', [{ key, value }]), null);
};

export const getLastProjectId = async (db: CaseweaveDatabase): Promise<Id | null> => {
  const value = await readAppState(db, APP_STATE_KEYS.lastProjectId);
  return typeof value === 'string' ? value : null;
};

export const setLastProjectId = async (db: CaseweaveDatabase, id: Id | null): Promise<void> =>
  writeAppState(db, APP_STATE_KEYS.lastProjectId, id);

/** The UI language the user chose in Settings, as stored (validated by the caller); undefined when never chosen. */
export const readSavedUiLocale = async (db: CaseweaveDatabase): Promise<AppStateValue | undefined> =>
  readAppState(db, APP_STATE_KEYS.uiLocale);

export const saveUiLocale = async (db: CaseweaveDatabase, locale: Locale): Promise<void> =>
  writeAppState(db, APP_STATE_KEYS.uiLocale, locale);
