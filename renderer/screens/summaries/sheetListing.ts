// The summary sheets list model: each sheet with its source's title, its author's name and the text of every field
// (theme code names and answers to research questions included), so the list can be searched by any field, filtered
// by kind and ordered by date, source or author.
import type { Code, Coder, SourceKind, SummarySheet } from '../../../shared/model/index.ts';

export type SheetKind = SummarySheet['kind'];

export const SHEET_KINDS: readonly SheetKind[] = ['contact', 'document'];

export type SheetOrder = 'date' | 'source' | 'author';

export const SHEET_ORDERS: readonly SheetOrder[] = ['date', 'source', 'author'];

export type SheetListItem = {
  sheet: SummarySheet;
  sourceTitle: string;
  sourceKind: SourceKind | null;
  authorName: string;
  /** Everything written on the sheet, in lower case, for search. */
  searchText: string;
};

type Names = {
  sources: ReadonlyMap<string, { title: string; kind: SourceKind }>;
  coders: readonly Pick<Coder, 'id' | 'name'>[];
  codes: readonly Pick<Code, 'id' | 'name'>[];
  missingSource: string;
  unknownAuthor: string;
};

/** The words of a sheet's fields, in the order the sheet shows them. */
export const sheetFieldTexts = (sheet: SummarySheet, codeNames: ReadonlyMap<string, string>): string[] =>
  sheet.kind === 'contact'
    ? [
      sheet.contactType, sheet.mainThemes.plainText, ...sheet.themeCodeIds.map((id) => codeNames.get(id) ?? ''),
      ...Object.values(sheet.researchQuestions).map((answer) => answer.plainText), sheet.salientPoints.plainText, sheet.nextQuestions.plainText,
    ]
    : [sheet.significance.plainText, sheet.contentSummary.plainText, sheet.associatedEvent.plainText];

export const sheetListItems = (sheets: readonly SummarySheet[], names: Names): SheetListItem[] => {
  const coderNames = new Map(names.coders.map((coder) => [coder.id, coder.name]));
  const codeNames = new Map(names.codes.map((code) => [code.id, code.name]));
  return sheets.map((sheet) => {
    const source = names.sources.get(sheet.sourceId);
    const sourceTitle = source?.title ?? names.missingSource;
    const authorName = coderNames.get(sheet.authorId) ?? names.unknownAuthor;
    const searchText = [sourceTitle, authorName, sheet.date ?? '', ...sheetFieldTexts(sheet, codeNames)].join('\n').toLocaleLowerCase();
    return { sheet, sourceTitle, sourceKind: source?.kind ?? null, authorName, searchText };
  });
};

const compareText = (a: string, b: string): number => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true });

/** Newest date first (undated last); then by source title. */
const byDate = (a: SheetListItem, b: SheetListItem): number =>
  (b.sheet.date ?? '').localeCompare(a.sheet.date ?? '') || compareText(a.sourceTitle, b.sourceTitle);

const ORDERS: Record<SheetOrder, (a: SheetListItem, b: SheetListItem) => number> = {
  date: byDate,
  source: (a, b) => compareText(a.sourceTitle, b.sourceTitle) || byDate(a, b),
  author: (a, b) => compareText(a.authorName, b.authorName) || byDate(a, b),
};

/**
 * The sheets of `kind` (null: both) whose text holds every word of `query` (blank: all), in `order`. Plain word
 * matching rather than fuzzy: a researcher searching their notes wants the sheets that say what they typed.
 */
export const filterSheetItems = (items: readonly SheetListItem[], kind: SheetKind | null, query: string, order: SheetOrder): SheetListItem[] => {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((word) => word !== '');
  return items
    .filter((item) => (kind === null || item.sheet.kind === kind) && words.every((word) => item.searchText.includes(word)))
    .sort(ORDERS[order]);
};

