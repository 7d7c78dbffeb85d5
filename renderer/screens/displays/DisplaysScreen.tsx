// The Displays screen: the project's saved matrices and networks (list, new, rename, duplicate, delete), and the one
// open — a matrix with its builder, view, cell panel and exports, or a network (network/NetworkView.tsx).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Display, MatrixDisplayDefinition } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { listDisplays, setIncludeInReport } from '../../data/displays.ts';
import { DisplayList } from './DisplayList.tsx';
import { MatrixDisplay } from './matrix/MatrixDisplay.tsx';
import { usePreparedMatrixData } from './matrix/useMatrixView.ts';
import { prepareLayoutWorker } from './network/layoutClient.ts';
import { NetworkView } from './network/NetworkView.tsx';
import { NewDisplayDialog } from './NewDisplayDialog.tsx';
import '../../styles/displays.css';
import '../../styles/matrixGrid.css';
import '../../styles/cellPanel.css';

type Props = { projectId: string; displayId: string | null; navigate: (route: Route) => void };

const isMatrix = (display: Display): display is Display & { definition: MatrixDisplayDefinition } => display.definition.kind === 'matrix';

export const DisplaysScreen = ({ projectId, displayId, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const displays = useLiveQuery(() => listDisplays(db, projectId), [db, projectId]);
  const [creating, setCreating] = useState(false);
  usePreparedMatrixData(projectId, displayId === null && (displays?.some(isMatrix) ?? false));
  const listsNetwork = displayId === null && (displays?.some((display) => display.definition.kind === 'network') ?? false);
  useEffect(() => {
    if (listsNetwork) prepareLayoutWorker();
  }, [listsNetwork]);
  // The report mark shows at once; the stored value takes over when the write lands (or stays if it fails).
  const [includeShown, setIncludeShown] = useState<boolean | null>(null);
  const open = displays?.find((display) => display.id === displayId) ?? null;

  if (displayId !== null && open !== null) {
    return (
      <section className="screen displays-screen display-open" aria-labelledby="display-heading">
        <div className="screen-header">
          <a
            href="#/displays"
            className="button link small"
            onClick={(event) => {
              event.preventDefault();
              navigate({ screen: 'displays' });
            }}
          >
            {t('displays.back')}
          </a>
          <h1 id="display-heading">{open.name}</h1>
          <span className="kind-tag">{t(`display.type.${open.type}`)}</span>
          <div className="screen-header-actions">
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={includeShown ?? open.includeInReport}
                onChange={(event) => {
                  const include = event.currentTarget.checked;
                  setIncludeShown(include);
                  void runWrite(() => setIncludeInReport(db, open.id, include, undo)).finally(() => setIncludeShown(null));
                }}
              />
              {t('displays.includeInReport')}
            </label>
          </div>
        </div>
        {isMatrix(open) ? (
          <MatrixDisplay key={open.id} display={open} projectId={projectId} navigate={navigate} />
        ) : (
          <NetworkView key={open.id} display={open} projectId={projectId} navigate={navigate} />
        )}
      </section>
    );
  }

  return (
    <section className="screen displays-screen" aria-labelledby="displays-heading">
      <div className="screen-header">
        <h1 id="displays-heading">{t('app.nav.displays')}</h1>
        {displays !== undefined && <span className="muted">{t('displays.count', { count: displays.length })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button primary" onClick={() => setCreating(true)}>
            {t('displays.new.button')}
          </button>
        </div>
      </div>
      {displayId !== null && displays !== undefined && <p className="warning">{t('displays.notFound')}</p>}
      {displays === undefined ? <p className="muted">{t('displays.loading')}</p> : <DisplayList displays={displays} navigate={navigate} />}
      {creating && displays !== undefined && (
        <NewDisplayDialog
          projectId={projectId}
          existing={displays}
          onCancel={() => setCreating(false)}
          onCreated={(display) => {
            setCreating(false);
            navigate({ screen: 'displays', displayId: display.id });
          }}
        />
      )}
    </section>
  );
};
