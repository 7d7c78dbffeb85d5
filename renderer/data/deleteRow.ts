// Deleting one row — a project, an informant, a source, a memo, a saved template — the one way: a change that
// deletes it (commit adds what the registry says it cascades to), its audit event, and an undo step that puts
// every row back.
import { ENTITY_REGISTRY } from '../../shared/project/entityRegistry.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import type { TableName, TableRows } from '../../shared/project/tableRows.ts';
import type { Id } from '../../shared/model/index.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import type { DataError } from './errors.ts';

export type Deletion<T extends TableName> = {
  /** The error when the row is not there (deleted meanwhile). */
  missing: () => DataError;
  /** The project whose trail records the deletion; null for installation-wide rows (no audit event). */
  projectOf: (row: TableRows[T]) => Id | null;
  /** The row's name, for the audit event and the undo label. */
  nameOf: (row: TableRows[T]) => string;
  label: (name: string) => string;
  /** Checked before an undo puts the row back (e.g. its name was taken meanwhile). */
  guard?: (name: string) => Promise<void>;
};

export const deleteRow = async <T extends TableName>(
  db: CaseweaveDatabase, table: T, id: Id, deletion: Deletion<T>, undo?: UndoManager,
): Promise<void> => {
  await commitPlan(
    db,
    async () => {
      const row: TableRows[T] | undefined = await db.table(table).get(id);
      if (row === undefined) throw deletion.missing();
      const name = deletion.nameOf(row);
      const projectId = deletion.projectOf(row);
      const objectType = ENTITY_REGISTRY[table].auditType;
      const audit = projectId === null || objectType === null ? null : { projectId, action: 'delete', objectType, objectId: id, detail: name };
      return { change: tableChange(table, [], [id]), audit, result: name };
    },
    undo ? { undo: { manager: undo, label: deletion.label, guard: deletion.guard } } : {},
  );
};
