// Integrity of the member checks in a project file. Refused: a record with two items of one id (an answer or a
// conclusion's evidence would name both). Repaired with the user's agreement, as the app's own deletes leave things:
// a record of an informant the file does not hold goes (deleting an informant deletes their member checks), and a
// record whose words-source is gone keeps its words, linked to no source. Left as they are: items naming returned
// material or changed conclusions that are gone; the record shows them as gone, what the informant saw stays known.
import type { Id, MemberCheck } from '../model/index.ts';
import { tableEntryPath } from './projectFileFormat.ts';
import { projectFileProblem, type ProjectFileProblem, type Repair } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

const repeatedItem = (check: MemberCheck): Id | undefined =>
  check.items.map((item) => item.id).find((id, index, ids) => ids.indexOf(id) !== index);

export const memberCheckProblems = (snapshot: ProjectSnapshot, file: string): ProjectFileProblem[] =>
  snapshotRows(snapshot, 'memberChecks').flatMap((check) => {
    const item = repeatedItem(check);
    return item === undefined ? [] : [projectFileProblem('memberCheckDamaged', file, {
      entry: tableEntryPath('memberChecks'), memberCheck: check.id, detail: `two items with the id ${item}`,
    })];
  });

export const memberCheckRepairs = (snapshot: ProjectSnapshot): Repair[] => {
  const informants = new Set(snapshotRows(snapshot, 'informants').map((informant) => informant.id));
  const sources = new Set(snapshotRows(snapshot, 'sources').map((source) => source.id));
  return snapshotRows(snapshot, 'memberChecks').flatMap((check): Repair[] => {
    if (!informants.has(check.informantId)) {
      return [{
        action: { kind: 'removeMemberCheck', memberCheckId: check.id },
        message: { key: 'projectFile.repair.memberCheckMissingInformant', params: { memberCheck: check.id, informant: check.informantId } },
      }];
    }
    if (check.wordsSourceId === null || sources.has(check.wordsSourceId)) return [];
    return [{
      action: { kind: 'unlinkWordsSource', memberCheckId: check.id },
      message: { key: 'projectFile.repair.memberCheckMissingWordsSource', params: { memberCheck: check.id, source: check.wordsSourceId } },
    }];
  });
};
