// Integrity of the memos anchored to a range of a source's text (format 6): a range that covers none of its source's
// text (empty, reversed, or past the end) is dropped with the user's agreement; the memo stays on the source, as a
// correction that deletes the words leaves it. A memo whose source is missing is the target check's (projectIntegrity.ts).
import { isRangeInText, memoRangeOf } from '../model/index.ts';
import { tableEntryPath } from './projectFileFormat.ts';
import type { Repair } from './projectFileProblem.ts';
import { snapshotRows, type ProjectSnapshot } from './projectSnapshot.ts';

export const memoRangeRepairs = (snapshot: ProjectSnapshot): Repair[] => {
  const sources = new Map(snapshotRows(snapshot, 'sources').map((source) => [source.id, source.title]));
  const lengths = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text.length]));
  return snapshotRows(snapshot, 'memos').flatMap((memo): Repair[] => {
    const range = memoRangeOf(memo);
    if (range === null || memo.target.kind !== 'source') return [];
    const title = sources.get(memo.target.id);
    const length = lengths.get(memo.target.id);
    if (title === undefined || length === undefined || isRangeInText(range, length)) return [];
    return [{
      action: { kind: 'dropMemoRange', memoId: memo.id },
      message: {
        key: 'memoAnchors.repair.rangeOutsideText',
        params: { title: memo.title, source: title, start: range.start, end: range.end, length, entry: tableEntryPath('memos') },
      },
    }];
  });
};
