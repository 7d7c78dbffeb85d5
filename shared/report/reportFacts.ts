// What the ecosystem-model report's sections share, read once from a project snapshot: the project and its rows in
// stable orders, each conclusion summed up by the shared rules (conclusionSummary.ts: evidence, triangulation with its
// reason, member-check tally) with the quotes its supporting evidence offers, and a formatter bound to the report's
// language. Nothing here reads the clock; every list is sorted so two reports of one project are the same.
import {
  evidenceResolver, summariseConclusion, type ConclusionSummary,
} from '../analysis/index.ts';
import { buildCodeTree, flattenCodeTree, type CodeTreeNode } from '../codebook/codeTree.ts';
import { formatDate, formatNumber, t, type Locale, type MessageKey, type MessageParams } from '../i18n/translate.ts';
import {
  triangulationRuleOf, VERIFICATION_TACTICS, type AuditEvent, type Conclusion, type ConclusionStatus, type Display, type EvidenceItem,
  type Informant, type MemberCheck, type Memo, type Project, type Relation, type Source, type SourceKind, type SummarySheet,
  type TriangulationRule, type VerificationTactic,
} from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../projectFile/projectSnapshot.ts';
import { excerptData, matrixDataOf, snapshotCellCodings, sourcesWithText } from '../projectFile/snapshotData.ts';
import type { MatrixData } from '../analysis/matrixTypes.ts';
import type { ExcerptData } from '../export/codedExcerpts.ts';
import { quoteMaker, type QuoteOf } from './reportQuotes.ts';

/** Words in the report's language: messages, dates and numbers. */
export type ReportWords = {
  locale: Locale;
  text: (key: MessageKey, params?: MessageParams) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  sourceKind: (kind: SourceKind) => string;
  status: (status: ConclusionStatus) => string;
  tactic: (tactic: VerificationTactic) => string;
};

export const reportWords = (locale: Locale): ReportWords => ({
  locale,
  text: (key, params) => t(key, params, locale),
  date: (iso) => formatDate(iso, locale),
  number: (value) => formatNumber(value, locale),
  sourceKind: (kind) => t(`triangulation.kind.${kind}`, undefined, locale),
  status: (status) => t(`conclusion.status.${status}`, undefined, locale),
  tactic: (tactic) => t(`conclusionsScreen.tactic.${tactic}`, undefined, locale),
});

export type ReportConclusion = {
  conclusion: Conclusion;
  summary: ConclusionSummary;
  /** The distinct tactics logged on it, in Miles & Huberman's order. */
  tactics: VerificationTactic[];
};

export type ReportFacts = {
  words: ReportWords;
  project: Project;
  /** By pseudonym. */
  informants: Informant[];
  /** With their text; by date (undated last), then title. */
  sources: Source[];
  /** Word counts as the project file keeps them, by source id. */
  wordCounts: ReadonlyMap<string, number>;
  /** The code tree depth-first, in the tree's order. */
  codeTree: CodeTreeNode[];
  memos: Memo[];
  summarySheets: SummarySheet[];
  /** By name, then creation. */
  displays: Display[];
  relations: Relation[];
  memberChecks: MemberCheck[];
  auditEvents: AuditEvent[];
  /** By creation, then id (the app's order). */
  conclusions: ReportConclusion[];
  rule: TriangulationRule;
  matrixData: MatrixData;
  excerptData: ExcerptData;
  pseudonymOf: (informantId: string) => string;
  /** The quote of a coding with its tag, or undefined when the coding or its source is gone. */
  quoteOf: QuoteOf;
  /** The codings an evidence item rests on (its coding, a cell's, a memo's; the resolver's rule). */
  codingIdsOf: (item: EvidenceItem) => readonly string[];
};

const byText = (a: string, b: string): number => a.localeCompare(b, 'en');

const sourceOrder = (a: Source, b: Source): number =>
  (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || (a.date ?? '').localeCompare(b.date ?? '') || byText(a.title, b.title) || a.id.localeCompare(b.id);

const tacticsOf = (conclusion: Conclusion): VerificationTactic[] => {
  const logged = new Set(conclusion.tactics.map((entry) => entry.tactic));
  return VERIFICATION_TACTICS.filter((tactic) => logged.has(tactic));
};

export const reportFacts = (snapshot: ProjectSnapshot, locale: Locale): ReportFacts => {
  const words = reportWords(locale);
  const [project] = snapshotRows(snapshot, 'projects');
  if (project === undefined) throw new Error('The project snapshot holds no project');
  const matrixData = matrixDataOf(snapshot);
  const memos = [...snapshotRows(snapshot, 'memos')].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const memberChecks = [...snapshotRows(snapshot, 'memberChecks')].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const resolver = evidenceResolver(matrixData, {
    memberChecks, memos: new Map(memos.map((memo) => [memo.id, memo])), cellCodingIds: snapshotCellCodings(snapshot, matrixData),
  });
  const rule = triangulationRuleOf(project);
  const informants = [...matrixData.informants].sort((a, b) => byText(a.pseudonym, b.pseudonym) || a.id.localeCompare(b.id));
  const pseudonyms = new Map(informants.map((informant) => [informant.id, informant.pseudonym]));
  const sources = sourcesWithText(snapshot).sort(sourceOrder);
  const conclusions = [...snapshotRows(snapshot, 'conclusions')]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((conclusion): ReportConclusion => ({ conclusion, summary: summariseConclusion(conclusion, resolver, rule, locale), tactics: tacticsOf(conclusion) }));
  return {
    words,
    project,
    informants,
    sources,
    wordCounts: new Map(snapshotRows(snapshot, 'sources').map((row) => [row.id, row.wordCount])),
    codeTree: flattenCodeTree(buildCodeTree(matrixData.codes, matrixData.codings)),
    memos,
    summarySheets: [...snapshotRows(snapshot, 'summarySheets')].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    displays: [...snapshotRows(snapshot, 'displays')].sort((a, b) => byText(a.name, b.name) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    relations: [...snapshotRows(snapshot, 'relations')].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    memberChecks,
    auditEvents: snapshotRows(snapshot, 'auditEvents'),
    conclusions,
    rule,
    matrixData,
    excerptData: excerptData(snapshot),
    pseudonymOf: (id) => pseudonyms.get(id) ?? id,
    quoteOf: quoteMaker(sources, matrixData.codings, informants, words),
    codingIdsOf: resolver.codingIdsOf,
  };
};

