// The window's project-file session in React: made once per database and file access, following the open project,
// saving what is unsaved when the window closes (Electron's close-requested, the browser's pagehide) or is hidden
// (best effort: a hidden tab may never come back), and read as state by the top bar.
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { CaseweaveDatabase } from '../../data/database.ts';
import { ProjectFileSession, type ProjectFileSessionState } from '../../data/projectFiles/projectFileSession.ts';
import { addCloseTask } from '../../platform/closeTasks.ts';
import type { ProjectFileAccess } from '../../platform/projectFileAccess.ts';

export const useProjectFileSession = (
  db: CaseweaveDatabase, access: ProjectFileAccess, projectId: Id | null,
): { session: ProjectFileSession; state: ProjectFileSessionState } => {
  const [session] = useState(() => new ProjectFileSession(db, access));
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);

  useEffect(() => {
    void session.follow(projectId);
  }, [session, projectId]);

  useEffect(() => {
    const withdraw = addCloseTask(() => session.flush());
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') void session.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      withdraw();
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [session]);

  useEffect(() => () => void session.dispose(), [session]);

  return { session, state };
};
