// The coders a project refers to (who applied its codings, wrote its memos, summary sheets and conclusions' history, acted in its audit
// trail): the only installation rows a project file carries, since coders belong to the installation, not to one project.
import type { Coder, Id } from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

export const referencedCoderIds = (snapshot: ProjectSnapshot): Set<Id> => new Set([
  ...snapshotRows(snapshot, 'codings').map((coding) => coding.coderId),
  ...snapshotRows(snapshot, 'memos').map((memo) => memo.authorId),
  ...snapshotRows(snapshot, 'summarySheets').map((sheet) => sheet.authorId),
  ...snapshotRows(snapshot, 'conclusions').flatMap((conclusion) => [
    ...conclusion.statusHistory.map((change) => change.coderId),
    ...conclusion.evidence.map((item) => item.addedBy),
    ...conclusion.tactics.map((entry) => entry.coderId),
  ]),
  ...snapshotRows(snapshot, 'auditEvents').map((event) => event.actorId),
]);

/** Of `coders` (by default the snapshot's own), those the project refers to. */
export const referencedCoders = (snapshot: ProjectSnapshot, coders: readonly Coder[] = snapshotRows(snapshot, 'coders')): Coder[] => {
  const ids = referencedCoderIds(snapshot);
  return coders.filter((coder) => ids.has(coder.id));
};
