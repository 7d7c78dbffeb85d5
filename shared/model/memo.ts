// A memo: the researcher's rich-text note on the project, a source, a code, a coding, a display or a conclusion.
import type { Id, IsoInstant } from './ids.ts';

export type MemoTarget =
  | { kind: 'project' }
  | { kind: 'source'; id: Id }
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
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export const memoTargetKey = (target: MemoTarget): string =>
  target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
