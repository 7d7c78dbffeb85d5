// React access to the CodingStore of the open project: the provider loads it when a project opens (and
// clears the session's undo stack), hooks read the coding snapshot (codes and codings) and the code tree.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { CodeTreeNode, CodingSnapshot } from '../../shared/codebook/index.ts';
import type { Id } from '../../shared/model/index.ts';
import { DatabaseContext } from './DatabaseContext.tsx';
import { useUndoManager } from './UndoContext.tsx';
import { CodingStore } from '../data/codingStore.ts';
import type { CaseweaveDatabase } from '../data/database.ts';

type StoreState = { store: CodingStore | null; error: unknown };

const CodingStoreContext = createContext<StoreState>({ store: null, error: null });

const EMPTY_SNAPSHOT: CodingSnapshot = { codes: [], codings: [] };
const noStore = (): (() => void) => () => undefined;
const emptySnapshot = (): CodingSnapshot => EMPTY_SNAPSHOT;
const EMPTY_TREE: CodeTreeNode[] = [];
const emptyTree = (): CodeTreeNode[] => EMPTY_TREE;
const EMPTY_COUNTS: ReadonlyMap<string, number> = new Map();
const emptyCounts = (): ReadonlyMap<string, number> => EMPTY_COUNTS;

type ProviderProps = { projectId: Id | null; children: ReactNode; /** Defaults to the app's DatabaseContext. */ db?: CaseweaveDatabase };

export const CodingStoreProvider = ({ db: givenDb, projectId, children }: ProviderProps) => {
  const contextDb = useContext(DatabaseContext);
  const db = givenDb ?? contextDb;
  const undoManager = useUndoManager();
  const [state, setState] = useState<StoreState>({ store: null, error: null });

  useEffect(() => {
    let cancelled = false;
    let loaded: CodingStore | null = null;
    undoManager.clear();
    setState({ store: null, error: null });
    if (projectId === null || db === null) return undefined;
    CodingStore.load(db, projectId, undoManager).then(
      (store) => {
        if (cancelled) {
          store.dispose();
          return;
        }
        loaded = store;
        setState({ store, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState({ store: null, error });
      },
    );
    return () => {
      cancelled = true;
      loaded?.dispose();
      undoManager.clear();
    };
  }, [db, projectId, undoManager]);

  return <CodingStoreContext.Provider value={state}>{children}</CodingStoreContext.Provider>;
};

/** The store of the open project; null while it loads or when no project is open. */
export const useCodingStore = (): CodingStore | null => useContext(CodingStoreContext).store;

/** Why the store could not be loaded, if it could not. */
export const useCodingStoreError = (): unknown => useContext(CodingStoreContext).error;

/** The current codes and codings (re-renders on every change). */
export const useCodingSnapshot = (): CodingSnapshot => {
  const store = useCodingStore();
  return useSyncExternalStore(store?.subscribe ?? noStore, store?.getSnapshot ?? emptySnapshot, store?.getSnapshot ?? emptySnapshot);
};

/**
 * The nested code tree with coding counts: built once per change of the codes or counts by the store (which counts
 * incrementally) and shared by every component; the same array while neither changes.
 */
export const useCodeTree = (): CodeTreeNode[] => {
  const store = useCodingStore();
  return useSyncExternalStore(store?.subscribe ?? noStore, store?.getCodeTree ?? emptyTree, store?.getCodeTree ?? emptyTree);
};

/** Codings per code id; the same map while no count changes. */
export const useCodingCounts = (): ReadonlyMap<Id, number> => {
  const store = useCodingStore();
  return useSyncExternalStore(store?.subscribe ?? noStore, store?.getCodingCounts ?? emptyCounts, store?.getCodingCounts ?? emptyCounts);
};
