// What one cell (or a total) of a matrix shows for the evidence falling in it: coded segments, distinct informants,
// or coded words. Each coding counts once however many rows or columns it reaches, and overlapping codings in one
// source count their shared words once, so a total is the value over its evidence, not the sum of its cells.
import { countWords } from '../project/sourceRows.ts';
import type { MatrixEvidence } from './matrixEvidence.ts';
import type { MatrixCellContent } from './matrixTypes.ts';

/** The words of the union of the coded ranges, source by source. */
const codedWords = (evidence: readonly MatrixEvidence[]): number => {
  const bySource = new Map<string, MatrixEvidence[]>();
  for (const item of evidence) {
    const list = bySource.get(item.source.id);
    if (list === undefined) bySource.set(item.source.id, [item]);
    else list.push(item);
  }
  let words = 0;
  for (const items of bySource.values()) {
    const { text } = items[0].source;
    const ranges = items.map(({ coding }) => [coding.start, coding.end] as const).sort((a, b) => a[0] - b[0]);
    let [start, end] = ranges[0];
    for (const [nextStart, nextEnd] of ranges.slice(1)) {
      if (nextStart <= end) {
        end = Math.max(end, nextEnd);
        continue;
      }
      words += countWords(text.slice(start, end));
      [start, end] = [nextStart, nextEnd];
    }
    words += countWords(text.slice(start, end));
  }
  return words;
};

export const matrixCellValue = (evidence: readonly MatrixEvidence[], content: MatrixCellContent): number => {
  switch (content) {
    case 'segments':
      return new Set(evidence.map((item) => item.coding.id)).size;
    case 'informants':
      return new Set(evidence.flatMap((item) => item.informantIds)).size;
    case 'words':
      return evidence.length === 0 ? 0 : codedWords([...new Map(evidence.map((item) => [item.coding.id, item])).values()]);
  }
};
