// Codes, codings and memos: the code tree, the codes applied to ranges of sources, and the researcher's notes.
import type { Id, IsoInstant } from './ids.ts';

export type CodeStatus = 'draft' | 'stable';

export type Code = {
  id: Id;
  projectId: Id;
  parentId: Id | null;
  /** Position among siblings, ascending. */
  order: number;
  name: string;
  /** CSS hex colour, "#RRGGBB". */
  color: string;
  definition: string;
  inclusionCriteria: string;
  exclusionCriteria: string;
  example: string;
  /** Optional role of the code in the project's model, e.g. "entry point". */
  modelRole: string | null;
  status: CodeStatus;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

/**
 * A coding: one code applied to the UTF-16 half-open range [start, end) of Source.text. Its memo, if any, is the
 * memo whose target is this coding (there is no link the other way).
 */
export type Coding = {
  id: Id;
  projectId: Id;
  sourceId: Id;
  codeId: Id;
  start: number;
  end: number;
  /** The Coder who applied it. */
  coderId: Id;
  createdAt: IsoInstant;
};

export type MemoTarget =
  | { kind: 'project' }
  | { kind: 'source'; id: Id }
  | { kind: 'code'; id: Id }
  | { kind: 'coding'; id: Id }
  | { kind: 'display'; id: Id }
  | { kind: 'conclusion'; id: Id };

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
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export const memoTargetKey = (target: MemoTarget): string =>
  target.kind === 'project' ? 'project' : `${target.kind}:${target.id}`;
