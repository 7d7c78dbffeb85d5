// The transcript's caret keys: arrows, Home/End and their modifiers move or extend the caret the way text fields do
// (Windows/Linux and Mac conventions), S/P/T select the sentence, paragraph or turn around it, and keys the app or
// browser own (Tab, PageDown, Ctrl+K, "/", shifted letters) are left alone.
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { caretCommandOf, unitSelection, type CaretKeyEvent } from '../../../../renderer/transcript/caretKeys.ts';

const key = (name: string, modifiers: Partial<Omit<CaretKeyEvent, 'key'>> = {}): CaretKeyEvent => ({
  key: name, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers,
});

const move = (direction: 'forward' | 'backward', step: string, extend = false) => ({ kind: 'move', extend, direction, step });

describe('caretCommandOf on Windows and Linux', () => {
  it('moves by character, word, line, paragraph and to the ends of the line and the text', () => {
    expect(caretCommandOf(key('ArrowRight'), false)).toEqual(move('forward', 'character'));
    expect(caretCommandOf(key('ArrowLeft'), false)).toEqual(move('backward', 'character'));
    expect(caretCommandOf(key('ArrowDown'), false)).toEqual(move('forward', 'line'));
    expect(caretCommandOf(key('ArrowUp'), false)).toEqual(move('backward', 'line'));
    expect(caretCommandOf(key('ArrowRight', { ctrlKey: true }), false)).toEqual(move('forward', 'word'));
    expect(caretCommandOf(key('ArrowUp', { ctrlKey: true }), false)).toEqual(move('backward', 'paragraph'));
    expect(caretCommandOf(key('Home'), false)).toEqual(move('backward', 'lineboundary'));
    expect(caretCommandOf(key('End', { ctrlKey: true }), false)).toEqual(move('forward', 'documentboundary'));
  });

  it('extends the selection with Shift: Shift+arrows, Ctrl+Shift+arrows and Shift+Home/End', () => {
    expect(caretCommandOf(key('ArrowLeft', { shiftKey: true }), false)).toEqual(move('backward', 'character', true));
    expect(caretCommandOf(key('ArrowDown', { shiftKey: true }), false)).toEqual(move('forward', 'line', true));
    expect(caretCommandOf(key('ArrowRight', { shiftKey: true, ctrlKey: true }), false)).toEqual(move('forward', 'word', true));
    expect(caretCommandOf(key('ArrowLeft', { shiftKey: true, ctrlKey: true }), false)).toEqual(move('backward', 'word', true));
    expect(caretCommandOf(key('Home', { shiftKey: true }), false)).toEqual(move('backward', 'lineboundary', true));
    expect(caretCommandOf(key('End', { shiftKey: true }), false)).toEqual(move('forward', 'lineboundary', true));
  });

  it('selects the sentence, paragraph or turn with S, P and T (also with Caps Lock), and everything with Ctrl+A', () => {
    expect(caretCommandOf(key('s'), false)).toEqual({ kind: 'unit', unit: 'sentence' });
    expect(caretCommandOf(key('p'), false)).toEqual({ kind: 'unit', unit: 'paragraph' });
    expect(caretCommandOf(key('T'), false)).toEqual({ kind: 'unit', unit: 'turn' });
    expect(caretCommandOf(key('a', { ctrlKey: true }), false)).toEqual({ kind: 'all' });
  });

  it('leaves the app’s and the browser’s keys alone', () => {
    for (const event of [
      key('Tab'), key('Tab', { shiftKey: true }), key('PageDown'), key('PageUp'), key(' '), key('Enter'), key('Escape'), key('/'),
      key('k', { ctrlKey: true }), key('I', { ctrlKey: true, shiftKey: true }), key('z', { ctrlKey: true }),
      key('S', { shiftKey: true }), key('s', { ctrlKey: true }), key('t', { altKey: true }), key('x'),
      key('ArrowLeft', { altKey: true }), key('ArrowRight', { metaKey: true }),
    ]) {
      expect(caretCommandOf(event, false)).toBeNull();
    }
  });
});

describe('caretCommandOf on a Mac', () => {
  it('moves by word with ⌥, to the line’s and the text’s ends with ⌘, and selects all with ⌘A', () => {
    expect(caretCommandOf(key('ArrowLeft', { altKey: true, shiftKey: true }), true)).toEqual(move('backward', 'word', true));
    expect(caretCommandOf(key('ArrowDown', { altKey: true }), true)).toEqual(move('forward', 'paragraph'));
    expect(caretCommandOf(key('ArrowRight', { metaKey: true }), true)).toEqual(move('forward', 'lineboundary'));
    expect(caretCommandOf(key('ArrowUp', { metaKey: true, shiftKey: true }), true)).toEqual(move('backward', 'documentboundary', true));
    expect(caretCommandOf(key('a', { metaKey: true }), true)).toEqual({ kind: 'all' });
    expect(caretCommandOf(key('ArrowRight', { ctrlKey: true }), true)).toBeNull();
    expect(caretCommandOf(key('a', { ctrlKey: true }), true)).toBeNull();
  });
});

describe('unitSelection', () => {
  // Two turns; the second has two lines (paragraphs) with two sentences in the first.
  const text = 'How did it start?\n\nA trader came in 2009. He bought forty drums.\nLater the Dinas invited us.';
  const second = text.indexOf('A trader');
  const turns: Turn[] = [
    { start: 0, end: text.indexOf('\n'), speaker: 'INT', timestamp: null },
    { start: second, end: text.length, speaker: 'HARJO', timestamp: '00:01:05' },
  ];
  const source = { text, turns, language: 'en' };
  const slice = ({ start, end }: { start: number; end: number }) => text.slice(start, end);
  const caret = (phrase: string, into = 0) => ({ start: text.indexOf(phrase) + into, end: text.indexOf(phrase) + into });

  it('selects the sentence, paragraph or turn around a caret', () => {
    expect(slice(unitSelection(source, caret('bought', 2), 'sentence'))).toBe('He bought forty drums.');
    expect(slice(unitSelection(source, caret('bought', 2), 'paragraph'))).toBe('A trader came in 2009. He bought forty drums.');
    expect(slice(unitSelection(source, caret('Dinas'), 'turn'))).toBe('A trader came in 2009. He bought forty drums.\nLater the Dinas invited us.');
    expect(slice(unitSelection(source, caret('start'), 'turn'))).toBe('How did it start?');
  });

  it('widens a selection to whole units, ignoring the blanks it starts or ends on', () => {
    const from = text.indexOf('2009.') + 5;
    const range = { start: from, end: text.indexOf('forty') };
    expect(text.slice(range.start, range.start + 1)).toBe(' ');
    expect(slice(unitSelection(source, range, 'sentence'))).toBe('He bought forty drums.');
    const across = { start: text.indexOf('came'), end: text.indexOf('Later') + 3 };
    expect(slice(unitSelection(source, across, 'sentence'))).toBe('A trader came in 2009. He bought forty drums.\nLater the Dinas invited us.');
    expect(slice(unitSelection(source, across, 'paragraph'))).toBe(slice(unitSelection(source, caret('Dinas'), 'turn')));
  });

  it('takes the unit before a caret at the very end of a turn', () => {
    expect(slice(unitSelection(source, { start: text.length, end: text.length }, 'sentence'))).toBe('Later the Dinas invited us.');
  });
});
