// Measures coding stripes from the rendered transcript: the offset window currently on screen (found by binary
// search over the turns' boxes, so only a few are measured) and the vertical extent of one coding's text.
import type { DomTextRun } from './transcriptDom.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';

/**
 * The box of a run's turn paragraph: off-screen turns skip laying out their text (content-visibility), but the
 * paragraph itself always has a box in order, so the search stays monotonic.
 */
const boxOf = (run: DomTextRun): DOMRect => {
  const span = run.node.parentElement;
  return (span?.closest('.turn') ?? span ?? run.node.ownerDocument.body).getBoundingClientRect();
};

/** True when the text of [start, end) is laid out now (no turn it touches is skipped as off-screen). */
export const rangeLaidOut = (surface: TranscriptSurface, start: number, end: number): boolean => {
  const range = surface.staticRangeOf(start, end);
  if (range === null) return true;
  const shown = (node: Node): boolean => node.parentElement?.checkVisibility({ contentVisibilityAuto: true }) ?? true;
  return shown(range.startContainer) && shown(range.endContainer);
};

/** The source offsets shown between viewport y positions `top` and `bottom`; null when no text is there. */
export const offsetWindow = (runs: readonly DomTextRun[], top: number, bottom: number): { start: number; end: number } | null => {
  if (runs.length === 0) return null;
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (boxOf(runs[middle]).bottom < top) low = middle + 1;
    else high = middle;
  }
  const first = low;
  low = first;
  high = runs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (boxOf(runs[middle]).top <= bottom) low = middle + 1;
    else high = middle;
  }
  const last = low - 1;
  if (first >= runs.length || last < first) return null;
  return { start: runs[first].start, end: runs[last].end };
};

/** Vertical extent of the shown text of [start, end), relative to `originTop`; null when none of it is shown. */
export const measureRange = (surface: TranscriptSurface, start: number, end: number, originTop: number): { top: number; bottom: number } | null => {
  let top = Infinity;
  let bottom = -Infinity;
  for (const rect of surface.clientRectsOf(start, end)) {
    if (rect.height === 0) continue;
    top = Math.min(top, rect.top);
    bottom = Math.max(bottom, rect.bottom);
  }
  if (!Number.isFinite(top)) return null;
  return { top: top - originTop, bottom: bottom - originTop };
};

/** The nearest ancestor that scrolls vertically (the main pane), or the document's scrolling element. */
export const scrollParentOf = (element: HTMLElement): HTMLElement => {
  for (let current = element.parentElement; current !== null; current = current.parentElement) {
    const overflow = getComputedStyle(current).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return current;
  }
  return element.ownerDocument.documentElement;
};
