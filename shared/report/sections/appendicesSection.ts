// The appendices: the audit-trail summary (auditSummary.ts), and the codebook as a table (code path, model role,
// definition, inclusion and exclusion criteria as written).
import { codePath } from '../../codebook/codeTree.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { auditSummaryBlocks } from './auditSummary.ts';
import { note, type SectionInput } from './sectionInput.ts';

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
  ...auditSummaryBlocks(facts),
  { kind: 'heading', level: 2, text: facts.words.text('report.appendices.codebook') },
  ...codebookBlocks(facts),
];
