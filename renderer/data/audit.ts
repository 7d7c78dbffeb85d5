// The audit trail: commit() appends one event per change inside the writing transaction (so an action and its
// trail commit or fail together), stamped with the current coder's id, and bumps the project's updatedAt.
import type { AuditIntent } from '../../shared/project/auditIntent.ts';
import type { AuditEvent, Id } from '../../shared/model/index.ts';
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

/**
 * Call only inside commit's transaction: adds a trail read from a project file, in its order and without the ids it
 * had elsewhere, so this database numbers the events after its own (audit ids are local to a database).
 */
export const appendLoadedTrail = async (db: CaseweaveDatabase, trail: readonly AuditEvent[]): Promise<void> => {
  await db.auditEvents.bulkAdd(trail.map(({ id: _id, ...event }) => event));
};

export const listAuditEvents = (db: CaseweaveDatabase, projectId: Id) =>
  db.auditEvents.where('projectId').equals(projectId).sortBy('id');

/** The events about one object of the project (by the trail's objectId index), in the trail's order. */
export const listObjectEvents = async (db: CaseweaveDatabase, projectId: Id, objectId: Id): Promise<AuditEvent[]> =>
  (await db.auditEvents.where('objectId').equals(objectId).sortBy('id')).filter((event) => event.projectId === projectId);
