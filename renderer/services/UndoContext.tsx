// React access to the one UndoManager of the app session: the provider, the manager and its state.
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { UndoManager, type UndoState } from '../undo/undoManager.ts';

const UndoContext = createContext<UndoManager | null>(null);

export const UndoProvider = ({ children, manager }: { children: ReactNode; manager?: UndoManager }) => {
  const [own] = useState(() => manager ?? new UndoManager());
  return <UndoContext.Provider value={manager ?? own}>{children}</UndoContext.Provider>;
};

/** The session's UndoManager; outside a provider (isolated component tests) a private one. */
const fallback = new UndoManager();

export const useUndoManager = (): UndoManager => useContext(UndoContext) ?? fallback;

export const useUndoState = (): UndoState => {
  const manager = useUndoManager();
  return useSyncExternalStore(manager.subscribe, manager.getState, manager.getState);
};
