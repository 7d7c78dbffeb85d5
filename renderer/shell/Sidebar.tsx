// Left navigation: the open project's name and the screens of the workbench, with live counts.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import type { Route } from '../services/routes.ts';

type Props = { project: Project | null; route: Route; navigate: (route: Route) => void };

export const Sidebar = ({ project, route, navigate }: Props) => {
  const db = useDatabase();
  const { t, formatNumber } = useTranslation();
  const projectId = project?.id ?? null;
  const counts = useLiveQuery(
    async () =>
      projectId === null
        ? null
        : {
            sources: await db.sources.where('projectId').equals(projectId).count(),
            informants: await db.informants.where('projectId').equals(projectId).count(),
            codes: await db.codes.where('projectId').equals(projectId).count(),
            memos: await db.memos.where('projectId').equals(projectId).count(),
            displays: await db.displays.where('projectId').equals(projectId).count(),
            summaries: await db.summarySheets.where('projectId').equals(projectId).count(),
            conclusions: await db.conclusions.where('projectId').equals(projectId).count(),
            memberChecks: await db.memberChecks.where('projectId').equals(projectId).count(),
          },
    [db, projectId],
  );

  const item = (label: string, target: Route, active: boolean, count: number | null, disabled = false) => (
    <li>
      <button
        type="button"
        className={`nav-item${active ? ' active' : ''}`}
        aria-current={active ? 'page' : undefined}
        disabled={disabled}
        onClick={() => navigate(target)}
      >
        <span>{label}</span>
        {count !== null && <span className="nav-count">{formatNumber(count)}</span>}
      </button>
    </li>
  );

  return (
    <nav className="sidebar" aria-label={t('app.nav.label')}>
      <div className="brand">{t('app.name')}</div>
      <div className="sidebar-project">
        <div className="sidebar-caption">{t('app.nav.project')}</div>
        <div className="sidebar-project-name" data-testid="active-project-name" title={project?.name}>
          {project?.name ?? t('app.nav.noProject')}
        </div>
      </div>
      <ul className="nav-list">
        {item(t('app.nav.sources'), { screen: 'sources', informantId: null }, route.screen === 'sources' || route.screen === 'source', counts?.sources ?? null, project === null)}
        {item(t('app.nav.informants'), { screen: 'informants' }, route.screen === 'informants', counts?.informants ?? null, project === null)}
        {item(t('app.nav.codes'), { screen: 'codes' }, route.screen === 'codes', counts?.codes ?? null, project === null)}
        {item(t('app.nav.retrieval'), { screen: 'excerpts' }, route.screen === 'excerpts', null, project === null)}
        {item(t('app.nav.search'), { screen: 'search' }, route.screen === 'search', null, project === null)}
        {item(t('app.nav.memos'), { screen: 'memos' }, route.screen === 'memos', counts?.memos ?? null, project === null)}
        {item(t('app.nav.displays'), { screen: 'displays' }, route.screen === 'displays', counts?.displays ?? null, project === null)}
        {item(t('app.nav.summaries'), { screen: 'summaries' }, route.screen === 'summaries', counts?.summaries ?? null, project === null)}
        {item(t('app.nav.conclusions'), { screen: 'conclusions' }, route.screen === 'conclusions', counts?.conclusions ?? null, project === null)}
        {item(t('app.nav.memberChecks'), { screen: 'member-checks' }, route.screen === 'member-checks', counts?.memberChecks ?? null, project === null)}
        {item(t('app.nav.report'), { screen: 'report' }, route.screen === 'report', null, project === null)}
        {item(t('app.nav.audit'), { screen: 'audit' }, route.screen === 'audit', null, project === null)}
      </ul>
      <ul className="nav-list nav-list-bottom">
        {item(t('app.nav.projects'), { screen: 'projects' }, route.screen === 'projects', null)}
        {item(t('app.nav.settings'), { screen: 'settings' }, route.screen === 'settings', null)}
      </ul>
    </nav>
  );
};
