// Memos anchored to a range of a source's text move with its words when the text is corrected, by the same mapping
// as codings (offsetMapping.ts). A memo whose words were all deleted is not deleted with them, as a coding is: it is
// the researcher's (or a Word comment's) note, so it stays on the source without a range.
import { memoRangeOf, type Memo } from '../model/index.ts';
import { mapRangesThroughEdits } from './offsetMapping.ts';
import type { TextEdit } from './textEdit.ts';

export type MovedMemoRanges = {
  /** Anchored memos whose range changed, with their new range. */
  moved: Memo[];
  /** Anchored memos whose words were all deleted, now on the whole source. */
  unanchored: Memo[];
};

/** Moves the ranges of `memos` (those of the corrected source; unanchored ones are ignored) through `edits` of `text`. */
export const moveMemoRanges = (memos: readonly Memo[], edits: readonly TextEdit[], text: string): MovedMemoRanges => {
  const anchored = memos.flatMap((memo) => {
    const range = memoRangeOf(memo);
    return range === null ? [] : [{ memo, start: range.start, end: range.end }];
  });
  const mapped = mapRangesThroughEdits(anchored, edits, text);
  const withRange = ({ memo, start, end }: (typeof anchored)[number]): Memo =>
    (memo.target.kind === 'source' ? { ...memo, target: { ...memo.target, range: { start, end } } } : memo);
  return {
    moved: mapped.moved.map(withRange),
    unanchored: mapped.removed.flatMap(({ memo }) => (memo.target.kind === 'source' ? [{ ...memo, target: { kind: 'source' as const, id: memo.target.id } }] : [])),
  };
};
