// The delete-source confirmation says what goes with the source: how many codings and memos, in plural rules, and its
// kept original file.
import { describe, expect, it } from 'vitest';
import { sourceDeletionMessage } from '../../../../../renderer/screens/source/sourceDeletionMessage.ts';

describe('sourceDeletionMessage', () => {
  it('names the codings and memos the source takes with it', () => {
    expect(sourceDeletionMessage('Owner interview', { codings: 12, memos: 3, sourceTexts: 1 }))
      .toBe('Delete “Owner interview” with its 12 codings and 3 memos? You can undo this.');
  });

  it('uses the singular for one and leaves out what there is none of', () => {
    expect(sourceDeletionMessage('Notes', { codings: 1, sourceTexts: 1 })).toBe('Delete “Notes” with its 1 coding? You can undo this.');
    expect(sourceDeletionMessage('Notes', { memos: 1, sourceTexts: 1 })).toBe('Delete “Notes” with its 1 memo? You can undo this.');
  });

  it('names the kept original file the source takes with it', () => {
    expect(sourceDeletionMessage('Notes', { codings: 2, sourceTexts: 1, sourceOriginals: 1 }))
      .toBe('Delete “Notes” with its 2 codings and kept original file? You can undo this.');
    expect(sourceDeletionMessage('Notes', { sourceTexts: 1, sourceOriginals: 1 })).toBe('Delete “Notes” with its kept original file? You can undo this.');
  });

  it('says so when nothing is coded in the source', () => {
    expect(sourceDeletionMessage('Notes', { sourceTexts: 1 })).toBe('Delete “Notes”? Nothing is coded in it and no memo is written about it. You can undo this.');
  });
});
