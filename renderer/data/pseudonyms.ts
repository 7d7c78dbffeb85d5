// Writes the open project's pseudonym list (issue 11, point 4) through the one write path: one audited, undoable
// commit of the project row; and reads the list's replacer for an export.
import { pseudonymReplacer } from '../../shared/export/pseudonymList.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Id, PseudonymEntry } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { withPseudonyms } from '../../shared/project/pseudonymEdits.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

/** Saves `entries` as the project's list; returns false, writing nothing, when the list is unchanged. */
export const savePseudonymList = async (db: CaseweaveDatabase, projectId: Id, entries: readonly PseudonymEntry[], undo?: UndoManager): Promise<boolean> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const project = await db.projects.get(projectId);
      if (project === undefined) throw new DataError('data.error.projectNotFound');
      const updated = withPseudonyms(project, entries);
      if (updated === undefined) return { change: {}, audit: null, result: false };
      const count = updated.settings.pseudonyms?.length ?? 0;
      return {
        change: tableChange('projects', [{ ...updated, updatedAt: db.clock() }]),
        audit: { projectId, action: 'set-pseudonyms', objectType: 'project' as const, objectId: projectId, detail: `${count}` },
        result: true,
      };
    },
    undo ? { undo: { manager: undo, label: () => t('pseudonyms.undo.save') } } : {},
  );
  return result;
};

/** The project's replacer (its list in force, with the informants' real names), read now, for an export. */
export const loadPseudonymReplacer = async (db: CaseweaveDatabase, projectId: Id): Promise<(text: string) => string> => {
  const [project, informants] = await db.transaction('r', [db.projects, db.informants], () =>
    Promise.all([db.projects.get(projectId), db.informants.where('projectId').equals(projectId).toArray()]));
  if (project === undefined) throw new DataError('data.error.projectNotFound');
  return pseudonymReplacer(project, informants);
};
