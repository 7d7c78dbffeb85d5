// Writes a planned change into a project snapshot held in memory, as the app's commit writes it into the database:
// the change completed with its registry cascades, then per table its deletes and puts; then the audit event,
// stamped with who and when, appended to the trail, and the project's updatedAt moved to it. This is how the CLI
// edits a project file with the same planners the app runs. Only the project-file tables are kept (installation
// settings such as appState belong to no file).
import { completeCascades, lookupIn } from './cascade.ts';
import type { AuditIntent } from './auditIntent.ts';
import { projectFileTables } from './entityRegistry.ts';
import { applyTableChange, deletesOf, putsOf, type ProjectChange } from './projectChange.ts';
import type { TableName, TableRows } from './tableRows.ts';
import type { Coder, IsoInstant } from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot, type SnapshotTables } from '../projectFile/projectSnapshot.ts';

/** Who writes and when: the coder the audit event names (added to the snapshot's coders when missing) and the time. */
export type SnapshotWriter = { actor: Coder; at: IsoInstant };

const withTable = <T extends TableName>(tables: SnapshotTables, table: T, rows: TableRows[T][]): SnapshotTables => ({ ...tables, [table]: rows });

/**
 * Audit events have no key in a file (the database numbers them): a change puts one only with its project's row, a
 * project written whole (the example's trail), as the app's commit allows; any other event comes with the change's
 * audit intent. The only deletion that reaches them is their project's, which takes the whole trail.
 */
const trailAfter = (snapshot: ProjectSnapshot, change: ProjectChange): TableRows['auditEvents'][] => {
  const wholeProjects = new Set(putsOf(change, 'projects').map((project) => project.id));
  const put = putsOf(change, 'auditEvents');
  if (put.some((event) => !wholeProjects.has(event.projectId))) throw new Error('A change cannot write audit events; they come with its audit intent');
  const deletedProjects = new Set(deletesOf(change, 'projects'));
  return [...snapshotRows(snapshot, 'auditEvents').filter((event) => !deletedProjects.has(event.projectId)), ...put];
};

/** The snapshot with `change` (and its cascades) applied; the snapshot given is left as it was. */
export const applyChangeToSnapshot = async (snapshot: ProjectSnapshot, change: ProjectChange): Promise<ProjectSnapshot> => {
  const complete = await completeCascades(change, lookupIn(snapshot.tables));
  let tables = snapshot.tables;
  for (const table of projectFileTables()) {
    if (deletesOf(complete, table).length === 0 && putsOf(complete, table).length === 0) continue;
    if (table === 'auditEvents') tables = withTable(tables, table, trailAfter(snapshot, complete));
    else tables = withTable(tables, table, applyTableChange(table, snapshotRows(snapshot, table), complete));
  }
  return { projectId: snapshot.projectId, tables };
};

/**
 * The snapshot after a planned change and its audit event (null: none), as one commit would leave the database: the
 * event is skipped when the change deletes the project, and the project's updatedAt moves to the event's time
 * unless the change wrote the project row itself.
 */
export const commitToSnapshot = async (
  snapshot: ProjectSnapshot, planned: { change: ProjectChange; audit: AuditIntent | null }, { actor, at }: SnapshotWriter,
): Promise<ProjectSnapshot> => {
  const changed = await applyChangeToSnapshot(snapshot, planned.change);
  const { audit } = planned;
  if (audit === null || deletesOf(planned.change, 'projects').includes(audit.projectId)) return changed;
  let tables = withTable(changed.tables, 'auditEvents', [...snapshotRows(changed, 'auditEvents'), { ...audit, at, actorId: actor.id }]);
  const coders = snapshotRows(changed, 'coders');
  if (!coders.some((coder) => coder.id === actor.id)) tables = withTable(tables, 'coders', [...coders, actor]);
  if (!putsOf(planned.change, 'projects').some((project) => project.id === audit.projectId)) {
    const projects = snapshotRows(changed, 'projects').map((project) => (project.id === audit.projectId ? { ...project, updatedAt: at } : project));
    tables = withTable(tables, 'projects', projects);
  }
  return { projectId: changed.projectId, tables };
};
