// A memo: the researcher's rich-text note on the project, a source, a code, a coding, a display or a conclusion.
// A memo on a source may be anchored to a range of its text (a Word comment imported with the file is one).
import type { Id, IsoInstant } from './ids.ts';

/** Half-open [start, end) in UTF-16 code units of the source's text; moves with the words when the text is corrected. */
export type MemoRange = { start: number; end: number };

export type MemoTarget =
  | { kind: 'project' }
  /** `range`: the words the memo is about; absent, the memo is about the whole source. */
  | { kind: 'source'; id: Id; range?: MemoRange }
  | { kind: 'code'; id: Id }
  | { kind: 'coding'; id: Id }
  | { kind: 'display'; id: Id }
  | { kind: 'conclusion'; id: Id };

/** The categories of the classic audit trail (Halpern, after Lincoln & Guba) an analytic decision is logged under. */
export type DecisionCategory =
  | 'raw-data' | 'data-reduction' | 'reconstruction-synthesis' | 'process-notes' | 'intentions' | 'instrument-development';

export const DECISION_CATEGORIES: readonly DecisionCategory[] = [
  'raw-data', 'data-reduction', 'reconstruction-synthesis', 'process-notes', 'intentions', 'instrument-development',
];

/**
 * Where a memo came from when the researcher did not write it in Caseweave: a comment of an imported Word file,
 * with the name and date Word recorded (data of the file, not a coder: the memo's author is who imported it).
 */
export type MemoOrigin = { kind: 'wordComment'; author: string | null; date: IsoInstant | null };

export type Memo = {
  id: Id;
  projectId: Id;
  target: MemoTarget;
  /** Indexed key derived from target: "project", "source:<id>", "code:<id>", … */
  targetKey: string;
  title: string;
  /** Lexical editor state as JSON. */
  content: string;
  /** Plain-text rendering of content, for search and export. */
  plainText: string;
  /** The Coder who wrote it first. */
  authorId: Id;
  /**
   * Set on an entry of the decision log: a memo on the project recording an analytic decision (its title) and the
   * rationale (its text), under a category of the audit trail. Absent on every other memo.
   */
  decisionCategory?: DecisionCategory;
  /** Set on a memo made from an imported comment; absent on every memo written in Caseweave. */
  origin?: MemoOrigin;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export const memoTargetKey = (target: MemoTarget): string =>
  target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;

/** The range a memo is anchored to, or null when it is about a whole record. */
export const memoRangeOf = (memo: Pick<Memo, 'target'>): MemoRange | null =>
  (memo.target.kind === 'source' && memo.target.range !== undefined ? memo.target.range : null);

/** A range that covers at least one unit of a text `length` long. */
export const isRangeInText = (range: MemoRange, length: number): boolean =>
  Number.isSafeInteger(range.start) && Number.isSafeInteger(range.end) && range.start >= 0 && range.start < range.end && range.end <= length;
