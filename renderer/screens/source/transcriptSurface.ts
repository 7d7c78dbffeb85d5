// The rendered transcript as the coding overlay sees it: its root element, the cached spoken-text segments (read
// from the DOM after each render) and the conversions between DOM ranges, screen points and source offsets.
import { domRangeToOffsets, offsetAtPoint, offsetsToDomRange, readTranscriptSegments, type DomSegment } from './transcriptDom.ts';

export class TranscriptSurface {
  readonly root: HTMLElement;
  private segments: DomSegment[] | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /** The DOM was re-rendered: segments are read again on next use. */
  invalidate(): void {
    this.segments = null;
  }

  getSegments(): DomSegment[] {
    this.segments ??= readTranscriptSegments(this.root);
    return this.segments;
  }

  /** A DOM range over the shown text of [start, end), or null when none of it is shown. */
  rangeOf(start: number, end: number): Range | null {
    return offsetsToDomRange(this.getSegments(), start, end);
  }

  /** True when the DOM range touches the transcript at all. */
  touches(range: AbstractRange): boolean {
    return this.root.contains(range.startContainer) || this.root.contains(range.endContainer);
  }

  /** Source offsets of a DOM range that touches the transcript; null when it covers no spoken text. */
  offsetsOf(range: AbstractRange): { start: number; end: number } | null {
    return domRangeToOffsets(this.root, range);
  }

  /** The offset under a viewport point, or null when the point is not over spoken text. */
  offsetAt(x: number, y: number): number | null {
    return offsetAtPoint(this.root, x, y);
  }
}
