// The rendered transcript as the coding overlay sees it: its root element, the cached spoken-text runs (read
// from the DOM after each render) and the conversions between DOM ranges, screen points and source offsets.
import {
  domPointToOffset, domRangeToOffsets, isTextRun, offsetAtPoint, offsetsToDomRange, offsetsToStaticRange, readTranscriptRuns, type DomTextRun, type RangeEdge,
} from './transcriptDom.ts';
import { offsetToRunPoint, type SnapBias } from './transcriptOffsets.ts';

export class TranscriptSurface {
  readonly root: HTMLElement;
  private runs: DomTextRun[] | null = null;
  private probe: Range | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /** The DOM was re-rendered: runs are read again on next use. */
  invalidate(): void {
    this.runs = null;
  }

  getRuns(): DomTextRun[] {
    this.runs ??= readTranscriptRuns(this.root);
    return this.runs;
  }

  /** A DOM range over the shown text of [start, end), or null when none of it is shown. */
  rangeOf(start: number, end: number): Range | null {
    return offsetsToDomRange(this.getRuns(), start, end);
  }

  /** A static (not live) range over the shown text of [start, end), for highlights; null when none of it is shown. */
  staticRangeOf(start: number, end: number): StaticRange | null {
    return offsetsToStaticRange(this.getRuns(), start, end);
  }

  /**
   * The client rects of the shown text of [start, end) (empty when none is shown), measured with one reused Range
   * rather than a new live Range per call.
   */
  clientRectsOf(start: number, end: number): DOMRect[] {
    const shown = offsetsToStaticRange(this.getRuns(), start, end);
    if (shown === null) return [];
    this.probe ??= this.root.ownerDocument.createRange();
    this.probe.setStart(shown.startContainer, shown.startOffset);
    this.probe.setEnd(shown.endContainer, shown.endOffset);
    const rects = [...this.probe.getClientRects()];
    // Parked on the root, the probe follows no text that a later edit could touch.
    this.probe.selectNodeContents(this.root);
    this.probe.collapse(true);
    return rects;
  }

  /** True when the DOM range touches the transcript at all. */
  touches(range: AbstractRange): boolean {
    return this.root.contains(range.startContainer) || this.root.contains(range.endContainer);
  }

  /** Source offsets of a DOM range that touches the transcript; null when it covers no spoken text. */
  offsetsOf(range: AbstractRange): { start: number; end: number } | null {
    return domRangeToOffsets(this.root, range);
  }

  /** The source offset of one DOM point (a caret); off spoken text, a start snaps forward and an end backward. */
  offsetOfPoint(node: Node, offset: number, edge: RangeEdge): number | null {
    return domPointToOffset(this.root, node, offset, edge);
  }

  /** The DOM point (in shown spoken text) of a source offset; between runs it snaps the way `bias` says. */
  pointOf(offset: number, bias: SnapBias): { node: Text; offset: number } | null {
    const runs = this.getRuns();
    const point = offsetToRunPoint(runs, offset, bias) ?? offsetToRunPoint(runs, offset, bias === 'forward' ? 'backward' : 'forward');
    return point === null ? null : { node: runs[point.index].node, offset: point.offset };
  }

  /** True when the DOM point lies in the transcript's spoken text (not a label, not outside). */
  holdsText(node: Node | null): boolean {
    return isTextRun(node) && this.root.contains(node);
  }

  /** The offset under a viewport point, or null when the point is not over spoken text. */
  offsetAt(x: number, y: number): number | null {
    return offsetAtPoint(this.root, x, y);
  }
}
