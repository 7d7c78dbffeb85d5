// The summary sheets screen: contact summaries and document summary forms (contract version: the list only; the
// sheets helper replaces this file).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Route } from '../../services/routes.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { projectId: string; sheetId: string | null; navigate: (route: Route) => void };

export const SummariesScreen = ({ projectId }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const sheets = useLiveQuery(() => db.summarySheets.where('projectId').equals(projectId).toArray(), [db, projectId]);
  return (
    <section className="screen" aria-label={t('app.nav.summaries')}>
      <h1>{t('app.nav.summaries')}</h1>
      <ul>{(sheets ?? []).map((sheet) => <li key={sheet.id}>{sheet.sourceId}</li>)}</ul>
    </section>
  );
};
