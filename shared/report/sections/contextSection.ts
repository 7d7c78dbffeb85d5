// The context: the project's description as the researcher wrote it, then each document source with its summary —
// its document summary form, else the memos written about it. What is missing is said plainly, never filled in.
import type { Source } from '../../model/index.ts';
import type { ReportBlock } from '../reportDocument.ts';
import type { ReportFacts } from '../reportFacts.ts';
import { note, paragraphsOf, type SectionInput } from './sectionInput.ts';

const documentSummary = (facts: ReportFacts, source: Source): ReportBlock[] => {
  const { words } = facts;
  const sheet = facts.summarySheets.find((candidate) => candidate.kind === 'document' && candidate.sourceId === source.id);
  if (sheet !== undefined && sheet.kind === 'document') {
    const details = [
      { label: words.text('report.context.significance'), value: sheet.significance.plainText.trim() },
      { label: words.text('report.context.associatedEvent'), value: sheet.associatedEvent.plainText.trim() },
    ].filter((item) => item.value !== '');
    const blocks = [...paragraphsOf(sheet.contentSummary.plainText), ...(details.length === 0 ? [] : [{ kind: 'facts' as const, items: details }])];
    if (blocks.length > 0) return blocks;
  }
  const memos = facts.memos.filter((memo) => memo.target.kind === 'source' && memo.target.id === source.id && memo.plainText.trim() !== '');
  if (memos.length > 0) return memos.flatMap((memo) => paragraphsOf(memo.plainText));
  return [note(words.text('report.context.noSummary'))];
};

export const contextBlocks = ({ facts }: SectionInput): ReportBlock[] => {
  const { words } = facts;
  const description = paragraphsOf(facts.project.description);
  const documents = facts.sources.filter((source) => source.kind === 'document');
  return [
    ...(description.length === 0 ? [note(words.text('report.context.noDescription'))] : description),
    { kind: 'heading', level: 2, text: words.text('report.context.documents') },
    ...(documents.length === 0
      ? [note(words.text('report.context.noDocuments'))]
      : documents.flatMap((source): ReportBlock[] => [
        { kind: 'heading', level: 3, text: source.date === null ? source.title : words.text('report.context.documentDated', { title: source.title, date: words.date(source.date) }) },
        ...documentSummary(facts, source),
      ])),
  ];
};
