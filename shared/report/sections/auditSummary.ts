// The audit-trail summary of the report's appendices: the decision log under the classic audit trail's categories
// (raw data, data reduction, reconstruction and synthesis, process notes, intentions, instrument development) with
// each decision as the researcher recorded it, and the trail's events counted by the kind of object they are about.
import { englishMessages } from '../../i18n/en/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { DECISION_CATEGORIES, type AuditEvent, type DecisionCategory } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { note } from './sectionInput.ts';

export type AuditCategoryCount = { objectType: string; events: number; first: string; last: string };

/** Events per object type, most events first, then by type; first and last as calendar days. */
export const auditCategoryCounts = (events: readonly Pick<AuditEvent, 'objectType' | 'at'>[]): AuditCategoryCount[] => {
  const counts = new Map<string, AuditCategoryCount>();
  for (const event of events) {
    const day = event.at.slice(0, 10);
    const known = counts.get(event.objectType);
    if (known === undefined) counts.set(event.objectType, { objectType: event.objectType, events: 1, first: day, last: day });
    else counts.set(event.objectType, { ...known, events: known.events + 1, first: day < known.first ? day : known.first, last: day > known.last ? day : known.last });
  }
  return [...counts.values()].sort((a, b) => b.events - a.events || a.objectType.localeCompare(b.objectType, 'en'));
};

const categoryLabel = (facts: ReportFacts, objectType: string): string => {
  const key = `audit.object.${objectType}`;
  return Object.hasOwn(englishMessages, key) ? facts.words.text(key as MessageKey) : objectType;
};

const eventBlocks = (facts: ReportFacts): ReportBlock[] => {
  const { words } = facts;
  const counts = auditCategoryCounts(facts.auditEvents);
  if (counts.length === 0) return [note(words.text('report.appendices.noAudit'))];
  return [{
    kind: 'table',
    caption: words.text('report.appendices.auditCaption', { count: facts.auditEvents.length }),
    header: [words.text('report.appendices.object'), words.text('report.appendices.events'), words.text('report.appendices.first'), words.text('report.appendices.last')],
    rows: counts.map((count) => [categoryLabel(facts, count.objectType), words.number(count.events), words.date(count.first), words.date(count.last)]),
  }];
};

const decisionBlocks = (facts: ReportFacts): ReportBlock[] => {
  const { words } = facts;
  const decisions = facts.memos.filter((memo) => memo.decisionCategory !== undefined);
  const label = (category: DecisionCategory): string => words.text(`audit.decisions.category.${category}`);
  const byCategory: ReportBlock = {
    kind: 'table',
    caption: words.text('report.appendices.decisionsCaption'),
    header: [words.text('report.appendices.category'), words.text('report.appendices.decisions')],
    rows: DECISION_CATEGORIES.map((category) => [label(category), words.number(decisions.filter((memo) => memo.decisionCategory === category).length)]),
  };
  if (decisions.length === 0) return [byCategory, note(words.text('report.appendices.noDecisions'))];
  return [byCategory, {
    kind: 'table',
    caption: words.text('report.appendices.decisionLog'),
    header: [words.text('report.appendices.category'), words.text('report.method.date'), words.text('report.appendices.decision'), words.text('report.appendices.rationale')],
    rows: DECISION_CATEGORIES.flatMap((category) => decisions.filter((memo) => memo.decisionCategory === category).map((memo) => [
      label(category), words.date(memo.createdAt.slice(0, 10)), memo.title.trim(), memo.plainText.trim(),
    ])),
  }];
};

export const auditSummaryBlocks = (facts: ReportFacts): ReportBlock[] => [...decisionBlocks(facts), ...eventBlocks(facts)];
