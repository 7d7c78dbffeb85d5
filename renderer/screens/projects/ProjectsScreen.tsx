// Projects: create, open, rename and delete (with confirmation, then an Undo toast) the projects on this machine, and
// open project files.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { deleteProject, listProjects, renameProject } from '../../data/projects.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { NewProjectForm } from './NewProjectForm.tsx';
import { ProjectFilesPanel } from './ProjectFilesPanel.tsx';
import { ProjectRow } from './ProjectRow.tsx';

type Props = { activeProjectId: string | null; openProject: (id: string | null) => void };

export const ProjectsScreen = ({ activeProjectId, openProject }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const undo = useUndoManager();
  const projects = useLiveQuery(() => listProjects(db), [db]);
  const [pendingDelete, setPendingDelete] = useState<Project | null>(null);

  const confirmDelete = async (project: Project) => {
    setPendingDelete(null);
    const deleted = await runWrite(async () => {
      await deleteProject(db, project.id, undo);
      return true;
    });
    if (deleted === undefined) return;
    // Taken before the app moves to another project, which clears the undo stack.
    const undoAction = undoToastAction(undo, t('app.action.undo'));
    if (project.id === activeProjectId) {
      const [next] = await listProjects(db);
      openProject(next?.id ?? null);
    }
    notify(t('projects.deleted', { name: project.name }), undoAction);
  };

  return (
    <section className="screen" aria-labelledby="projects-heading">
      <div className="screen-header">
        <h1 id="projects-heading">{t('projects.title')}</h1>
      </div>
      <NewProjectForm onCreated={(project) => openProject(project.id)} />
      {projects !== undefined && projects.length === 0 && <p className="empty-state">{t('projects.empty')}</p>}
      {projects !== undefined && projects.length > 0 && (
        <table className="data-table" aria-label={t('projects.table')}>
          <thead>
            <tr>
              <th scope="col">{t('projects.column.name')}</th>
              <th scope="col">{t('projects.column.updated')}</th>
              <th scope="col" className="actions-column">
                <span className="visually-hidden">{t('projects.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <ProjectRow
                key={project.id}
                project={project}
                active={project.id === activeProjectId}
                onOpen={() => openProject(project.id)}
                onRename={(name) =>
                  runWrite(async () => {
                    await renameProject(db, project.id, name);
                    return true;
                  })
                }
                onDelete={() => setPendingDelete(project)}
              />
            ))}
          </tbody>
        </table>
      )}
      <ProjectFilesPanel />
      {pendingDelete !== null && (
        <ConfirmDialog
          title={t('projects.delete.title')}
          message={t('projects.delete.message', { name: pendingDelete.name })}
          confirmLabel={t('projects.delete.confirm')}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => void confirmDelete(pendingDelete)}
        />
      )}
    </section>
  );
};
