// The row shapes of format 3: format 2's tables, the project settings' triangulation rule, and the conclusions of
// issue 10 with their status history, evidence (for and against, with its resolution) and tactics log. Typed against
// the model like the earlier formats, so a drifting field fails to compile.
import type {
  Conclusion, EvidenceItem, EvidenceResolution, ProjectSettings, RichText, StatusChange, TacticLogEntry, TriangulationRule,
} from '../model/index.ts';
import { CONCLUSION_STATUSES, VERIFICATION_TACTICS } from '../model/index.ts';
import type { TableName } from '../project/tableRows.ts';
import { listOf, nullable, objectOf, offset, oneOf, optional, taggedBy, text, type Check } from './rowSchema.ts';
import { projectRowWith } from './rowSchemas.ts';
import { FORMAT_2_ROWS, FORMAT_2_SETTINGS } from './rowSchemas2.ts';

const id = text;
const instant = text;

const richText = objectOf<RichText>({ content: text, plainText: text });

const triangulationRule = objectOf<TriangulationRule>({ minSourceKinds: offset, minRoles: offset, minInformants: offset });

const settings = objectOf<Omit<ProjectSettings, 'pseudonyms'>>({ ...FORMAT_2_SETTINGS, triangulationRule: optional(triangulationRule) });

const statusChange = objectOf<StatusChange>({ status: oneOf(CONCLUSION_STATUSES), reason: text, coderId: id, at: instant });

const evidenceTarget = taggedBy('kind', {
  coding: objectOf<{ kind: string; codingId: string }>({ kind: text, codingId: id }),
  cell: objectOf<{ kind: string; displayId: string; cellKey: string }>({ kind: text, displayId: id, cellKey: text }),
  memo: objectOf<{ kind: string; memoId: string }>({ kind: text, memoId: id }),
  'member-check': objectOf<{ kind: string; memberCheckId: string; itemId: string }>({ kind: text, memberCheckId: id, itemId: id }),
});

const resolution = objectOf<EvidenceResolution>({ kind: oneOf(['explained', 'qualified', 'refuted']), note: text });

const evidenceItem = objectOf<EvidenceItem>({
  id, target: evidenceTarget, stance: oneOf(['supporting', 'disconfirming']), weightNote: text, resolution: nullable(resolution),
  addedBy: id, addedAt: instant,
});

const tacticEntry = objectOf<TacticLogEntry>({
  id, tactic: oneOf(VERIFICATION_TACTICS), outcome: oneOf(['confirms', 'weakens', 'inconclusive', 'none-found']), note: text, coderId: id, at: instant,
});

const conclusion = objectOf<Conclusion>({
  id, projectId: id, statement: richText, researchQuestionId: nullable(id), modelRole: nullable(text), codeIds: listOf(id), displayIds: listOf(id),
  statusHistory: listOf(statusChange), evidence: listOf(evidenceItem), tactics: listOf(tacticEntry), rivalOfId: nullable(id),
  createdAt: instant, updatedAt: instant,
});

/** The row check of each table in format 3. */
export const FORMAT_3_ROWS: Record<Exclude<TableName, 'memberChecks'>, Check | null> = {
  ...FORMAT_2_ROWS,
  projects: projectRowWith(settings),
  conclusions: conclusion,
};
