// Project files for the whole workbench: Open project file…, the recent files, Save as…, Save a copy…, Save now, and
// the window's linked file with its autosave status. The File menu, the projects screen, the keyboard shortcuts and
// Electron's menu commands all call these same actions; the questions and messages of opening a file are shown by
// ProjectFileDialogs.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Id, Project } from '../../../shared/model/index.ts';
import type { ProjectFileProblem } from '../../../shared/projectFile/projectFileProblem.ts';
import type { ProjectFileSessionState } from '../../data/projectFiles/projectFileSession.ts';
import { openProjectFile } from '../../data/projectFiles/openProjectFile.ts';
import { saveProjectToFile } from '../../data/projectFiles/saveProjectFile.ts';
import { writeProjectBackup } from '../../data/projectBackups.ts';
import { DataError } from '../../data/errors.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { openProjectFileAccess, type OpenedProjectFile, type ProjectFileAccess, type RecentProjectFileEntry } from '../../platform/projectFileAccess.ts';
import { useBackups } from '../BackupsContext.tsx';
import { useDatabase } from '../DatabaseContext.tsx';
import { describeError } from '../errorMessage.ts';
import { useToasts } from '../Toasts.tsx';
import { useUndoManager } from '../UndoContext.tsx';
import { useDelayedProgress, type ShownProgress } from './useDelayedProgress.ts';
import { useOpenQuestions, type PendingQuestion } from './useOpenQuestions.ts';
import { useProjectFileSession } from './useProjectFileSession.ts';
import { suggestedFileName } from './suggestedFileName.ts';

export type RefusedFile = { fileName: string; problems: readonly ProjectFileProblem[] };

export type ProjectFilesApi = {
  /** How this window reaches files: 'native' (Electron), 'file-system' (File System Access), 'download'. */
  kind: ProjectFileAccess['kind'];
  state: ProjectFileSessionState;
  /** Who holds the open project's file, when main could tell (another instance or machine). */
  lockedBy: string | null;
  recent: RecentProjectFileEntry[];
  /** True while a file is being opened or saved (the commands wait). */
  busy: boolean;
  openFile: () => Promise<void>;
  openRecent: (entry: RecentProjectFileEntry) => Promise<void>;
  saveAs: () => Promise<void>;
  saveCopy: () => Promise<void>;
  /** Writes the linked file now; a project not linked to a file is saved as a new one. */
  saveNow: () => Promise<void>;
  progress: ShownProgress;
  question: PendingQuestion | null;
  refused: RefusedFile | null;
  dismissRefused: () => void;
};

const ProjectFilesContext = createContext<ProjectFilesApi | null>(null);

export const useProjectFiles = (): ProjectFilesApi => {
  const api = useContext(ProjectFilesContext);
  if (api === null) throw new Error('useProjectFiles must be used inside <ProjectFilesProvider>');
  return api;
};

type Props = { project: Project | null; openProject: (id: Id) => void; children: ReactNode };

