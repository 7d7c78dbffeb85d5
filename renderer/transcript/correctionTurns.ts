// Who speaks where while a transcript is corrected: the source's turns follow each edit of the correction
// textarea (the same offset rules as saved corrections), and the caret's offset finds its turn.
import type { Turn } from '../../shared/model/index.ts';
import { diffTexts, mapRangesThroughEdits } from '../../shared/text/index.ts';

/**
 * The turns of `before` moved through the edits that make `after`, diffed word by word as a saved correction is
 * (so one change that fixes two distant typos, e.g. a paste over the whole text, moves no turn onto another);
 * a turn whose words were all deleted drops out. Only the changed stretch is diffed, so a keystroke stays cheap.
 */
export const followTurns = (turns: readonly Turn[], before: string, after: string): Turn[] =>
  before === after ? [...turns] : mapRangesThroughEdits(turns, diffTexts(before, after), before).kept;

/**
 * The turn the caret at `offset` is in: the last turn starting at or before it (so the blank lines after a turn
 * still belong to it); null before the first turn or when there are none. Turns are sorted by start.
 */
export const turnAtOffset = (turns: readonly Turn[], offset: number): Turn | null => {
  let low = 0;
  let high = turns.length - 1;
  let found: Turn | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const turn = turns[middle];
    if (turn.start <= offset) {
      found = turn;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
};
