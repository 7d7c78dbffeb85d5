// Keyboard reading of the read-only transcript (caret browsing): Tab focuses it, the arrow keys move a collapsed DOM
// selection through the text with Selection.modify, Shift extends it, S/P/T select the sentence, paragraph or turn
// around it (caretKeys.ts). The text never becomes editable, so no key can change it and Lexical does no work per
// key; the new DOM selection reaches coding the way a mouse selection does (useSelectionTracking publishes it), so
// Ctrl+K and in vivo act on it unchanged. Why not contenteditable with input blocked: Lexical would then track the
// selection, and IME, spell-checking and drops would all need guarding on a 100k-word text.
import { useEffect } from 'react';
import type { Id } from '../../shared/model/index.ts';
import type { UnitSource } from '../../shared/text/textUnits.ts';
import { getTranscriptSelection } from '../coding/codingSelection.ts';
import { caretCommandOf, unitSelection, type CaretCommand } from './caretKeys.ts';
import { offsetWindow, scrollParentOf } from './stripeGeometry.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';
import { stickyBandOf } from './useStickyBarPadding.ts';

/** Room kept between the caret and the pane's edges when it is scrolled into view (about a line). */
const VIEW_MARGIN = 24;
/** How far below the top of the visible text a fresh caret is looked for (about half a line). */
const FIRST_LINE_PROBE_Y = 12;

type MoveCommand = Extract<CaretCommand, { kind: 'move' }>;

const isMac = (): boolean => /Mac|iPhone|iPad/.test(globalThis.navigator?.userAgent ?? '');

export const useTranscriptCaret = (surface: TranscriptSurface | null, source: UnitSource, sourceId: Id): void => {
  useEffect(() => {
    if (surface === null) return undefined;
    const { root } = surface;
    const doc = root.ownerDocument;
    const mac = isMac();

    const selectionHere = (): Selection | null => {
      const selection = doc.getSelection();
      return selection !== null && selection.rangeCount > 0 && root.contains(selection.focusNode) && root.contains(selection.anchorNode) ? selection : null;
    };

    /** Selects [anchor, focus) given as source offsets (focus before anchor selects backwards). */
    const selectOffsets = (anchor: number, focus: number): Selection | null => {
      const selection = doc.getSelection();
      const forward = focus >= anchor;
      const from = surface.pointOf(anchor, forward ? 'forward' : 'backward');
      const to = anchor === focus ? from : surface.pointOf(focus, forward ? 'backward' : 'forward');
      if (selection === null || from === null || to === null) return null;
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
      return selection;
    };

    /** Where the keyboard starts: the remembered selection of this source, else the start of the first line in view. */
    const placeCaret = (): Selection | null => {
      const remembered = getTranscriptSelection();
      if (remembered !== null && remembered.sourceId === sourceId) return selectOffsets(remembered.start, remembered.end);
      const scroller = scrollParentOf(root);
      const view = scroller === doc.documentElement ? { top: 0, bottom: globalThis.innerHeight } : scroller.getBoundingClientRect();
      const viewTop = view.top + stickyBandOf(scroller);
      const box = root.getBoundingClientRect();
      // Probed mid-line (the margin holds paragraph numbers, not text), then taken back to the line's start.
      const offset = surface.offsetAt(box.left + box.width / 2, Math.max(box.top, viewTop) + FIRST_LINE_PROBE_Y)
        ?? offsetWindow(surface.getRuns(), viewTop, view.bottom)?.start;
      const selection = offset === undefined ? null : selectOffsets(offset, offset);
      if (selection !== null) move(selection, { kind: 'move', extend: false, direction: 'backward', step: 'lineboundary' });
      return selection;
    };

    const keepFocusInView = (selection: Selection): void => {
      const { focusNode } = selection;
      if (focusNode === null) return;
      const probe = doc.createRange();
      probe.setStart(focusNode, selection.focusOffset);
      let box = probe.getBoundingClientRect();
      if (box.height === 0) box = (focusNode.parentElement ?? root).getBoundingClientRect();
      const scroller = scrollParentOf(root);
      const view = scroller === doc.documentElement ? { top: 0, bottom: globalThis.innerHeight } : scroller.getBoundingClientRect();
      const top = view.top + stickyBandOf(scroller) + VIEW_MARGIN;
      const bottom = view.bottom - VIEW_MARGIN;
      if (box.top < top) scroller.scrollTop -= top - box.top;
      else if (box.bottom > bottom) scroller.scrollTop += box.bottom - bottom;
    };

    const move = (selection: Selection, command: MoveCommand): void => {
      selection.modify(command.extend ? 'extend' : 'move', command.direction, command.step);
      const { focusNode } = selection;
      if (focusNode === null || surface.holdsText(focusNode)) return;
      // Past the first or last words, onto a speaker label or a line's edge: back onto spoken text. A move by a
      // boundary stays on its line (snaps back), any other goes on the way it went.
      const boundary = command.step === 'lineboundary' || command.step === 'documentboundary';
      const onward = (command.direction === 'forward') !== boundary;
      const offset = surface.offsetOfPoint(focusNode, selection.focusOffset, onward ? 'start' : 'end')
        ?? surface.offsetOfPoint(focusNode, selection.focusOffset, onward ? 'end' : 'start');
      const point = offset === null ? null : surface.pointOf(offset, onward ? 'forward' : 'backward');
      if (point === null) return;
      if (command.extend) selection.extend(point.node, point.offset);
      else selection.collapse(point.node, point.offset);
    };

    const selectUnit = (selection: Selection, unit: 'sentence' | 'paragraph' | 'turn'): Selection | null => {
      const range = selection.getRangeAt(0);
      const caret = surface.offsetOfPoint(range.startContainer, range.startOffset, 'start') ?? surface.offsetOfPoint(range.startContainer, range.startOffset, 'end');
      if (caret === null) return null;
      const current = range.collapsed ? { start: caret, end: caret } : (surface.offsetsOf(range) ?? { start: caret, end: caret });
      const chosen = unitSelection(source, current, unit);
      return chosen.end > chosen.start ? selectOffsets(chosen.start, chosen.end) : null;
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = caretCommandOf(event, mac);
      if (command === null) return;
      event.preventDefault();
      let selection = selectionHere() ?? placeCaret();
      if (selection === null) return;
      if (command.kind === 'move') move(selection, command);
      else if (command.kind === 'unit') selection = selectUnit(selection, command.unit);
      else {
        const runs = surface.getRuns();
        selection = runs.length === 0 ? null : selectOffsets(runs[0].start, runs[runs.length - 1].end);
      }
      if (selection !== null) keepFocusInView(selection);
    };

    // Back in the text by keyboard (Tab, or the picker closing), the keyboard goes on from the selection being coded,
    // wherever the browser left its own; with nothing selected a caret shows at once. A click is left alone: the
    // browser places its selection after the focus, unless a focus handler moved it.
    const onFocus = (): void => {
      if (!root.matches(':focus-visible')) return;
      const remembered = getTranscriptSelection();
      if (remembered !== null && remembered.sourceId === sourceId) selectOffsets(remembered.start, remembered.end);
      else if (selectionHere() === null) placeCaret();
    };

    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('focus', onFocus);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('focus', onFocus);
    };
  }, [surface, source, sourceId]);
};
