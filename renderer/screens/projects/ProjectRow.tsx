// One project in the projects table: its name (renamed in place), last change, and open/rename/delete actions.
import { useState } from 'react';
import type { Project } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = {
  project: Project;
  active: boolean;
  onOpen: () => void;
  /** Resolves true when the rename was saved. */
  onRename: (name: string) => Promise<boolean | undefined>;
  onDelete: () => void;
};

export const ProjectRow = ({ project, active, onOpen, onRename, onDelete }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);

  const save = async () => {
    if (draft === null) return;
    if (draft.trim() === project.name) {
      setDraft(null);
      return;
    }
    if (await onRename(draft)) setDraft(null);
  };

  return (
    <tr className={active ? 'current' : undefined} aria-current={active ? 'true' : undefined}>
      <td>
        {draft === null ? (
          <>
            <button type="button" className="button link strong" onClick={onOpen}>
              {project.name}
            </button>
            {active && <span className="badge neutral">{t('projects.current')}</span>}
            {project.isExample && <span className="badge neutral">{t('projects.example')}</span>}
          </>
        ) : (
          <form
            className="inline-edit"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <input
              type="text"
              aria-label={t('projects.rename.label', { name: project.name })}
              value={draft}
              autoFocus
              onChange={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setDraft(null);
                }
              }}
            />
            <button type="submit" className="button primary">
              {t('app.action.save')}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('app.action.cancel')}
            </button>
          </form>
        )}
      </td>
      <td className="muted">{formatDateTime(project.updatedAt)}</td>
      <td className="row-actions">
        <button type="button" className="button" aria-label={t('projects.open.label', { name: project.name })} onClick={onOpen}>
          {t('projects.open')}
        </button>
        <button type="button" className="button" aria-label={t('projects.rename.button', { name: project.name })} onClick={() => setDraft(project.name)}>
          {t('projects.rename')}
        </button>
        <button type="button" className="button danger-outline" aria-label={t('projects.delete.button', { name: project.name })} onClick={onDelete}>
          {t('projects.delete')}
        </button>
      </td>
    </tr>
  );
};
