// Start-up sequence: ask for persistent storage, seed the example project on a first run, and pick the project to open
// (the last one opened, else the most recent). Runs once per database even under React's double effects.
import { useEffect, useState } from 'react';
import type { CaseweaveDatabase } from '../data/database.ts';
import { getLastProjectId, setLastProjectId } from '../data/appState.ts';
import { getProject, listProjects } from '../data/projects.ts';
import { seedExampleProjectIfEmpty } from '../data/example/seedExample.ts';
import { requestPersistentStorage } from '../platform/platform.ts';

export type StartResult = { projectId: string | null; persistent: boolean };
export type StartState = { status: 'starting' } | { status: 'ready'; result: StartResult } | { status: 'failed'; error: unknown };

const starts = new WeakMap<CaseweaveDatabase, Promise<StartResult>>();

const pickProjectToOpen = async (db: CaseweaveDatabase): Promise<string | null> => {
  const lastId = await getLastProjectId(db);
  if (lastId !== null && (await getProject(db, lastId)) !== undefined) return lastId;
  const [mostRecent] = await listProjects(db);
  if (mostRecent === undefined) return null;
  await setLastProjectId(db, mostRecent.id);
  return mostRecent.id;
};

export const startCaseweave = (db: CaseweaveDatabase): Promise<StartResult> => {
  let started = starts.get(db);
  if (started === undefined) {
    started = (async () => {
      const persistent = await requestPersistentStorage();
      await seedExampleProjectIfEmpty(db);
      return { projectId: await pickProjectToOpen(db), persistent };
    })();
    starts.set(db, started);
  }
  return started;
};

export const useAppStart = (db: CaseweaveDatabase): StartState => {
  const [state, setState] = useState<StartState>({ status: 'starting' });
  useEffect(() => {
    let live = true;
    startCaseweave(db).then(
      (result) => live && setState({ status: 'ready', result }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return state;
};
