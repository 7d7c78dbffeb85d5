// The supervisors' codebook (issue 11, point 2) as a format-free report document: a title page, an overview (how many
// codes, how to read them), then every code in code-tree order with its colour, facts, anchor example, memo and on
// request its change history. Every writer (HTML, Markdown, DOCX) lays out the same document; the same snapshot and
// options give the same document, with real names replaced throughout when asked.
import { buildCodeTree, codePath, flattenCodeTree, indexCodes } from '../codebook/codeTree.ts';
import { pseudonymReplacer } from '../export/pseudonymList.ts';
import { formatDate, t, type Locale } from '../i18n/translate.ts';
import type { AuditEvent, Id, Memo } from '../model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../projectFile/projectSnapshot.ts';
import { sourcesWithText } from '../projectFile/snapshotData.ts';
import { anchorOf } from './codebookAnchor.ts';
import { codeBlocks, type CodeEntry } from './codebookCodeBlocks.ts';
import { codebookCodings, tallyOf } from './codebookCodings.ts';
import { codeHistoryItems } from './codebookHistory.ts';
import { pseudonymiseDocument } from './pseudonymiseDocument.ts';
import type { ReportBlock, ReportDocument, ReportSection } from './reportDocument.ts';

export type CodebookOptions = {
  language: Locale;
  /** Each code's change history from the audit trail. */
  includeHistory: boolean;
  /** Informants' real names replaced by their pseudonyms everywhere (the project's pseudonym list). */
  pseudonymise: boolean;
  /** The instant the codebook is stamped with (ISO); its day is the date line. */
  generatedAt: string;
};

const groupBy = <T>(items: readonly T[], key: (item: T) => Id | null): Map<Id, T[]> => {
  const groups = new Map<Id, T[]>();
  for (const item of items) {
    const id = key(item);
    if (id === null) continue;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, [item]);
    else group.push(item);
  }
  return groups;
};

const byCreation = (a: Memo, b: Memo): number => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

const overviewSection = (entries: readonly CodeEntry[], sourceCount: number, options: CodebookOptions): ReportSection => {
  const { language } = options;
  const title = t('codebookExport.section.overview', undefined, language);
  if (entries.length === 0) return { id: 'overview', title, blocks: [{ kind: 'paragraph', text: t('codebookExport.overview.noCodes', undefined, language), style: 'note' }] };
  const segments = entries.reduce((sum, entry) => sum + entry.tally.segments, 0);
  const codedSources = new Set(entries.flatMap((entry) => entry.tally.codings.map((coding) => coding.sourceId))).size;
  const legend = [
    t('codebookExport.legend.colour', undefined, language),
    t('codebookExport.legend.counts', undefined, language),
    t('codebookExport.legend.informants', undefined, language),
    t('codebookExport.legend.anchor', undefined, language),
    ...(options.includeHistory ? [t('codebookExport.legend.history', undefined, language)] : []),
    ...(options.pseudonymise ? [t('codebookExport.legend.pseudonymised', undefined, language)] : []),
  ];
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text: t('codebookExport.overview.summary', {
        codes: entries.length, topLevel: entries.filter((entry) => entry.depth === 0).length, segments, sources: Math.min(codedSources, sourceCount),
      }, language),
    },
    { kind: 'paragraph', text: t('codebookExport.overview.legendIntro', undefined, language) },
    { kind: 'list', items: legend, ordered: false },
  ];
  return { id: 'overview', title, blocks };
};

export const buildCodebookDocument = (snapshot: ProjectSnapshot, options: CodebookOptions): ReportDocument => {
  const { language } = options;
  const project = snapshotRows(snapshot, 'projects')[0];
  const codes = snapshotRows(snapshot, 'codes');
  const informants = snapshotRows(snapshot, 'informants');
  const sources = sourcesWithText(snapshot);
  const codings = codebookCodings(codes, snapshotRows(snapshot, 'codings'), sources, informants);
  const codesById = indexCodes(codes);
  const memosByCode = groupBy(snapshotRows(snapshot, 'memos'), (memo) => (memo.target.kind === 'code' ? memo.target.id : null));
  const eventsByObject: Map<Id, AuditEvent[]> = options.includeHistory ? groupBy(snapshotRows(snapshot, 'auditEvents'), (event) => event.objectId) : new Map();

  const entries = flattenCodeTree(buildCodeTree(codes, [])).map(({ code, depth }): CodeEntry => {
    const tally = tallyOf(codings, code.id);
    return {
      code, depth, tally,
      parentPath: code.parentId === null ? '' : codePath(codesById, code.parentId),
      anchor: anchorOf(code, tally.codings),
      memos: [...(memosByCode.get(code.id) ?? [])].sort(byCreation),
      history: options.includeHistory ? codeHistoryItems(eventsByObject.get(code.id) ?? [], code.id, language) : null,
    };
  });
  const context = { codings, informantsById: new Map(informants.map((informant) => [informant.id, informant])), language };
  const codesSection: ReportSection = {
    id: 'codes', title: t('codebookExport.section.codes', undefined, language), blocks: entries.flatMap((entry) => codeBlocks(entry, context)),
  };
  const document: ReportDocument = {
    language,
    title: project?.name ?? '',
    subtitle: t('codebookExport.subtitle', undefined, language),
    dateLine: t('codebookExport.dateLine', { date: formatDate(options.generatedAt.slice(0, 10), language) }, language),
    generatedAt: options.generatedAt,
    titleBlocks: [],
    sections: entries.length === 0 ? [overviewSection(entries, sources.length, options)] : [overviewSection(entries, sources.length, options), codesSection],
  };
  if (!options.pseudonymise || project === undefined) return document;
  // The codebook has no figures; were one added, it would need redrawing from its replaced labels.
  return pseudonymiseDocument(document, pseudonymReplacer(project, informants), (figure) => figure);
};
