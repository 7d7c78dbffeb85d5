// The open workbench: start-up, the active project, routing between screens, the import flow and menu commands.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { setLastProjectId } from '../data/appState.ts';
import { getProject } from '../data/projects.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { onMenuCommand } from '../platform/platform.ts';
import { watchWindowClose } from '../platform/closeTasks.ts';
import { ImportDialog } from '../screens/import/ImportDialog.tsx';
import { DropOverlay } from '../screens/import/DropOverlay.tsx';
import { useImportFlow } from '../screens/import/useImportFlow.ts';
import { InformantsScreen } from '../screens/informants/InformantsScreen.tsx';
import { ProjectsScreen } from '../screens/projects/ProjectsScreen.tsx';
import { SettingsScreen } from '../screens/settings/SettingsScreen.tsx';
import { SourceListScreen } from '../screens/sources/SourceListScreen.tsx';
import { SourceScreen } from '../screens/source/SourceScreen.tsx';
import { CodesScreen } from '../screens/codes/CodesScreen.tsx';
import { ExcerptsScreen } from '../screens/excerpts/ExcerptsScreen.tsx';
import { SearchScreen } from '../screens/search/SearchScreen.tsx';
import { MemosScreen } from '../screens/memos/MemosScreen.tsx';
import { DisplaysScreen } from '../screens/displays/DisplaysScreen.tsx';
import { SummariesScreen } from '../screens/summaries/SummariesScreen.tsx';
import { ConclusionsScreen } from '../screens/conclusions/ConclusionsScreen.tsx';
import { AuditScreen } from '../screens/audit/AuditScreen.tsx';
import { MemberChecksScreen } from '../screens/memberChecks/MemberChecksScreen.tsx';
import { ReportScreen } from '../screens/report/ReportScreen.tsx';
import { BackupsProvider } from '../services/BackupsContext.tsx';
import { CodingStoreProvider } from '../services/CodingStoreContext.tsx';
import { ProjectFilesProvider } from '../services/projectFiles/ProjectFilesContext.tsx';
import { ProjectFileWindow } from '../services/projectFiles/ProjectFileWindow.tsx';
import { ReadOnlyBanner } from '../services/projectFiles/ReadOnlyBanner.tsx';
import { useAppStart } from './appStart.ts';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import { describeError } from '../services/errorMessage.ts';
import type { Route } from '../services/routes.ts';
import { Sidebar } from './Sidebar.tsx';
import { TopBar } from './TopBar.tsx';
import { useRoute } from './useRoute.ts';
import type { ImportTrigger } from './TopBar.tsx';

export const Workbench = () => {
  const db = useDatabase();
  const { t } = useTranslation();
  const start = useAppStart(db);
  // From the first render: a close request during start-up or on the start-failed screen is answered at once,
  // not after main's timeout.
  useEffect(() => watchWindowClose(), []);
  if (start.status === 'starting') {
    return (
      <div className="splash" role="status">
        {t('app.starting')}
      </div>
    );
  }
  if (start.status === 'failed') {
    return (
      <main className="crash-screen" role="alert">
        <h1>{t('app.startFailed.title')}</h1>
        <pre className="crash-message">{describeError(start.error)}</pre>
        <button type="button" className="button primary" onClick={() => globalThis.location.reload()}>
          {t('app.crash.reload')}
        </button>
      </main>
    );
  }
  return <OpenWorkbench initialProjectId={start.result.projectId} persistent={start.result.persistent} />;
};

