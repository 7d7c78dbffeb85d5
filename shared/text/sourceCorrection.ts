// A transcript correction as one unit: the new text, the turns, codings and anchored memos moved with it, and what to write.
import { codingChange, type CodingSnapshot } from '../codebook/codingSnapshot.ts';
import { tableChange, type ProjectChange } from '../project/projectChange.ts';
import type { Coding, Memo } from '../model/index.ts';
import { moveMemoRanges } from './memoRangeCorrection.ts';
import type { Turn } from '../model/source.ts';
import { mapRangesThroughEdits } from './offsetMapping.ts';
import { applyTextEdits, type TextEdit } from './textEdit.ts';
import { diffTexts } from './textDiff.ts';

export type SourceCorrectionInput = {
  text: string;
  turns: readonly Turn[];
  /** The codings of this source (codings of other sources are ignored). */
  codings: readonly Coding[];
  /** The memos on this source; those anchored to a range move with its words. */
  memos?: readonly Memo[];
};

export type SourceCorrection = {
  text: string;
  turns: Turn[];
  /** The edits applied, in offsets of the old text. */
  edits: TextEdit[];
  /** Codings whose offsets changed, with their new offsets. */
  movedCodings: Coding[];
  /** Codings whose words were deleted entirely. */
  removedCodings: Coding[];
  /** The coding writes, in the shape the coding store applies (and inverts for undo). */
  codingChange: ProjectChange;
  /** Anchored memos whose range moved, or that lost it because its words were all deleted. */
  movedMemos: Memo[];
  unanchoredMemos: Memo[];
  /** The memo writes (puts only: a memo is never deleted by a correction). */
  memoChange: ProjectChange;
};

/** Applies edits (offsets of input.text) to a source and moves its turns and codings with them. */
export const correctSourceWithEdits = (input: SourceCorrectionInput, edits: readonly TextEdit[]): SourceCorrection => {
  const text = applyTextEdits(input.text, edits);
  const turns = mapRangesThroughEdits(input.turns, edits, input.text);
  // Codings land on grapheme-cluster boundaries of the corrected text; turns are structure and only move.
  const codings = mapRangesThroughEdits(input.codings, edits, input.text, text);
  const memos = moveMemoRanges(input.memos ?? [], edits, input.text);
  const memoWrites = [...memos.moved, ...memos.unanchored];
  return {
    text,
    // A turn whose words were all deleted no longer exists in the text.
    turns: turns.kept,
    edits: [...edits],
    movedCodings: codings.moved,
    removedCodings: codings.removed,
    codingChange: codingChange({ putCodings: codings.moved, deleteCodingIds: codings.removed.map((coding) => coding.id) }),
    movedMemos: memos.moved,
    unanchoredMemos: memos.unanchored,
    memoChange: memoWrites.length === 0 ? {} : tableChange('memos', memoWrites),
  };
};

/** Same as correctSourceWithEdits, for a correction saved as a whole new text (the edits are diffed out). */
export const correctSourceText = (input: SourceCorrectionInput, newText: string): SourceCorrection =>
  correctSourceWithEdits(input, diffTexts(input.text, newText));

/** Restricts a coding snapshot to one source's codings, the input correctSource* expects. */
export const codingsOfSource = (snapshot: CodingSnapshot, sourceId: string): Coding[] =>
  snapshot.codings.filter((coding) => coding.sourceId === sourceId);
