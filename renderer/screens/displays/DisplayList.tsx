// The project's saved displays as a table (name, type, last change, in the report or not) with the actions on each:
// open, rename in place, duplicate, delete (undoable from the toast, like every delete).
import { useState } from 'react';
import type { Display } from '../../../shared/model/index.ts';
import { InlineRenameForm } from '../../components/InlineRenameForm.tsx';
import { deleteDisplay, duplicateDisplay, renameDisplay } from '../../data/displays.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';

type Props = { displays: readonly Display[]; navigate: (route: Route) => void };

export const DisplayList = ({ displays, navigate }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t, formatDateTime } = useTranslation();
  const { notify, runWrite } = useToasts();
  const [renaming, setRenaming] = useState<string | null>(null);

  const duplicate = async (display: Display) => {
    const copy = await runWrite(() => duplicateDisplay(db, display.id, undo));
    if (copy !== undefined) notify(t('displays.duplicated', { name: copy.name }), undoToastAction(undo, t('app.action.undo')));
  };
  const remove = async (display: Display) => {
    const done = await runWrite(async () => {
      await deleteDisplay(db, display.id, undo);
      return true;
    });
    if (done === true) notify(t('displays.deleted', { name: display.name }), undoToastAction(undo, t('app.action.undo')));
  };

  if (displays.length === 0) return <p className="empty-state">{t('displays.empty')}</p>;
  return (
    <table className="data-table displays-table" aria-label={t('displays.list.label')}>
      <thead>
        <tr>
          <th scope="col">{t('displays.list.name')}</th>
          <th scope="col">{t('displays.list.type')}</th>
          <th scope="col">{t('displays.list.updated')}</th>
          <th scope="col">{t('displays.list.report')}</th>
          <th scope="col" className="actions-column">
            <span className="visually-hidden">{t('displays.list.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {displays.map((display) => (
          <tr key={display.id}>
            <td>
              {renaming === display.id ? (
                <InlineRenameForm
                  label={t('displays.rename.label', { name: display.name })}
                  initial={display.name}
                  onSave={async (name) => (await runWrite(() => renameDisplay(db, display.id, name, undo))) !== undefined}
                  onClose={() => setRenaming(null)}
                />
              ) : (
                <a
                  href={`#/displays/${encodeURIComponent(display.id)}`}
                  className="display-name-link"
                  onClick={(event) => {
                    event.preventDefault();
                    navigate({ screen: 'displays', displayId: display.id });
                  }}
                >
                  {display.name}
                </a>
              )}
            </td>
            <td>{t(`display.type.${display.type}`)}</td>
            <td className="muted">{formatDateTime(display.updatedAt)}</td>
            <td>{display.includeInReport ? t('displays.list.inReport') : ''}</td>
            <td className="row-actions">
              <button type="button" className="button small" aria-label={t('displays.rename.action', { name: display.name })} onClick={() => setRenaming(display.id)}>
                {t('displays.rename.button')}
              </button>
              <button type="button" className="button small" aria-label={t('displays.duplicate.action', { name: display.name })} onClick={() => void duplicate(display)}>
                {t('displays.duplicate.button')}
              </button>
              <button type="button" className="button small danger" aria-label={t('displays.delete.action', { name: display.name })} onClick={() => void remove(display)}>
                {t('displays.delete.button')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
