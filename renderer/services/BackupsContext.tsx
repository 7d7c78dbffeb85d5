// Rolling backups for the whole workbench: opens this platform's backup store once, runs the scheduler for the
// open project (a new one for each project opened, the closing backup when it is left), flushes at window close,
// answers the native "Back up now", and gives Settings, the File menu and the projects screen one way to back up
// and restore.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Id } from '../../shared/model/index.ts';
import { formatByteSize } from '../../shared/i18n/backupFormats.ts';
import { startBackupScheduler, type BackupScheduler } from '../data/backupScheduler.ts';
import { restoreProjectBackup, writeProjectBackup } from '../data/projectBackups.ts';
import { getProject } from '../data/projects.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { openBackupStore, type BackupEntry, type BackupStore } from '../platform/backupStore.ts';
import { addCloseTask } from '../platform/closeTasks.ts';
import { onMenuCommand } from '../platform/platform.ts';
import { BackupRepairsDialog, type RepairQuestion } from './BackupRepairsDialog.tsx';
import { useDatabase } from './DatabaseContext.tsx';
import { describeError } from './errorMessage.ts';
import { useToasts } from './Toasts.tsx';

export type BackupsApi = {
  /** The store; undefined while it opens, null where this platform has none. */
  store: BackupStore | null | undefined;
  /** The open project, the one "Back up now" backs up. */
  projectId: Id | null;
  /** Grows with every backup written or restored here, so a listing knows to read again. */
  revision: number;
  /** Backs up the open project now and says so in a toast; resolves to null when it could not. */
  backUpNow: () => Promise<BackupEntry | null>;
  /**
   * Opens a backup as a new project (fresh ids, "… (restored date)"), asking first when it needs repairs, and
   * switches to it; false when it failed or the user declined the repairs.
   */
  restore: (entry: BackupEntry) => Promise<boolean>;
};

const BackupsContext = createContext<BackupsApi | null>(null);

export const useBackups = (): BackupsApi => {
  const api = useContext(BackupsContext);
  if (api === null) throw new Error('useBackups must be used inside <BackupsProvider>');
  return api;
};

type ProviderProps = { projectId: Id | null; onRestored: (projectId: Id) => void; children: ReactNode };

export const BackupsProvider = ({ projectId, onRestored, children }: ProviderProps) => {
  const db = useDatabase();
  // The latest translator, read when a backup ends: not an effect dependency, which would restart the scheduler.
  const translation = useTranslation();
  const translator = useRef(translation);
  translator.current = translation;
  const { notify, reportError } = useToasts();
  const [store, setStore] = useState<BackupStore | null | undefined>(undefined);
  const [revision, setRevision] = useState(0);
  const [repairQuestion, setRepairQuestion] = useState<RepairQuestion | null>(null);
  const scheduler = useRef<BackupScheduler | null>(null);

  useEffect(() => {
    let live = true;
    void openBackupStore().then((opened) => live && setStore(opened));
    return () => {
      live = false;
    };
  }, []);

  const projectName = useCallback(async (id: Id) => (await getProject(db, id))?.name ?? id, [db]);

  useEffect(() => {
    if (projectId === null || store === undefined || store === null) return undefined;
    const running = startBackupScheduler({
      projectId,
      backUp: () => writeProjectBackup(db, store, projectId),
      onBackedUp: () => setRevision((n) => n + 1),
      onFailed: (error) => {
        void projectName(projectId).then((name) => reportError(new Error(translator.current.t('backups.failed', { name, reason: describeError(error) }))));
      },
    });
    scheduler.current = running;
    const withdrawCloseTask = addCloseTask(() => running.flush());
    return () => {
      withdrawCloseTask();
      if (scheduler.current === running) scheduler.current = null;
      void running.close();
    };
  }, [db, store, projectId, projectName, reportError]);

  const backUpNow = useCallback(async (): Promise<BackupEntry | null> => {
    const { t } = translator.current;
    const running = scheduler.current;
    if (running === null) return null;
    try {
      const entry = await running.backUpNow();
      // The project's own name: Electron's listing gives the file-name-safe form ("Kendang-Jimbe" for "Kendang/Jimbe").
      if (entry !== null) notify(t('backups.backedUp', { name: await projectName(entry.projectId), size: formatByteSize(entry.sizeBytes) }));
      return entry;
    } catch (error) {
      const name = projectId === null ? '' : await projectName(projectId);
      reportError(new Error(t('backups.failed', { name, reason: describeError(error) })));
      return null;
    }
  }, [notify, projectId, projectName, reportError]);

  const restore = useCallback(
    async (entry: BackupEntry): Promise<boolean> => {
      if (store === undefined || store === null) return false;
      const { t, formatDateTime } = translator.current;
      const date = formatDateTime(entry.savedAt);
      try {
        const restored = await restoreProjectBackup(db, store, entry, {
          copyName: (name) => t('backups.restoredName', { name, date }),
          agreeToRepairs: (repairs) =>
            new Promise<boolean>((resolve) => {
              setRepairQuestion({ date, repairs, answer: (agree) => {
                setRepairQuestion(null);
                resolve(agree);
              } });
            }),
        });
        if (restored === null) return false;
        const { project } = restored;
        setRevision((n) => n + 1);
        notify(t('backups.restored', { date, name: project.name }));
        onRestored(project.id);
        return true;
      } catch (error) {
        reportError(new Error(t('backups.restoreFailed', { date, reason: describeError(error) })));
        return false;
      }
    },
    [db, store, notify, onRestored, reportError],
  );

  useEffect(() => onMenuCommand((command) => void (command === 'back-up-now' && backUpNow())), [backUpNow]);

  const api = useMemo<BackupsApi>(() => ({ store, projectId, revision, backUpNow, restore }), [store, projectId, revision, backUpNow, restore]);
  return (
    <BackupsContext.Provider value={api}>
      {children}
      {repairQuestion !== null && <BackupRepairsDialog question={repairQuestion} />}
    </BackupsContext.Provider>
  );
};
