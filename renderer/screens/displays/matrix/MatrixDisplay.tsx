// An open matrix display: the builder form (hideable) beside the live matrix, the export buttons above it, and a side
// panel holding the open cell (its summary, rating, flag and excerpts) or, when no cell is open, the display's memo.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Display, MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import { MemoEditor } from '../../../components/MemoEditor.tsx';
import { listCoders } from '../../../data/coders.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import { useDatabase } from '../../../services/DatabaseContext.tsx';
import { describeError } from '../../../services/errorMessage.ts';
import type { Route } from '../../../services/routes.ts';
import { builderChoices } from './builderChoices.ts';
import { CellPanel } from './CellPanel.tsx';
import { MatrixBuilderForm } from './MatrixBuilderForm.tsx';
import { MatrixExportBar } from './MatrixExportBar.tsx';
import { MatrixGrid, type CellPosition } from './MatrixGrid.tsx';
import { useDefinitionDraft } from './useDefinitionDraft.ts';
import { useMatrixView } from './useMatrixView.ts';

export type MatrixDisplayProps = { display: Display & { definition: MatrixDisplayDefinition }; projectId: string; navigate: (route: Route) => void };

/** The open cell by its row and column ids, so it stays open when sorting or new data moves it. */
type OpenCell = { rowId: string; columnId: string };

export const MatrixDisplay = ({ display, projectId, navigate }: MatrixDisplayProps) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const { definition, change } = useDefinitionDraft(display);
  const previewed = useMemo(() => ({ ...display, definition }), [display, definition]);
  const state = useMatrixView(projectId, previewed);
  const [builderShown, setBuilderShown] = useState(true);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);
  const type = display.type === 'network' ? 'case-by-code' : display.type;

  const view = state.status === 'ready' ? state.view : null;
  const choices = useMemo(() => (state.status === 'ready' ? builderChoices(state.data) : { codes: [], roles: [], attributes: [] }), [state]);
  const position = useMemo((): CellPosition | null => {
    if (view === null || openCell === null) return null;
    const row = view.rows.findIndex((header) => header.id === openCell.rowId);
    const column = view.columns.findIndex((header) => header.id === openCell.columnId);
    return row < 0 || column < 0 ? null : { row, column };
  }, [view, openCell]);

  return (
    <div className={`matrix-display${builderShown ? ' with-builder' : ''}`}>
      <div className="matrix-toolbar toolbar">
        <button type="button" className="button small" aria-expanded={builderShown} aria-controls="matrix-builder" onClick={() => setBuilderShown(!builderShown)}>
          {t(builderShown ? 'displays.builder.hide' : 'displays.builder.show')}
        </button>
        {state.status === 'ready' && state.computing && <span className="muted small">{t('displays.view.computing')}</span>}
        <MatrixExportBar projectId={projectId} display={previewed} view={view} />
      </div>
      <div className="matrix-layout">
        {builderShown && (
          <aside id="matrix-builder" className="matrix-builder-pane panel">
            <MatrixBuilderForm type={type} definition={definition} choices={choices} coders={coders ?? []} onChange={change} />
          </aside>
        )}
        <div className="matrix-view-pane">
          {state.status === 'loading' && <p className="muted">{t('displays.view.loading')}</p>}
          {state.status === 'failed' && <p className="warning" role="alert">{t('displays.view.failed', { reason: describeError(state.error) })}</p>}
          {view !== null && (
            <MatrixGrid
              name={display.name}
              type={type}
              definition={definition}
              view={view}
              notes={display.cellNotes}
              open={position}
              onOpen={({ row, column }) => setOpenCell({ rowId: view.rows[row].id, columnId: view.columns[column].id })}
              onSort={(axis, sort) => change({ ...definition, [axis]: sort })}
            />
          )}
        </div>
        <aside className="matrix-side-pane">
          {state.status === 'ready' && position !== null ? (
            <CellPanel
              key={state.view.cells[position.row][position.column].key}
              display={display}
              definition={definition}
              view={state.view}
              data={state.data}
              position={position}
              navigate={navigate}
              onClose={() => {
                setOpenCell(null);
                document.querySelector<HTMLElement>(`.matrix-grid [data-cell="${position.row}:${position.column}"]`)?.focus();
              }}
            />
          ) : (
            <section className="panel display-memo" aria-label={t('displays.memo.title')}>
              <h2>{t('displays.memo.title')}</h2>
              <p className="muted small">{t('displays.memo.hint')}</p>
              <MemoEditor projectId={projectId} target={{ kind: 'display', id: display.id }} />
            </section>
          )}
        </aside>
      </div>
    </div>
  );
};
