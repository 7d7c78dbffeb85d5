// A memo: the researcher's rich-text note on the project, a source, a code, a coding, a display or a conclusion.
import type { Id, IsoInstant } from './ids.ts';

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
