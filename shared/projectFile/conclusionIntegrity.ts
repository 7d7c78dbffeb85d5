// Integrity of the conclusions in a project file. Refused: a conclusion with no status history (it would have no
// status of its own) or with two evidence items or tactic entries of one id (removing or resolving one would hit the
// other). Repaired with the user's agreement: a rival of a conclusion the file does not hold, or of itself, becomes a
// rival of nothing (deleting a conclusion does the same to its rivals). Left as they are, as the app leaves them:
// evidence naming a coding, display, memo or member check that does not exist. The conclusion shows it as lost
// evidence; evidence never vanishes silently.
import type { Conclusion, Id } from '../model/index.ts';
import { tableEntryPath } from './projectFileFormat.ts';
import { projectFileProblem, type ProjectFileProblem, type Repair } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

const firstRepeated = (ids: readonly Id[]): Id | undefined => ids.find((id, index) => ids.indexOf(id) !== index);

/** What is wrong with one conclusion's own structure, or null. */
const conclusionFault = (conclusion: Conclusion): string | null => {
  if (conclusion.statusHistory.length === 0) return 'no status history';
  const evidence = firstRepeated(conclusion.evidence.map((item) => item.id));
  if (evidence !== undefined) return `two evidence items with the id ${evidence}`;
  const tactic = firstRepeated(conclusion.tactics.map((entry) => entry.id));
  return tactic === undefined ? null : `two tactic entries with the id ${tactic}`;
};

export const conclusionProblems = (snapshot: ProjectSnapshot, file: string): ProjectFileProblem[] =>
  snapshotRows(snapshot, 'conclusions').flatMap((conclusion) => {
    const detail = conclusionFault(conclusion);
    return detail === null ? [] : [projectFileProblem('conclusionDamaged', file, { entry: tableEntryPath('conclusions'), conclusion: conclusion.id, detail })];
  });

export const conclusionRepairs = (snapshot: ProjectSnapshot): Repair[] => {
  const conclusions = snapshotRows(snapshot, 'conclusions');
  const ids = new Set(conclusions.map((conclusion) => conclusion.id));
  return conclusions.flatMap((conclusion): Repair[] => {
    const rival = conclusion.rivalOfId;
    if (rival === null || (ids.has(rival) && rival !== conclusion.id)) return [];
    return [{
      action: { kind: 'clearRival', conclusionId: conclusion.id },
      message: { key: 'projectFile.repair.conclusionMissingRival', params: { conclusion: conclusion.statement.plainText, rival } },
    }];
  });
};
