// The audit trail: commit() appends one event per change inside the writing transaction (so an action and its
// trail commit or fail together), stamped with the current coder's id, and bumps the project's updatedAt.
import type { AuditIntent } from '../../shared/project/auditIntent.ts';
import type { Id } from '../../shared/model/index.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import type { CaseweaveDatabase } from './database.ts';

export type { AuditIntent };

/**
 * Call only inside commit's transaction. The project's updatedAt moves to the event's time, unless the change
 * itself wrote the project row (its plan stamped it already).
 */
export const appendAuditEvent = async (db: CaseweaveDatabase, intent: AuditIntent, projectRowWritten: boolean): Promise<void> => {
  const at = db.clock();
  const actorId = await currentCoderIdInTransaction(db);
  await db.auditEvents.add({ ...intent, at, actorId });
  if (!projectRowWritten) await db.projects.update(intent.projectId, { updatedAt: at });
};

export const listAuditEvents = (db: CaseweaveDatabase, projectId: Id) =>
  db.auditEvents.where('projectId').equals(projectId).sortBy('id');
