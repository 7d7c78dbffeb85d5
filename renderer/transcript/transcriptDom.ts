// Maps between the rendered transcript and offsets into the source's canonical text. Every spoken-text span carries
// data-source-start; DOM points inside them map exactly, and points elsewhere (labels, paragraph edges, line breaks,
// outside the transcript) snap to the nearest spoken text: a range start forward, a range end backward.
import { SOURCE_START_ATTRIBUTE } from './transcriptNodes.ts';
import { visibleRange, type OffsetSegment } from './transcriptOffsets.ts';

export type DomSegment = OffsetSegment & { node: Text };

export type RangeEdge = 'start' | 'end';

const isSegmentText = (node: Node | null): node is Text =>
  node !== null && node.nodeType === Node.TEXT_NODE && (node.parentElement?.hasAttribute(SOURCE_START_ATTRIBUTE) ?? false);

const segmentStartOf = (text: Text): number => Number(text.parentElement?.getAttribute(SOURCE_START_ATTRIBUTE) ?? 0);

/** The spoken-text segments of a rendered transcript, in document (and offset) order. */
export const readTranscriptSegments = (root: HTMLElement): DomSegment[] => {
  const segments: DomSegment[] = [];
  for (const element of root.querySelectorAll(`[${SOURCE_START_ATTRIBUTE}]`)) {
    const node = element.firstChild;
    if (!isSegmentText(node)) continue;
    const start = segmentStartOf(node);
    segments.push({ start, end: start + node.length, node });
  }
  return segments;
};

const segmentWalker = (root: HTMLElement): TreeWalker =>
  root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isSegmentText(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });

const deepestLastDescendant = (node: Node): Node => {
  let current = node;
  while (current.lastChild !== null) current = current.lastChild;
  return current;
};

/** The first spoken text at or after the DOM point. */
const segmentTextAfter = (root: HTMLElement, container: Node, offset: number): Text | null => {
  const walker = segmentWalker(root);
  if (container.nodeType !== Node.TEXT_NODE && offset < container.childNodes.length) {
    const child = container.childNodes[offset];
    if (isSegmentText(child)) return child;
    walker.currentNode = child;
  } else {
    walker.currentNode = container.nodeType === Node.TEXT_NODE ? container : deepestLastDescendant(container);
  }
  const next = walker.nextNode();
  return isSegmentText(next) ? next : null;
};

/** The last spoken text at or before the DOM point. */
const segmentTextBefore = (root: HTMLElement, container: Node, offset: number): Text | null => {
  const walker = segmentWalker(root);
  if (container.nodeType !== Node.TEXT_NODE && offset > 0) {
    const last = deepestLastDescendant(container.childNodes[offset - 1]);
    if (isSegmentText(last)) return last;
    walker.currentNode = last;
  } else {
    walker.currentNode = container;
  }
  const previous = walker.previousNode();
  return isSegmentText(previous) ? previous : null;
};

/**
 * The source offset of a DOM point. Inside spoken text it is exact; elsewhere a range start snaps to the next spoken
 * text and a range end to the previous one. Null when no spoken text lies that way.
 */
export const domPointToOffset = (root: HTMLElement, container: Node, offset: number, edge: RangeEdge): number | null => {
  if (!root.contains(container)) {
    const segments = readTranscriptSegments(root);
    if (segments.length === 0) return null;
    const before = (root.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    return before ? segments[0].start : segments[segments.length - 1].end;
  }
  if (isSegmentText(container)) return segmentStartOf(container) + Math.min(offset, container.length);
  if (edge === 'start') {
    const text = segmentTextAfter(root, container, offset);
    return text === null ? null : segmentStartOf(text);
  }
  const text = segmentTextBefore(root, container, offset);
  return text === null ? null : segmentStartOf(text) + text.length;
};

/** The source range a DOM range covers inside the transcript, or null when it covers no spoken text. */
export const domRangeToOffsets = (root: HTMLElement, range: AbstractRange): { start: number; end: number } | null => {
  const start = domPointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = domPointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
};

/** A DOM range over the shown text of [start, end); null when none of it is shown. */
export const offsetsToDomRange = (segments: readonly DomSegment[], start: number, end: number): Range | null => {
  const shown = visibleRange(segments, start, end);
  if (shown === null) return null;
  const { from, to } = shown;
  const range = segments[from.index].node.ownerDocument.createRange();
  range.setStart(segments[from.index].node, from.offset);
  range.setEnd(segments[to.index].node, to.offset);
  return range;
};

/**
 * The same span as a StaticRange: it does not follow DOM edits, so the document keeps no bookkeeping for it (thousands
 * of live Ranges slow every DOM mutation and garbage-collect late). For highlights redrawn after each re-render.
 */
export const offsetsToStaticRange = (segments: readonly DomSegment[], start: number, end: number): StaticRange | null => {
  const shown = visibleRange(segments, start, end);
  if (shown === null) return null;
  const { from, to } = shown;
  return new StaticRange({
    startContainer: segments[from.index].node, startOffset: from.offset, endContainer: segments[to.index].node, endOffset: to.offset,
  });
};

/** The offset under a viewport point (a click), or null when the point is not over spoken text. */
export const offsetAtPoint = (root: HTMLElement, x: number, y: number): number | null => {
  const doc = root.ownerDocument;
  const caret = doc.caretPositionFromPoint?.(x, y);
  if (caret === null || caret === undefined || !isSegmentText(caret.offsetNode) || !root.contains(caret.offsetNode)) return null;
  return segmentStartOf(caret.offsetNode) + caret.offset;
};
