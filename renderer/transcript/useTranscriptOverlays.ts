// Hooks that tie the rendered transcript to coding: publishing the DOM selection as source offsets, tinting coded
// text, showing the remembered selection, and scrolling to (and flashing) a range a route asked for.
import { useEffect, useRef } from 'react';
import type { Code, Coding, Id } from '../../shared/model/index.ts';
import { snapRangeToGraphemes } from '../../shared/text/graphemes.ts';
import { getTranscriptSelection, setTranscriptSelection, useTranscriptSelection } from '../coding/codingSelection.ts';
import { CodedHighlightPainter, FLASH_HIGHLIGHT, paintRange, SELECTION_HIGHLIGHT } from './codedHighlights.ts';
import { scrollParentOf } from './stripeGeometry.ts';
import { trimRangeToWords } from './transcriptOffsets.ts';
import { stickyBandOf } from './useStickyBarPadding.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';

/** Publishes the transcript's DOM selection (trimmed to words, whole clusters) as the shared coding selection. */
export const useSelectionTracking = (surface: TranscriptSurface | null, sourceId: Id, text: string): void => {
  useEffect(() => {
    if (surface === null) return undefined;
    const doc = surface.root.ownerDocument;
    const clearOwn = () => {
      if (getTranscriptSelection()?.sourceId === sourceId) setTranscriptSelection(null);
    };
    const onSelectionChange = () => {
      const selection = doc.getSelection();
      if (selection === null || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      // A selection elsewhere (the code tree, the picker's field) leaves the remembered one alone.
      if (!surface.touches(range)) return;
      // A caret the user did not put there (the browser drops its selection into the text when a focused field
      // after it, like the picker's, is removed) keeps the remembered selection: only one in the focused text clears it.
      if (range.collapsed && doc.activeElement !== surface.root) return;
      const offsets = range.collapsed ? null : surface.offsetsOf(range);
      // Trimmed to words, then widened to whole grapheme clusters: the selection a code is applied to (and the one
      // shown) never splits an emoji or a letter from its accent, wherever the DOM selection ended.
      const words = offsets === null ? null : snapRangeToGraphemes(text, trimRangeToWords(text, offsets.start, offsets.end));
      if (words === null || words.end <= words.start) {
        clearOwn();
        return;
      }
      setTranscriptSelection({ sourceId, start: words.start, end: words.end, text: text.slice(words.start, words.end) });
    };
    doc.addEventListener('selectionchange', onSelectionChange);
    return () => {
      doc.removeEventListener('selectionchange', onSelectionChange);
      // Offsets into another text (a correction) or another source are meaningless now.
      clearOwn();
    };
  }, [surface, sourceId, text]);
};

/** Tints coded text by code colour; a new coding adds one range, a re-render of the text paints afresh. */
export const useCodedHighlights = (
  surface: TranscriptSurface | null, version: number, codings: readonly Coding[], codes: readonly Code[], hidden: boolean,
): void => {
  const painter = useRef<CodedHighlightPainter | null>(null);
  useEffect(() => {
    if (surface === null || hidden) return undefined;
    const own = new CodedHighlightPainter(surface);
    painter.current = own;
    return () => {
      own.clear();
      if (painter.current === own) painter.current = null;
    };
  }, [surface, version, hidden]);
  useEffect(() => {
    if (surface === null || hidden) return;
    const colors = new Map(codes.map((code) => [code.id, code.color]));
    painter.current?.paint(codings, (codeId) => colors.get(codeId));
  }, [surface, version, codings, codes, hidden]);
};

/** Keeps the remembered selection visible after the browser's own selection has moved elsewhere. */
export const useSelectionHighlight = (surface: TranscriptSurface | null, version: number, sourceId: Id): void => {
  const selection = useTranscriptSelection();
  useEffect(() => {
    paintRange(SELECTION_HIGHLIGHT, surface, selection !== null && selection.sourceId === sourceId ? selection : null);
  }, [surface, version, selection, sourceId]);
  useEffect(() => () => paintRange(SELECTION_HIGHLIGHT, null, null), []);
};

const FLASHES = 3;
const FLASH_MS = 350;

/** Scrolls the range into the middle of the view once the text is rendered, blinks it, then leaves it marked. */
export const useRangeHighlight = (
  surface: TranscriptSurface | null, version: number, highlight: { start: number; end: number } | null,
): void => {
  const start = highlight?.start ?? -1;
  const end = highlight?.end ?? -1;
  const ready = surface !== null && version > 0;
  useEffect(() => {
    if (!ready || surface === null || start < 0) return undefined;
    const range = surface.rangeOf(start, end);
    if (range === null) return undefined;
    const scroller = scrollParentOf(surface.root);
    const box = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const viewTop = scroller === surface.root.ownerDocument.documentElement ? 0 : view.top;
    // A range taller than the view starts just below the sticky coding bar, not under it.
    const clear = stickyBandOf(scroller) + 40;
    scroller.scrollTop += box.top - viewTop - Math.max(clear, (scroller.clientHeight - box.height) / 3);
    const timers: number[] = [];
    for (let step = 0; step < FLASHES * 2 + 1; step += 1) {
      timers.push(window.setTimeout(() => paintRange(FLASH_HIGHLIGHT, surface, step % 2 === 0 ? { start, end } : null), step * FLASH_MS));
    }
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
      paintRange(FLASH_HIGHLIGHT, null, null);
    };
    // Only a new range (or the first render) re-runs this; later renders (coding, corrections) never scroll again.
  }, [ready, surface, start, end]);
};
