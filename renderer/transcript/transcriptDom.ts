// Maps between the rendered transcript and offsets into the source's canonical text. Every spoken-text span carries
// data-source-start; DOM points inside them map exactly, and points elsewhere (labels, paragraph edges, line breaks,
// outside the transcript) snap to the nearest spoken text: a range start forward, a range end backward.
import { SOURCE_START_ATTRIBUTE } from './transcriptNodes.ts';
import { visibleRange, type TextRun } from './transcriptOffsets.ts';

export type DomTextRun = TextRun & { node: Text };

export type RangeEdge = 'start' | 'end';

/** True for a text node of spoken words (not a label, a line break or anything outside the transcript's text). */
export const isTextRun = (node: Node | null): node is Text =>
  node !== null && node.nodeType === Node.TEXT_NODE && (node.parentElement?.hasAttribute(SOURCE_START_ATTRIBUTE) ?? false);

const runStartOf = (text: Text): number => Number(text.parentElement?.getAttribute(SOURCE_START_ATTRIBUTE) ?? 0);

/** The spoken-text runs of a rendered transcript, in document (and offset) order. */
export const readTranscriptRuns = (root: HTMLElement): DomTextRun[] => {
  const runs: DomTextRun[] = [];
  for (const element of root.querySelectorAll(`[${SOURCE_START_ATTRIBUTE}]`)) {
    const node = element.firstChild;
    if (!isTextRun(node)) continue;
    const start = runStartOf(node);
    runs.push({ start, end: start + node.length, node });
  }
  return runs;
};

const textRunWalker = (root: HTMLElement): TreeWalker =>
  root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isTextRun(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });

const deepestLastDescendant = (node: Node): Node => {
  let current = node;
  while (current.lastChild !== null) current = current.lastChild;
  return current;
};

/** The first spoken text at or after the DOM point. */
const textRunAfter = (root: HTMLElement, container: Node, offset: number): Text | null => {
  const walker = textRunWalker(root);
  if (container.nodeType !== Node.TEXT_NODE && offset < container.childNodes.length) {
    const child = container.childNodes[offset];
    if (isTextRun(child)) return child;
    walker.currentNode = child;
  } else {
    walker.currentNode = container.nodeType === Node.TEXT_NODE ? container : deepestLastDescendant(container);
  }
  const next = walker.nextNode();
  return isTextRun(next) ? next : null;
};

/** The last spoken text at or before the DOM point. */
const textRunBefore = (root: HTMLElement, container: Node, offset: number): Text | null => {
  const walker = textRunWalker(root);
  if (container.nodeType !== Node.TEXT_NODE && offset > 0) {
    const last = deepestLastDescendant(container.childNodes[offset - 1]);
    if (isTextRun(last)) return last;
    walker.currentNode = last;
  } else {
    walker.currentNode = container;
  }
  const previous = walker.previousNode();
  return isTextRun(previous) ? previous : null;
};

/**
 * The source offset of a DOM point. Inside spoken text it is exact; elsewhere a range start snaps to the next spoken
 * text and a range end to the previous one. Null when no spoken text lies that way.
 */
export const domPointToOffset = (root: HTMLElement, container: Node, offset: number, edge: RangeEdge): number | null => {
  if (!root.contains(container)) {
    const runs = readTranscriptRuns(root);
    if (runs.length === 0) return null;
    const before = (root.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    return before ? runs[0].start : runs[runs.length - 1].end;
  }
  if (isTextRun(container)) return runStartOf(container) + Math.min(offset, container.length);
  if (edge === 'start') {
    const text = textRunAfter(root, container, offset);
    return text === null ? null : runStartOf(text);
  }
  const text = textRunBefore(root, container, offset);
  return text === null ? null : runStartOf(text) + text.length;
};

/** The source range a DOM range covers inside the transcript, or null when it covers no spoken text. */
export const domRangeToOffsets = (root: HTMLElement, range: AbstractRange): { start: number; end: number } | null => {
  const start = domPointToOffset(root, range.startContainer, range.startOffset, 'start');
  const end = domPointToOffset(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
};

/** A DOM range over the shown text of [start, end); null when none of it is shown. */
export const offsetsToDomRange = (runs: readonly DomTextRun[], start: number, end: number): Range | null => {
  const shown = visibleRange(runs, start, end);
  if (shown === null) return null;
  const { from, to } = shown;
  const range = runs[from.index].node.ownerDocument.createRange();
  range.setStart(runs[from.index].node, from.offset);
  range.setEnd(runs[to.index].node, to.offset);
  return range;
};

/**
 * The same span as a StaticRange: it does not follow DOM edits, so the document keeps no bookkeeping for it (thousands
 * of live Ranges slow every DOM mutation and garbage-collect late). For highlights redrawn after each re-render.
 */
export const offsetsToStaticRange = (runs: readonly DomTextRun[], start: number, end: number): StaticRange | null => {
  const shown = visibleRange(runs, start, end);
  if (shown === null) return null;
  const { from, to } = shown;
  return new StaticRange({
    startContainer: runs[from.index].node, startOffset: from.offset, endContainer: runs[to.index].node, endOffset: to.offset,
  });
};

/** The offset under a viewport point (a click), or null when the point is not over spoken text. */
export const offsetAtPoint = (root: HTMLElement, x: number, y: number): number | null => {
  const doc = root.ownerDocument;
  const caret = doc.caretPositionFromPoint?.(x, y);
  if (caret === null || caret === undefined || !isTextRun(caret.offsetNode) || !root.contains(caret.offsetNode)) return null;
  return runStartOf(caret.offsetNode) + caret.offset;
};
