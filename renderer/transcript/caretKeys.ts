// The keys of the read-only transcript's caret: which key press moves the caret or extends the selection (and by how
// much), and which selects the sentence, paragraph or speaker turn around it. Pure, so the key map is unit-tested;
// useTranscriptCaret carries the commands out on the DOM selection.
import { trimRange, unitAt, widenToUnit, type UnitSource } from '../../shared/text/textUnits.ts';
import type { TextRange } from '../../shared/text/textEdit.ts';

/** Granularities of Selection.modify the caret uses. */
export type CaretStep = 'character' | 'word' | 'line' | 'lineboundary' | 'paragraph' | 'documentboundary';

export type SelectableUnit = 'sentence' | 'paragraph' | 'turn';

export type CaretCommand =
  | { kind: 'move'; extend: boolean; direction: 'forward' | 'backward'; step: CaretStep }
  | { kind: 'unit'; unit: SelectableUnit }
  | { kind: 'all' };

export type CaretKeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Unmodified letters select a unit: the transcript takes no typing, and no browser or app shortcut uses a bare letter
 * there ("/" opens the code picker). Shift, Ctrl, Alt or Cmd with them leaves the key to others.
 */
export const UNIT_KEYS: Readonly<Record<string, SelectableUnit>> = { s: 'sentence', p: 'paragraph', t: 'turn' };

const ARROWS: Readonly<Record<string, { direction: 'forward' | 'backward'; vertical: boolean }>> = {
  ArrowLeft: { direction: 'backward', vertical: false },
  ArrowRight: { direction: 'forward', vertical: false },
  ArrowUp: { direction: 'backward', vertical: true },
  ArrowDown: { direction: 'forward', vertical: true },
};

/**
 * The step of an arrow with its modifiers, as text fields move: on Windows and Linux Ctrl+←/→ by word and Ctrl+↑/↓ by
 * paragraph; on a Mac ⌥ by word or paragraph and ⌘ to the line's or the text's ends.
 */
const arrowStep = (vertical: boolean, event: CaretKeyEvent, mac: boolean): CaretStep | null => {
  const word = mac ? event.altKey && !event.metaKey && !event.ctrlKey : event.ctrlKey && !event.altKey && !event.metaKey;
  const edge = mac && event.metaKey && !event.altKey && !event.ctrlKey;
  const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
  if (plain) return vertical ? 'line' : 'character';
  if (word) return vertical ? 'paragraph' : 'word';
  if (edge) return vertical ? 'documentboundary' : 'lineboundary';
  return null;
};

/** What a key press in the focused transcript does; null leaves it to the browser and the app (Tab, PageDown, Ctrl+K…). */
export const caretCommandOf = (event: CaretKeyEvent, mac: boolean): CaretCommand | null => {
  const arrow = ARROWS[event.key];
  if (arrow !== undefined) {
    const step = arrowStep(arrow.vertical, event, mac);
    return step === null ? null : { kind: 'move', extend: event.shiftKey, direction: arrow.direction, step };
  }
  const command = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if ((event.key === 'Home' || event.key === 'End') && !event.altKey && !other) {
    return { kind: 'move', extend: event.shiftKey, direction: event.key === 'Home' ? 'backward' : 'forward', step: command ? 'documentboundary' : 'lineboundary' };
  }
  if (command && !other && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') return { kind: 'all' };
  const unit = UNIT_KEYS[event.key.toLowerCase()];
  if (unit !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) return { kind: 'unit', unit };
  return null;
};

/**
 * The range a unit key selects: with a collapsed caret, the unit around it; with a selection, the selection's words
 * widened to whole units (so Shift+arrows roughly, then S, gives whole sentences).
 */
export const unitSelection = (source: UnitSource, selection: TextRange, unit: SelectableUnit): TextRange => {
  const words = trimRange(source.text, selection);
  return words.end > words.start ? widenToUnit(source, words, unit) : unitAt(source, unit, selection.start);
};