export const ProjectFilesProvider = ({ project, openProject, children }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { notify, reportError } = useToasts();
  const undo = useUndoManager();
  const backups = useBackups();
  const [access] = useState(() => openProjectFileAccess(db));
  const projectId = project?.id ?? null;
  const { session, state } = useProjectFileSession(db, access, projectId);
  const { shown: progress, track } = useDelayedProgress();
  const { question, questions } = useOpenQuestions();
  const [refused, setRefused] = useState<RefusedFile | null>(null);
  const [recent, setRecent] = useState<RecentProjectFileEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [holder, setHolder] = useState<{ projectId: Id; who: string } | null>(null);

  const refreshRecent = useCallback(() => {
    void access.recentFiles().then(setRecent, () => setRecent([]));
  }, [access]);
  useEffect(refreshRecent, [refreshRecent]);

  /** Runs one file command at a time; a failure becomes an error toast. */
  const command = useCallback(async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      refreshRecent();
    }
  }, [busy, reportError, refreshRecent]);

  const backUpLocalCopy = useCallback(async (id: Id) => {
    if (backups.store === null || backups.store === undefined) throw new DataError('projectFiles.error.noBackup', { reason: t('projectFiles.error.noBackupStore') });
    try {
      await writeProjectBackup(db, backups.store, id);
    } catch (error) {
      throw new DataError('projectFiles.error.noBackup', { reason: describeError(error) });
    }
  }, [backups.store, db, t]);

  const openChosen = useCallback(async (opened: OpenedProjectFile) => {
    const file = opened.fileName;
    const outcome = await track(t('projectFiles.progress.opening', { file }), (onProgress) =>
      openProjectFile({ db, access, questions, backUpLocalCopy, linkedFile: session.getState().file, onProgress }, opened));
    if (outcome.kind === 'refused') setRefused({ fileName: outcome.fileName, problems: outcome.problems });
    if (outcome.kind !== 'opened') return;
    // Undo steps of a replaced project name rows that are gone.
    if (outcome.as === 'replace') undo.clear();
    setHolder(outcome.lockedBy === null ? null : { projectId: outcome.project.id, who: outcome.lockedBy });
    openProject(outcome.project.id);
    await session.follow(outcome.project.id);
    const { name } = outcome.project;
    if (outcome.as === 'copy') notify(t('projectFiles.openedCopy', { file, name }));
    else if (outcome.as === 'replace') notify(t('projectFiles.replaced', { file, name }));
    else notify(t(outcome.readOnly ? 'projectFiles.openedReadOnly' : 'projectFiles.opened', { file }));
    if (outcome.renamedFrom !== null && outcome.as !== 'copy') notify(t('projectFiles.renamed', { from: outcome.renamedFrom, name }));
  }, [access, backUpLocalCopy, db, notify, openProject, questions, session, t, track, undo]);

  const openFile = useCallback(() => command(async () => {
    const opened = await access.chooseToOpen();
    if (opened !== null) await openChosen(opened);
  }), [access, command, openChosen]);

  const openRecent = useCallback((entry: RecentProjectFileEntry) => command(async () => {
    await openChosen(await access.openRecent(entry));
  }), [access, command, openChosen]);

  const save = useCallback((kind: 'link' | 'copy') => command(async () => {
    if (project === null) return;
    const target = await access.chooseToSave(suggestedFileName(project.name));
    if (target === null) return;
    // A read-only project cannot take over another file: Save as… writes a copy then, as a download does.
    const link = kind === 'link' && target.place.kind !== 'download' && !session.getState().readOnly;
    const written = await track(t('projectFiles.progress.saving', { file: target.fileName }), (onProgress) =>
      saveProjectToFile({ db, access, onProgress }, project.id, target, link ? { kind: 'link' } : { kind: 'copy' }));
    if (link) await session.follow(project.id, written.savedAt);
    const file = written.fileName;
    notify(target.place.kind === 'download' ? t('projectFiles.downloaded', { file }) : t(link ? 'projectFiles.savedAs' : 'projectFiles.savedCopy', { file }));
  }), [access, command, db, notify, project, session, t, track]);

  const saveAs = useCallback(() => save('link'), [save]);
  const saveCopy = useCallback(() => save('copy'), [save]);

  const saveNow = useCallback(async () => {
    if (session.getState().file === null) return saveAs();
    try {
      await session.saveNow();
    } catch (error) {
      reportError(error);
    }
  }, [reportError, saveAs, session]);

  useEffect(() => access.onRecentChosen((entry) => void openRecent(entry)), [access, openRecent]);

  const dismissRefused = useCallback(() => setRefused(null), []);

  const lockedBy = holder !== null && holder.projectId === projectId && state.readOnly ? holder.who : null;
  const api = useMemo<ProjectFilesApi>(() => ({
    kind: access.kind, state, lockedBy, recent, busy, openFile, openRecent, saveAs, saveCopy, saveNow, progress, question, refused, dismissRefused,
  }), [access.kind, state, lockedBy, recent, busy, openFile, openRecent, saveAs, saveCopy, saveNow, progress, question, refused, dismissRefused]);
  return <ProjectFilesContext.Provider value={api}>{children}</ProjectFilesContext.Provider>;
};
