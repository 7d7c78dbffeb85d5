// The shared transcript selection and the recent-codes list: listeners hear real changes only, empty selections
// clear, recent codes are newest first without repeats and capped.
import { describe, expect, it } from 'vitest';
import { getTranscriptSelection, setTranscriptSelection, subscribeTranscriptSelection } from '../../../../renderer/coding/codingSelection.ts';
import { forgetRecentCode, getRecentCodes, noteRecentCode, RECENT_CODES_LIMIT } from '../../../../renderer/coding/recentCodes.ts';
import { codingShortcutOf } from '../../../../renderer/screens/source/useCodingShortcuts.ts';

describe('transcript selection', () => {
  it('notifies on change only and treats an empty range as no selection', () => {
    let calls = 0;
    const stop = subscribeTranscriptSelection(() => {
      calls += 1;
    });
    setTranscriptSelection({ sourceId: 's', start: 2, end: 7, text: 'hello' });
    setTranscriptSelection({ sourceId: 's', start: 2, end: 7, text: 'hello' });
    expect(calls).toBe(1);
    expect(getTranscriptSelection()).toEqual({ sourceId: 's', start: 2, end: 7, text: 'hello' });
    setTranscriptSelection({ sourceId: 's', start: 7, end: 7, text: '' });
    expect(getTranscriptSelection()).toBeNull();
    expect(calls).toBe(2);
    stop();
    setTranscriptSelection({ sourceId: 's', start: 1, end: 2, text: 'x' });
    expect(calls).toBe(2);
    setTranscriptSelection(null);
  });
});

describe('recent codes', () => {
  it('keeps the newest first, without repeats, at most eight', () => {
    for (let index = 0; index < 10; index += 1) noteRecentCode(`c${index}`);
    noteRecentCode('c5');
    const recent = getRecentCodes();
    expect(recent).toHaveLength(RECENT_CODES_LIMIT);
    expect(recent.slice(0, 3)).toEqual(['c5', 'c9', 'c8']);
    expect(new Set(recent).size).toBe(recent.length);
    forgetRecentCode('c9');
    expect(getRecentCodes()).not.toContain('c9');
  });
});

describe('coding shortcuts', () => {
  const key = (init: Partial<Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>>) =>
    ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init });

  it('opens the picker with Ctrl/Cmd+K or "/", and codes in vivo with Ctrl/Cmd+Shift+I', () => {
    expect(codingShortcutOf(key({ key: 'k', ctrlKey: true }), false)).toBe('picker');
    expect(codingShortcutOf(key({ key: 'k', metaKey: true }), true)).toBe('picker');
    expect(codingShortcutOf(key({ key: '/' }), false)).toBe('picker');
    expect(codingShortcutOf(key({ key: 'I', code: 'KeyI', ctrlKey: true, shiftKey: true }), false)).toBe('inVivo');
  });

  it('leaves "/" to text fields and ignores other keys', () => {
    expect(codingShortcutOf(key({ key: '/' }), true)).toBeNull();
    expect(codingShortcutOf(key({ key: 'k' }), false)).toBeNull();
    expect(codingShortcutOf(key({ key: 'i', ctrlKey: true }), false)).toBeNull();
    expect(codingShortcutOf(key({ key: 'k', ctrlKey: true, altKey: true }), false)).toBeNull();
  });
});
