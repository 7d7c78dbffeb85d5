// What an action records about itself in the audit trail. The writer adds who and when: the app's commit stamps the
// current coder and the time inside its transaction, the CLI its own coder (shared/project/applyToSnapshot.ts).
import type { Id } from '../model/index.ts';
import type { AuditObjectType } from './entityRegistry.ts';
import type { ProjectChange } from './projectChange.ts';

export type AuditIntent = {
  projectId: Id;
  action: string;
  objectType: AuditObjectType;
  objectId: Id;
  detail: string;
};

/** A change with the audit event that records it and what the action made: what a pure planner hands its writer. */
export type AuditedChange<R> = { change: ProjectChange; audit: AuditIntent; result: R };
