// Text corrections as edits: replace the UTF-16 range [from, to) of a text with `insert`. Single and batched edits.
import { CodebookError } from '../codebook/codebookError.ts';

export type TextEdit = { from: number; to: number; insert: string };

export type TextRange = { start: number; end: number };

export const isValidEdit = (textLength: number, edit: TextEdit): boolean =>
  Number.isInteger(edit.from) && Number.isInteger(edit.to) && edit.from >= 0 && edit.from <= edit.to && edit.to <= textLength;

const assertEdit = (textLength: number, edit: TextEdit): void => {
  if (!isValidEdit(textLength, edit)) {
    throw new CodebookError('text.error.badEdit', { from: edit.from, to: edit.to, length: textLength });
  }
};

export const applyTextEdit = (text: string, edit: TextEdit): string => {
  assertEdit(text.length, edit);
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
};

/**
 * Checks that a batch of edits, all in offsets of the same original text, is sorted and non-overlapping.
 * Two edits may touch (one ends where the next starts) unless both are pure insertions at one point.
 */
export const assertEditBatch = (textLength: number, edits: readonly TextEdit[]): void => {
  edits.forEach((edit, index) => {
    assertEdit(textLength, edit);
    const previous = index === 0 ? undefined : edits[index - 1];
    if (previous === undefined) return;
    const bothInsertAtOnePoint = previous.from === previous.to && edit.from === edit.to && previous.to === edit.from;
    if (edit.from < previous.to || bothInsertAtOnePoint) {
      throw new CodebookError('text.error.overlappingEdits', { at: edit.from });
    }
  });
};

/** Applies a batch of edits expressed in offsets of the original text (see assertEditBatch). */
export const applyTextEdits = (text: string, edits: readonly TextEdit[]): string => {
  assertEditBatch(text.length, edits);
  let result = '';
  let cursor = 0;
  for (const edit of edits) {
    result += text.slice(cursor, edit.from) + edit.insert;
    cursor = edit.to;
  }
  return result + text.slice(cursor);
};

/** The edits that turn the corrected text back into the original (offsets of the corrected text). */
export const invertTextEdits = (originalText: string, edits: readonly TextEdit[]): TextEdit[] => {
  assertEditBatch(originalText.length, edits);
  let shift = 0;
  return edits.map((edit) => {
    const from = edit.from + shift;
    shift += edit.insert.length - (edit.to - edit.from);
    return { from, to: from + edit.insert.length, insert: originalText.slice(edit.from, edit.to) };
  });
};
