// The one step every way of opening a file shares when the file needs repairs (opening a project file, restoring a
// backup): ask the user, and only on agreement repair the snapshot and say what the audit trail should record.
import { applyRepairs } from '../../../shared/projectFile/applyRepairs.ts';
import type { Repair } from '../../../shared/projectFile/projectFileProblem.ts';
import type { ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';

export type AgreedSnapshot = { snapshot: ProjectSnapshot; repairAudit?: { detail: string } };

/** The snapshot to load (repaired when it needed repairs), or null when the user declined them. */
export const snapshotWithAgreedRepairs = async (
  snapshot: ProjectSnapshot, repairs: readonly Repair[], agree: (repairs: readonly Repair[]) => Promise<boolean>,
): Promise<AgreedSnapshot | null> => {
  if (repairs.length === 0) return { snapshot };
  if (!(await agree(repairs))) return null;
  const repaired = applyRepairs(snapshot, repairs);
  return { snapshot: repaired.snapshot, repairAudit: { detail: repaired.auditDetail } };
};
