// Storing an informant import (rows read by shared/import/informantRows.ts from a CSV or XLSX file) as ONE commit:
// the new informants, the updates of those the project had, their roles among the presets and the attribute
// columns declared on the project — one audit event, and one undo step.
import { t } from '../../shared/i18n/translate.ts';
import type { ColumnUse, InformantRowOutcome } from '../../shared/import/informantRows.ts';
import { newId, type Id, type Project } from '../../shared/model/index.ts';
import { combineChanges, putsOf, tableChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { newInformantRecord, planNewInformants } from './informants.ts';
import { withRolePreset } from './projects.ts';

export type InformantImport = { fileName: string; uses: readonly ColumnUse[]; rows: readonly InformantRowOutcome[] };

export type InformantImportOutcome = { created: number; updated: number };

/** The project with the import's roles among its presets and its attribute columns declared. */
const withImportedColumns = (project: Project, roles: readonly string[], uses: readonly ColumnUse[]): Project => {
  let updated = project;
  for (const role of roles) updated = withRolePreset(updated, role) ?? updated;
  const declared = [...(updated.settings.attributeDefinitions ?? [])];
  for (const use of uses) {
    if (use.kind !== 'attribute') continue;
    const name = use.name.trim().replace(/\s+/g, ' ');
    if (!declared.some((column) => column.name.toLocaleLowerCase() === name.toLocaleLowerCase())) declared.push({ name, type: use.type });
  }
  return declared.length === (updated.settings.attributeDefinitions ?? []).length ? updated : { ...updated, settings: { ...updated.settings, attributeDefinitions: declared } };
};

export const importInformants = async (
  db: CaseweaveDatabase, projectId: Id, source: InformantImport, undo?: UndoManager,
): Promise<InformantImportOutcome> => {
  const { result } = await commitPlan(db, async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new DataError('data.error.projectNotFound');
    const at = db.clock();
    const creates = source.rows.flatMap((row) => (row.action === 'create' ? [{ id: newId(), ...row.fields }] : []));
    const created = await planNewInformants(db, projectId, creates);
    const updates = source.rows.flatMap((row) => (row.action === 'update' ? [row] : []));
    const stored = await db.informants.bulkGet(updates.map((row) => row.informantId));
    const updated = updates.map((row, index) => {
      const informant = stored[index];
      if (informant?.projectId !== projectId) throw new DataError('data.error.informantNotFound');
      // Validated as a new record would be; the row's values win, what the row leaves empty is kept.
      const fields = newInformantRecord(projectId, row.fields, at);
      return {
        ...informant,
        role: fields.role || informant.role,
        realName: fields.realName ?? informant.realName,
        attributes: { ...informant.attributes, ...fields.attributes },
        updatedAt: at,
      };
    });
    const base = putsOf(created.change, 'projects')[0] ?? project;
    const finalProject = withImportedColumns(base, updated.map((informant) => informant.role), source.uses);
    const projectChange = finalProject === project ? {} : tableChange('projects', [{ ...finalProject, updatedAt: at }]);
    const counts = { created: creates.length, updated: updated.length };
    return {
      change: combineChanges(created.change, tableChange('informants', updated), projectChange),
      audit: {
        projectId, action: 'import-informants', objectType: 'project' as const, objectId: projectId,
        detail: `${source.fileName}: ${counts.created} new, ${counts.updated} updated`,
      },
      result: counts,
    };
  }, undo ? { undo: { manager: undo, label: t('data.undo.importInformants', { file: source.fileName }) } } : {});
  return result;
};
