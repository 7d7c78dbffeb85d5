// Appends audit events (who did what to which object, when) from inside the writing transaction,
// so an action and its trail commit or fail together; also bumps the project's updatedAt.
import type { Id, IsoInstant } from '../../shared/model/index.ts';
import { getCoderName } from './appState.ts';
import type { CaseweaveDatabase } from './database.ts';

export type AuditEntry = {
  projectId: Id;
  action: string;
  objectType: 'project' | 'informant' | 'source' | 'code' | 'coding' | 'memo';
  objectId: Id;
  detail: string;
  at: IsoInstant;
};

/** Tables every writing transaction must include so it can call recordChange. */
export const auditTables = (db: CaseweaveDatabase) => [db.auditEvents, db.appState, db.projects] as const;

export const recordChange = async (db: CaseweaveDatabase, entry: AuditEntry): Promise<void> => {
  const actor = await getCoderName(db);
  await db.auditEvents.add({ ...entry, actor });
  if (entry.objectType !== 'project' || entry.action !== 'delete') {
    await db.projects.update(entry.projectId, { updatedAt: entry.at });
  }
};

export const listAuditEvents = (db: CaseweaveDatabase, projectId: Id) =>
  db.auditEvents.where('projectId').equals(projectId).sortBy('id');
