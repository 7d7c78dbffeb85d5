// A coding: one code applied to a range of a source's canonical text.
import type { Id, IsoInstant } from './ids.ts';

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
