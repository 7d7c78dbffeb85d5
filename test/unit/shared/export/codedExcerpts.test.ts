// Coded excerpts follow the one attribution rule (issue 7, item 2) and cite paragraphs and timestamps (item 3): an
// excerpt that spans speaker turns is credited to every informant it touches and shows the turn boundaries in its text.
import { describe, expect, it } from 'vitest';
import type { Code, Coding, Informant, Source, Turn } from '../../../../shared/model/index.ts';
import { collectCodedExcerpts, countExcerpts, type ExcerptData } from '../../../../shared/export/index.ts';

const base = { projectId: 'p', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

/** A focus group: an unlinked interviewer, two linked informants, and a note between turns (paragraph 4). */
const lines: [string | null, string, string | null][] = [
  ['Interviewer', 'Who helped you sell abroad?', '00:14:05'],
  ['Dewi', 'My cousin in Den Haag did.', '00:14:09'],
  ['Budi', 'For me it was the association.', null],
  [null, '[Both laugh]', null],
  ['Dewi', 'And the fair in Jakarta.', '00:15:30'],
];

const buildSource = (): Source => {
  const turns: Turn[] = [];
  let text = '';
  for (const [speaker, words, timestamp] of lines) {
    if (text !== '') text += '\n\n';
    if (speaker !== null) turns.push({ start: text.length, end: text.length + words.length, speaker, timestamp });
    text += words;
  }
  return {
    ...base, id: 's1', kind: 'interview', title: 'FG01 sellers', informantIds: ['dewi', 'budi'], speakerLinks: { Dewi: 'dewi', Budi: 'budi' },
    date: null, language: 'en', format: 'txt', originalFileName: 'fg01.txt', sha256: '', byteSize: 0, text, turns, importedAt: base.createdAt,
  };
};

const source = buildSource();

const between = (from: string, to: string): { start: number; end: number } => ({
  start: source.text.indexOf(from), end: source.text.indexOf(to) + to.length,
});

const informant = (id: string, pseudonym: string, role: string): Informant => ({
  ...base, id, pseudonym, role, attributes: {}, realName: `Real ${pseudonym}`,
});

const code: Code = {
  ...base, id: 'c', parentId: null, order: 0, name: 'Selling abroad', color: '#1f77b4', definition: '', inclusionCriteria: '',
  exclusionCriteria: '', example: '', modelRole: null, status: 'draft',
};

const coding = (id: string, range: { start: number; end: number }): Coding => ({ ...base, id, codeId: 'c', sourceId: 's1', coderId: 'k', ...range });

const data: ExcerptData = {
  codes: [code],
  codings: [
    coding('question-and-answer', between('Who helped', 'Den Haag did.')),
    coding('two-informants', between('My cousin', 'the association.')),
    coding('question-only', between('Who helped', 'abroad?')),
    coding('across-the-note', between('the association', 'in Jakarta.')),
  ],
  sources: [source],
  informants: [informant('dewi', 'Dewi', 'diaspora actor'), informant('budi', 'Budi', 'owner')],
  memos: [],
  coders: [],
};

const excerpts = new Map(collectCodedExcerpts(data, { codeIds: ['c'] }).map((excerpt) => [excerpt.coding.id, excerpt]));
const excerpt = (id: string) => {
  const found = excerpts.get(id);
  if (found === undefined) throw new Error(`no excerpt ${id}`);
  return found;
};

describe('collectCodedExcerpts across speaker turns', () => {
  it('credits an excerpt to every informant whose turn it touches, and never the unlinked interviewer', () => {
    expect(excerpt('two-informants').informants.map((person) => person.pseudonym)).toEqual(['Dewi', 'Budi']);
    expect(excerpt('two-informants').roles).toEqual(['diaspora actor', 'owner']);
    expect(excerpt('question-and-answer').informants.map((person) => person.pseudonym)).toEqual(['Dewi']);
    expect(excerpt('question-only').informants).toEqual([]);
  });

  it('names every speaker it touches and shows the turn boundaries inside its text', () => {
    expect(excerpt('question-and-answer').speakers).toEqual(['Interviewer', 'Dewi']);
    expect(excerpt('question-and-answer').text).toBe('Interviewer: Who helped you sell abroad? / Dewi: My cousin in Den Haag did.');
    expect(excerpt('across-the-note').text).toBe('Budi: the association. / [Both laugh] / Dewi: And the fair in Jakarta.');
    expect(excerpt('question-only').text).toBe('Who helped you sell abroad?');
  });

  it('cites the paragraphs it spans and the timestamp where its first turn has one', () => {
    expect(excerpt('question-only')).toMatchObject({ paragraphs: { first: 1, last: 1 }, timestamp: '00:14:05' });
    expect(excerpt('two-informants')).toMatchObject({ paragraphs: { first: 2, last: 3 }, timestamp: '00:14:09' });
    expect(excerpt('across-the-note')).toMatchObject({ paragraphs: { first: 3, last: 5 }, timestamp: '00:14:09' });
  });

  it('counts a two-informant excerpt once for each informant and role, and filters by either', () => {
    const counts = countExcerpts([...excerpts.values()]);
    expect(counts.byRole.get('owner')).toBe(2);
    expect(counts.byRole.get('diaspora actor')).toBe(3);
    expect(counts.byRole.get('')).toBe(1);
    expect(counts.byInformant).toEqual(new Map([['dewi', 3], ['budi', 2], ['', 1]]));
    const owners = collectCodedExcerpts(data, { codeIds: ['c'], roles: ['owner'] }).map((found) => found.coding.id);
    expect(owners.sort()).toEqual(['across-the-note', 'two-informants']);
    const budi = collectCodedExcerpts(data, { codeIds: ['c'], informants: ['budi'] }).map((found) => found.coding.id);
    expect(budi.sort()).toEqual(['across-the-note', 'two-informants']);
    const nobody = collectCodedExcerpts(data, { codeIds: ['c'], informants: [''] }).map((found) => found.coding.id);
    expect(nobody).toEqual(['question-only']);
  });
});
