// Provides the one Dexie database the app opened at start to every screen.
import { createContext, useContext } from 'react';
import type { CaseweaveDatabase } from '../data/database.ts';

export const DatabaseContext = createContext<CaseweaveDatabase | null>(null);

export const useDatabase = (): CaseweaveDatabase => {
  const db = useContext(DatabaseContext);
  if (db === null) throw new Error('useDatabase must be used inside <DatabaseContext.Provider>');
  return db;
};
