// The summary sheets list model: names of sources and authors, search by the words of any field (theme code names
// and research-question answers included), the kind filter and the three orders.
import { describe, expect, it } from 'vitest';
import { EMPTY_RICH_TEXT, type ContactSummary, type DocumentSummary } from '../../../../../shared/model/index.ts';
import { filterSheetItems, sheetListItems } from '../../../../../renderer/screens/summaries/sheetListing.ts';

const rich = (plainText: string) => ({ content: '', plainText });
const common = { projectId: 'p', createdAt: '2024-05-06T08:00:00.000Z', updatedAt: '2024-05-06T08:00:00.000Z' };

const contact = (id: string, sourceId: string, date: string | null, authorId: string, fields: Partial<ContactSummary> = {}): ContactSummary => ({
  ...common, id, sourceId, date, authorId, kind: 'contact', contactType: 'Interview', mainThemes: EMPTY_RICH_TEXT, themeCodeIds: [],
  researchQuestions: {}, salientPoints: EMPTY_RICH_TEXT, nextQuestions: EMPTY_RICH_TEXT, ...fields,
});

const document = (id: string, sourceId: string, date: string | null, authorId: string, fields: Partial<DocumentSummary> = {}): DocumentSummary => ({
  ...common, id, sourceId, date, authorId, kind: 'document', significance: EMPTY_RICH_TEXT, contentSummary: EMPTY_RICH_TEXT,
  associatedEvent: EMPTY_RICH_TEXT, ...fields,
});

const sheets = [
  contact('c1', 's1', '2024-03-12', 'ana', { mainThemes: rich('Trust in the exporter'), themeCodeIds: ['k-mentor'], researchQuestions: { q1: rich('Through a cousin in Rotterdam') } }),
  contact('c2', 's2', null, 'budi', { salientPoints: rich('The kiln decides the season'), nextQuestions: rich('Ask about the expo stand') }),
  document('d1', 's3', '2023-11-20', 'gone', { significance: rich('Only record of the stand costs'), associatedEvent: rich('Craft expo') }),
];

const items = sheetListItems(sheets, {
  sources: new Map([
    ['s1', { title: 'Interview with Pak Harjo', kind: 'interview' as const }],
    ['s2', { title: 'Observation at the workshop', kind: 'observation' as const }],
    ['s3', { title: 'Association report', kind: 'document' as const }],
  ]),
  coders: [{ id: 'ana', name: 'Ana' }, { id: 'budi', name: 'Budi' }],
  codes: [{ id: 'k-mentor', name: 'Mentoring' }],
  missingSource: '(deleted source)',
  unknownAuthor: 'Unknown author',
});

const ids = (list: ReturnType<typeof filterSheetItems>) => list.map((item) => item.sheet.id);

describe('summary sheet listing', () => {
  it('names each sheet’s source, its kind and its author (or says the author is unknown)', () => {
    expect(items.map((item) => [item.sourceTitle, item.sourceKind, item.authorName])).toEqual([
      ['Interview with Pak Harjo', 'interview', 'Ana'], ['Observation at the workshop', 'observation', 'Budi'], ['Association report', 'document', 'Unknown author'],
    ]);
  });

  it('finds sheets by the words of any field, every word required, in any case', () => {
    expect(ids(filterSheetItems(items, null, 'rotterdam', 'date'))).toEqual(['c1']);
    expect(ids(filterSheetItems(items, null, 'MENTORING', 'date'))).toEqual(['c1']);
    expect(ids(filterSheetItems(items, null, 'kiln season', 'date'))).toEqual(['c2']);
    expect(ids(filterSheetItems(items, null, 'stand', 'date'))).toEqual(['d1', 'c2']);
    expect(ids(filterSheetItems(items, null, 'stand expo', 'date'))).toEqual(['d1', 'c2']);
    expect(ids(filterSheetItems(items, null, 'stand kiln', 'date'))).toEqual(['c2']);
    expect(ids(filterSheetItems(items, null, 'budi', 'date'))).toEqual(['c2']);
    expect(ids(filterSheetItems(items, null, 'nothing', 'date'))).toEqual([]);
  });

  it('filters by kind', () => {
    expect(ids(filterSheetItems(items, 'document', '', 'date'))).toEqual(['d1']);
    expect(ids(filterSheetItems(items, 'contact', 'stand', 'date'))).toEqual(['c2']);
  });

  it('orders by date (newest first, undated last), by source title, or by author', () => {
    expect(ids(filterSheetItems(items, null, '', 'date'))).toEqual(['c1', 'd1', 'c2']);
    expect(ids(filterSheetItems(items, null, '', 'source'))).toEqual(['d1', 'c1', 'c2']);
    expect(ids(filterSheetItems(items, null, '', 'author'))).toEqual(['c1', 'c2', 'd1']);
  });
});
