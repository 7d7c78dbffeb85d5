// Conclusions, the third stage of the interactive model: a statement with its status history, the evidence for and
// against it (coded excerpts, display cells, memos, member-check responses), the log of Miles & Huberman's 13
// verification tactics, and the rule that says when a conclusion counts as triangulated.
import type { Id, IsoInstant } from './ids.ts';
import type { RichText } from './richText.ts';

export type ConclusionStatus = 'tentative' | 'supported' | 'verified' | 'rejected';
export const CONCLUSION_STATUSES: readonly ConclusionStatus[] = ['tentative', 'supported', 'verified', 'rejected'];

/** A status change, with the reason the researcher gave. The first entry is the status the conclusion started with. */
export type StatusChange = { status: ConclusionStatus; reason: string; coderId: Id; at: IsoInstant };

/** What a piece of evidence points at. A display cell is named by its display and cell key (model/display.ts cellKey). */
export type EvidenceTarget =
  | { kind: 'coding'; codingId: Id }
  | { kind: 'cell'; displayId: Id; cellKey: string }
  | { kind: 'memo'; memoId: Id }
  | { kind: 'member-check'; memberCheckId: Id; itemId: Id };

export type EvidenceStance = 'supporting' | 'disconfirming';

/** How a disconfirming item was dealt with; an item without a resolution makes the conclusion contested. */
export type EvidenceResolution = { kind: 'explained' | 'qualified' | 'refuted'; note: string };

export type EvidenceItem = {
  id: Id;
  target: EvidenceTarget;
  stance: EvidenceStance;
  /** The researcher's note on its weight: observed or reported, first-hand or hearsay. */
  weightNote: string;
  /** Disconfirming items only: null while unresolved. */
  resolution: EvidenceResolution | null;
  addedBy: Id;
  addedAt: IsoInstant;
};

/** Miles & Huberman's 13 tactics for testing or confirming findings, in their order. */
export type VerificationTactic =
  | 'representativeness' | 'researcher-effects' | 'triangulating' | 'weighting-evidence' | 'outliers' | 'extreme-cases'
  | 'surprises' | 'negative-evidence' | 'if-then-tests' | 'spurious-relations' | 'replicating' | 'rival-explanations'
  | 'informant-feedback';

export const VERIFICATION_TACTICS: readonly VerificationTactic[] = [
  'representativeness', 'researcher-effects', 'triangulating', 'weighting-evidence', 'outliers', 'extreme-cases', 'surprises',
  'negative-evidence', 'if-then-tests', 'spurious-relations', 'replicating', 'rival-explanations', 'informant-feedback',
];

export type TacticOutcome = 'confirms' | 'weakens' | 'inconclusive' | 'none-found';

export type TacticLogEntry = { id: Id; tactic: VerificationTactic; outcome: TacticOutcome; note: string; coderId: Id; at: IsoInstant };

export type Conclusion = {
  id: Id;
  projectId: Id;
  statement: RichText;
  researchQuestionId: Id | null;
  /** The template's model role the conclusion speaks to ("market connector"), if any. */
  modelRole: string | null;
  codeIds: Id[];
  displayIds: Id[];
  /** The newest change last; its status is the conclusion's status. */
  statusHistory: StatusChange[];
  evidence: EvidenceItem[];
  tactics: TacticLogEntry[];
  /** The conclusion this one is a rival explanation of; each keeps its own evidence. */
  rivalOfId: Id | null;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

/** The status a conclusion has now. */
export const conclusionStatus = (conclusion: Pick<Conclusion, 'statusHistory'>): ConclusionStatus =>
  conclusion.statusHistory[conclusion.statusHistory.length - 1]?.status ?? 'tentative';

/**
 * The project's triangulation rule: triangulated when the supporting evidence reaches every threshold and no
 * disconfirming item is unresolved; partial when it reaches the source-kind or the role threshold; single-source
 * when neither; contested whenever a disconfirming item is unresolved.
 */
export type TriangulationRule = { minSourceKinds: number; minRoles: number; minInformants: number };

export const DEFAULT_TRIANGULATION_RULE: TriangulationRule = { minSourceKinds: 2, minRoles: 2, minInformants: 3 };
