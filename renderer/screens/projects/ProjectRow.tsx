// One project in the projects table: its name (renamed in place), last change, and open/rename/delete actions.
import { useState } from 'react';
import type { Project } from '../../../shared/model/index.ts';
import { InlineRenameForm } from '../../components/InlineRenameForm.tsx';
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
  const [renaming, setRenaming] = useState(false);

  return (
    <tr className={active ? 'current' : undefined} aria-current={active ? 'true' : undefined}>
      <td>
        {!renaming ? (
          <>
            <button type="button" className="button link strong" onClick={onOpen}>
              {project.name}
            </button>
            {active && <span className="badge neutral">{t('projects.current')}</span>}
            {project.isExample && <span className="badge neutral">{t('projects.example')}</span>}
          </>
        ) : (
          <InlineRenameForm
            label={t('projects.rename.label', { name: project.name })}
            initial={project.name}
            onSave={async (name) => (await onRename(name)) === true}
            onClose={() => setRenaming(false)}
          />
        )}
      </td>
      <td className="muted">{formatDateTime(project.updatedAt)}</td>
      <td className="row-actions">
        <button type="button" className="button" aria-label={t('projects.open.label', { name: project.name })} onClick={onOpen}>
          {t('projects.open')}
        </button>
        <button type="button" className="button" aria-label={t('projects.rename.button', { name: project.name })} onClick={() => setRenaming(true)}>
          {t('projects.rename')}
        </button>
        <button type="button" className="button danger-outline" aria-label={t('projects.delete.button', { name: project.name })} onClick={onDelete}>
          {t('projects.delete')}
        </button>
      </td>
    </tr>
  );
};
