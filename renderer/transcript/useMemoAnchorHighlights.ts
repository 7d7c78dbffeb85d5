// Underlines the words memos are anchored to (a Word comment imported with the file, issue 12) with one CSS Custom
// Highlight, painted afresh whenever the transcript renders or the anchors change; the editor's nodes stay untouched.
import { useEffect } from 'react';
import type { MemoRange } from '../../shared/model/index.ts';
import { highlightsSupported } from './codedHighlights.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';

export const MEMO_ANCHOR_HIGHLIGHT = 'cw-memo-anchor';

export const useMemoAnchorHighlights = (surface: TranscriptSurface | null, version: number, ranges: readonly MemoRange[], hidden: boolean): void => {
  useEffect(() => {
    if (!highlightsSupported()) return undefined;
    if (surface === null || hidden || ranges.length === 0) {
      CSS.highlights.delete(MEMO_ANCHOR_HIGHLIGHT);
      return undefined;
    }
    const painted = ranges.flatMap((range) => surface.staticRangeOf(range.start, range.end) ?? []);
    const highlight = new Highlight(...painted);
    CSS.highlights.set(MEMO_ANCHOR_HIGHLIGHT, highlight);
    return () => {
      if (CSS.highlights.get(MEMO_ANCHOR_HIGHLIGHT) === highlight) CSS.highlights.delete(MEMO_ANCHOR_HIGHLIGHT);
    };
  }, [surface, version, ranges, hidden]);
};
