// The appendices: the audit-trail summary by category (the kind of object each event is about, with its number of
// events and the first and last day), and the codebook as a table (code path, model role, definition, inclusion and
// exclusion criteria as written).
import { codePath } from '../../codebook/codeTree.ts';
import { englishMessages } from '../../i18n/en/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import type { AuditEvent } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { note, type SectionInput } from './sectionInput.ts';

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

const auditBlocks = (facts: ReportFacts): ReportBlock[] => {
  const { words } = facts;
  const counts = auditCategoryCounts(facts.auditEvents);
  if (counts.length === 0) return [note(words.text('report.appendices.noAudit'))];
  return [{
    kind: 'table',
    caption: words.text('report.appendices.auditCaption', { count: facts.auditEvents.length }),
    header: [words.text('report.appendices.category'), words.text('report.appendices.events'), words.text('report.appendices.first'), words.text('report.appendices.last')],
    rows: counts.map((count) => [categoryLabel(facts, count.objectType), words.number(count.events), words.date(count.first), words.date(count.last)]),
  }];
};

const codebookBlocks = (facts: ReportFacts): ReportBlock[] => {
  const { words } = facts;
  if (facts.codeTree.length === 0) return [note(words.text('report.codeTree.none'))];
  const codesById = new Map(facts.codeTree.map(({ code }) => [code.id, code]));
  return [{
    kind: 'table',
    caption: words.text('report.appendices.codebookCaption', { count: facts.codeTree.length }),
    header: [
      words.text('report.appendices.code'), words.text('report.codeTree.modelRole'), words.text('report.appendices.definition'),
      words.text('report.appendices.inclusion'), words.text('report.appendices.exclusion'),
    ],
    rows: facts.codeTree.map(({ code }) => [codePath(codesById, code.id), code.modelRole ?? '', code.definition.trim(), code.inclusionCriteria.trim(), code.exclusionCriteria.trim()]),
  }];
};

export const appendicesBlocks = ({ facts }: SectionInput): ReportBlock[] => [
  { kind: 'heading', level: 2, text: facts.words.text('report.appendices.audit') },
  ...auditBlocks(facts),
  { kind: 'heading', level: 2, text: facts.words.text('report.appendices.codebook') },
  ...codebookBlocks(facts),
];