const OpenWorkbench = ({ initialProjectId, persistent }: { initialProjectId: string | null; persistent: boolean }) => {
  const db = useDatabase();
  const [projectId, setProjectId] = useState(initialProjectId);
  const [route, navigate] = useRoute();
  const project = useLiveQuery(async () => (projectId === null ? null : ((await getProject(db, projectId)) ?? null)), [db, projectId]);
  const importFlow = useImportFlow(projectId);
  const importTrigger = useRef<ImportTrigger | null>(null);
  const mainPane = useRef<HTMLElement | null>(null);
  useUndoShortcuts();

  const openProject = useCallback(
    (id: string | null) => {
      setProjectId(id);
      void setLastProjectId(db, id);
      navigate(id === null ? { screen: 'projects' } : { screen: 'sources', informantId: null });
    },
    [db, navigate],
  );

  // The open project vanished (deleted elsewhere): fall back to the projects screen rather than a broken pane.
  useEffect(() => {
    if (projectId !== null && project === null) openProject(null);
  }, [projectId, project, openProject]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'import') importTrigger.current?.();
        else if (command === 'about') navigate({ screen: 'settings' });
        else if (command === 'new-project') navigate({ screen: 'projects' });
        else if (command === 'restore-backup') navigate({ screen: 'settings', section: 'backups' });
        // back-up-now is the backups provider's (BackupsContext); close-requested is answered by watchWindowClose.
        // undo and redo are the session undo's (useUndoShortcuts).
      }),
    [navigate],
  );

  const screenRoute: Route = projectId === null && route.screen !== 'settings' ? { screen: 'projects' } : route;
  // Another screen (or source) opens at its top, not at the scroll position the previous one left. A new highlight
  // in the same source is not another screen: the transcript scrolls to it by itself.
  const screenKey = screenRoute.screen === 'source' ? `source:${screenRoute.sourceId}` : screenRoute.screen;
  useLayoutEffect(() => {
    mainPane.current?.scrollTo({ top: 0, left: 0 });
  }, [screenKey, projectId]);

  return (
    <BackupsProvider projectId={projectId} onRestored={openProject}>
      <ProjectFilesProvider project={project ?? null} openProject={openProject}>
        <CodingStoreProvider projectId={projectId}>
          <div className="shell">
            <Sidebar project={project ?? null} route={screenRoute} navigate={navigate} />
            <div className="main-column">
              <TopBar project={project ?? null} onImportFiles={importFlow.start} triggerRef={importTrigger} busy={importFlow.state.step !== 'idle'} navigate={navigate} />
              <ReadOnlyBanner />
              <main className="main-pane" id="main" ref={mainPane}>
                {renderScreen(screenRoute, projectId, openProject, navigate, persistent)}
              </main>
            </div>
            {projectId !== null && <DropOverlay onDropFiles={importFlow.start} />}
            <ImportDialog flow={importFlow} projectId={projectId} onOpenSource={(sourceId) => navigate({ screen: 'source', sourceId })} />
            <ProjectFileWindow projectName={project?.name ?? null} />
          </div>
        </CodingStoreProvider>
      </ProjectFilesProvider>
    </BackupsProvider>
  );
};

const renderScreen = (
  route: Route,
  projectId: string | null,
  openProject: (id: string | null) => void,
  navigate: (route: Route) => void,
  persistent: boolean,
) => {
  if (route.screen === 'settings') return <SettingsScreen persistentAtStart={persistent} section={route.section} projectId={projectId} />;
  if (route.screen === 'projects' || projectId === null) return <ProjectsScreen activeProjectId={projectId} openProject={openProject} />;
  switch (route.screen) {
    case 'informants':
      return <InformantsScreen projectId={projectId} navigate={navigate} />;
    case 'source':
      return (
        <SourceScreen
          key={route.sourceId}
          projectId={projectId}
          sourceId={route.sourceId}
          highlight={route.highlight ?? null}
          correct={route.correct === true}
          fromMemberCheckId={route.fromMemberCheckId ?? null}
          navigate={navigate}
        />
      );
    case 'codes':
      return <CodesScreen projectId={projectId} navigate={navigate} />;
    case 'excerpts':
      return <ExcerptsScreen projectId={projectId} navigate={navigate} />;
    case 'search':
      return <SearchScreen projectId={projectId} navigate={navigate} />;
    case 'memos':
      return <MemosScreen projectId={projectId} navigate={navigate} />;
    case 'displays':
      return <DisplaysScreen projectId={projectId} displayId={route.displayId ?? null} navigate={navigate} />;
    case 'audit':
      return <AuditScreen projectId={projectId} objectId={route.objectId ?? null} />;
    case 'summaries':
      return <SummariesScreen projectId={projectId} sheetId={route.sheetId ?? null} navigate={navigate} />;
    case 'conclusions':
      return <ConclusionsScreen projectId={projectId} conclusionId={route.conclusionId ?? null} navigate={navigate} />;
    case 'member-checks':
      return <MemberChecksScreen projectId={projectId} memberCheckId={route.memberCheckId ?? null} navigate={navigate} />;
    case 'report':
      return <ReportScreen projectId={projectId} />;
    case 'sources':
      return <SourceListScreen projectId={projectId} informantId={route.informantId} navigate={navigate} />;
  }
};
