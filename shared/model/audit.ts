// The append-only audit trail: who did what to which object, when.
import type { Id, IsoInstant } from './ids.ts';

export type AuditEvent = {
  id?: number;
  projectId: Id;
  at: IsoInstant;
  /** The Coder who acted. */
  actorId: Id;
  action: string;
  objectType: string;
  objectId: Id;
  detail: string;
};
