// Integrity of the codes' anchor examples in a project file (format 5): an anchor naming a coding the file does not
// hold, or a coding of another code, is cleared with the user's agreement, as deleting or recoding the coding leaves
// it in the app (the codebook then shows the code's first quote).
import { tableEntryPath } from './projectFileFormat.ts';
import type { Repair } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

export const codeAnchorRepairs = (snapshot: ProjectSnapshot): Repair[] => {
  const codeOfCoding = new Map(snapshotRows(snapshot, 'codings').map((coding) => [coding.id, coding.codeId]));
  return snapshotRows(snapshot, 'codes').flatMap((code): Repair[] => {
    const anchor = code.anchorCodingId;
    if (anchor === undefined || anchor === null || codeOfCoding.get(anchor) === code.id) return [];
    return [{
      action: { kind: 'clearCodeAnchor', codeId: code.id },
      message: {
        key: codeOfCoding.has(anchor) ? 'projectFile.repair.codeAnchorOtherCode' : 'projectFile.repair.codeAnchorMissing',
        params: { code: code.name, coding: anchor, entry: tableEntryPath('codes') },
      },
    }];
  });
};
