// A code: a node of the project's code tree, with its definition and criteria (the codebook proper).
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
  /**
   * Marked by the researcher as counter-evidence: its codings are what the negative-evidence query of a conclusion
   * looks for (shared/analysis/negativeEvidence.ts). Absent on codes never marked.
   */
  counterEvidence?: boolean;
  /**
   * The coding the researcher chose as the code's anchor example in the codebook (issue 11). Absent or null: none
   * chosen, and the codebook shows the code's first quote. An anchor naming a coding that is gone or now belongs to
   * another code counts as none (codeAnchor.ts); deleting the coding clears it.
   */
  anchorCodingId?: Id | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};
