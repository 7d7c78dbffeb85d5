// One code of the codebook as document blocks: its heading with its colour, its facts (place in the tree, model role,
// status, counts, definition and criteria, example), its anchor example as a tagged quote, its memo, and on request
// its change history. An empty field is said to be empty, never filled in.
import { excerptQuote } from '../export/excerptQuote.ts';
import { formatDate, formatNumber, t, type Locale } from '../i18n/translate.ts';
import type { Code, Informant, Memo } from '../model/index.ts';
import type { CodebookAnchor } from './codebookAnchor.ts';
import { attributeRange } from '../analysis/attribution.ts';
import type { CodebookCodings, CodeTally } from './codebookCodings.ts';
import type { ReportBlock, ReportFacts } from './reportDocument.ts';

export type CodeEntry = {
  code: Code;
  depth: number;
  /** "Parent / Child" for a sub-code; empty at the top level. */
  parentPath: string;
  tally: CodeTally;
  anchor: CodebookAnchor | null;
  /** Memos about the code, oldest first. */
  memos: readonly Memo[];
  /** null: the history was not asked for. */
  history: string[] | null;
};

export type CodeBlockContext = { codings: CodebookCodings; informantsById: ReadonlyMap<string, Informant>; language: Locale };

const written = (text: string, language: Locale): string => (text.trim() === '' ? t('codebookExport.notWritten', undefined, language) : text.trim());

const factsOf = ({ code, parentPath, tally }: CodeEntry, language: Locale): ReportFacts => {
  const fact = (label: Parameters<typeof t>[0], value: string) => ({ label: t(label, undefined, language), value });
  const items = [
    ...(parentPath === '' ? [] : [fact('codebookExport.fact.path', parentPath)]),
    ...(code.modelRole === null || code.modelRole.trim() === '' ? [] : [fact('codebookExport.fact.modelRole', code.modelRole.trim())]),
    fact('codebookExport.fact.status', t(`codebookExport.status.${code.status}`, undefined, language)),
    ...(code.counterEvidence === true ? [fact('codebookExport.fact.counterEvidence', t('codebookExport.fact.counterEvidenceYes', undefined, language))] : []),
    fact('codebookExport.fact.segments', formatNumber(tally.segments, language)),
    fact('codebookExport.fact.sources', formatNumber(tally.sources, language)),
    fact('codebookExport.fact.informants', formatNumber(tally.informants, language)),
    fact('codebookExport.fact.definition', written(code.definition, language)),
    fact('codebookExport.fact.inclusion', written(code.inclusionCriteria, language)),
    fact('codebookExport.fact.exclusion', written(code.exclusionCriteria, language)),
    fact('codebookExport.fact.example', written(code.example, language)),
  ];
  return { kind: 'facts', items };
};

/** The quote of the anchor coding and its tag "[pseudonym · role · source kind · date]" (the source's title when the passage belongs to no informant). */
const anchorBlocks = (anchor: CodebookAnchor | null, context: CodeBlockContext): ReportBlock[] => {
  const { language } = context;
  if (anchor === null) return [{ kind: 'paragraph', text: t('codebookExport.anchor.none', undefined, language), style: 'note' }];
  const source = context.codings.sourcesById.get(anchor.coding.sourceId);
  if (source === undefined) return [];
  const attribution = context.codings.attributionOf(source);
  const { start, end } = anchor.coding;
  const people = attributeRange(attribution, start, end).informantIds.flatMap((id) => {
    const person = context.informantsById.get(id);
    return person === undefined ? [] : [person];
  });
  const roles = [...new Set(people.map((person) => person.role.trim()).filter((role) => role !== ''))];
  const parts = [
    people.length === 0 ? source.title : people.map((person) => person.pseudonym).join(', '),
    roles.join(', '),
    t(`codebookExport.kind.${source.kind}`, undefined, language),
    source.date === null ? '' : formatDate(source.date, language),
  ].filter((part) => part.trim() !== '');
  return [
    { kind: 'paragraph', text: t(anchor.chosen ? 'codebookExport.anchor.chosen' : 'codebookExport.anchor.first', undefined, language) },
    { kind: 'quote', text: excerptQuote(source.text, attribution.blocks, start, end, language), tag: `[${parts.join(t('codebookExport.tagSeparator', undefined, language))}]` },
  ];
};

const memoBlocks = (memos: readonly Memo[], language: Locale): ReportBlock[] =>
  memos.flatMap((memo): ReportBlock[] => {
    const paragraphs = memo.plainText.split(/\n\s*\n|\n/).map((line) => line.trim()).filter((line) => line !== '');
    if (paragraphs.length === 0) return [];
    const label = memo.title.trim() === '' ? t('codebookExport.memo', undefined, language) : t('codebookExport.memoTitled', { title: memo.title.trim() }, language);
    return [{ kind: 'paragraph', text: `${label}:` }, ...paragraphs.map((text): ReportBlock => ({ kind: 'paragraph', text }))];
  });

const historyBlocks = (history: string[] | null, language: Locale): ReportBlock[] => {
  if (history === null) return [];
  const label: ReportBlock = { kind: 'paragraph', text: `${t('codebookExport.history', undefined, language)}:` };
  if (history.length === 0) return [label, { kind: 'paragraph', text: t('codebookExport.history.none', undefined, language), style: 'note' }];
  return [label, { kind: 'list', items: history, ordered: false }];
};

/** Heading levels follow the tree: top-level codes 2, their sub-codes 3, anything deeper 4 (its path says where it hangs). */
const headingLevel = (depth: number): 2 | 3 | 4 => (depth <= 0 ? 2 : depth === 1 ? 3 : 4);

export const codeBlocks = (entry: CodeEntry, context: CodeBlockContext): ReportBlock[] => [
  { kind: 'heading', level: headingLevel(entry.depth), text: entry.code.name, color: entry.code.color },
  factsOf(entry, context.language),
  ...anchorBlocks(entry.anchor, context),
  ...memoBlocks(entry.memos, context.language),
  ...historyBlocks(entry.history, context.language),
];
