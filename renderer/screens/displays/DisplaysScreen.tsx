// The Displays screen: the project's saved matrices and networks, and the one open (contract version: the list only;
// the matrix builder, views and the network view arrive with issue 9's screens).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Route } from '../../services/routes.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { listDisplays } from '../../data/displays.ts';
import { NetworkView } from './network/NetworkView.tsx';
import { NewNetworkForm } from './network/NewNetworkForm.tsx';

type Props = { projectId: string; displayId: string | null; navigate: (route: Route) => void };

export const DisplaysScreen = ({ projectId, displayId, navigate }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const displays = useLiveQuery(() => listDisplays(db, projectId), [db, projectId]);
  const open = displays?.find((display) => display.id === displayId) ?? null;
  return (
    <section className="screen" aria-label={t('app.nav.displays')}>
      <h1>{t('app.nav.displays')}</h1>
      <NewNetworkForm projectId={projectId} navigate={navigate} />
      <ul>
        {(displays ?? []).map((display) => (
          <li key={display.id}>
            <button type="button" onClick={() => navigate({ screen: 'displays', displayId: display.id })}>{display.name}</button>
          </li>
        ))}
      </ul>
      {open !== null && open.definition.kind === 'network' && <NetworkView key={open.id} display={open} projectId={projectId} navigate={navigate} />}
    </section>
  );
};
