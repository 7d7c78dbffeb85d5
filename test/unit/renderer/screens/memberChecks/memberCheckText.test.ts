// What the Member checks screen says of a record: the excerpts offered to an informant are only their own words by
// the attribution rule; each returned thing is named, or shown as gone once deleted; the answers are summed up in
// words; the sources a transcript correction can come from follow the item's transcript, sheet or excerpts.
import { describe, expect, it } from 'vitest';
import { t } from '../../../../../shared/i18n/translate.ts';
import type { Conclusion, MemberCheck, MemberCheckItem, MemberCheckItemTarget, MemberCheckResponse, SummarySheet } from '../../../../../shared/model/index.ts';
import type { SourceSummary } from '../../../../../renderer/data/sources.ts';
import { informantExcerpts } from '../../../../../renderer/screens/memberChecks/informantExcerpts.ts';
import { responseSummary, sourcesOfTarget, targetLines } from '../../../../../renderer/screens/memberChecks/memberCheckText.ts';
import type { MemberCheckData } from '../../../../../renderer/screens/memberChecks/useMemberCheckData.ts';
import { matrixData } from '../../../shared/analysis/matrixFixture.ts';

const AT = '2024-01-01T00:00:00.000Z';
const RICH = (text: string) => ({ content: '', plainText: text });

const source = (id: string, title: string): SourceSummary => ({
  id, projectId: 'p', kind: 'interview', title, informantIds: [], speakerLinks: {}, date: null, language: 'en', format: 'txt',
  originalFileName: `${id}.txt`, sha256: '', byteSize: 0, turns: [], importedAt: AT, updatedAt: AT, wordCount: 0,
});

const sheet: SummarySheet = {
  id: 'sheet1', projectId: 'p', sourceId: 's1', date: null, authorId: 'r1', createdAt: AT, updatedAt: AT, kind: 'contact',
  contactType: 'interview', mainThemes: RICH(''), themeCodeIds: [], researchQuestions: {}, salientPoints: RICH(''), nextQuestions: RICH(''),
};

const conclusion: Conclusion = {
  id: 'k1', projectId: 'p', statement: RICH('Networks open export markets'), researchQuestionId: null, modelRole: null, codeIds: [],
  displayIds: [], statusHistory: [], evidence: [], tactics: [], rivalOfId: null, createdAt: AT, updatedAt: AT,
};

const sources = [source('s1', 'Interview Dewi & Budi'), source('s2', 'Workshop notes')];
const data: MemberCheckData = {
  checks: [],
  informants: new Map(),
  informantList: [],
  sources: new Map(sources.map((row) => [row.id, row])),
  sourceList: sources,
  sheets: new Map([[sheet.id, sheet]]),
  sheetList: [sheet],
  conclusions: new Map([[conclusion.id, conclusion]]),
  conclusionList: [conclusion],
  codingSources: new Map([['c1', 's1'], ['c4', 's2'], ['c5', 's2']]),
};

const item = (target: MemberCheckItemTarget, response: MemberCheckResponse = 'none'): MemberCheckItem => ({ id: `i-${target.kind}`, target, response, comment: '', outcomes: [] });

const check = (items: MemberCheckItem[]): MemberCheck => ({
  id: 'm1', projectId: 'p', informantId: 'dewi', sentOn: '2024-05-08', answeredOn: null, mode: 'whatsapp', language: 'id', items,
  words: '', wordsSourceId: null, createdAt: AT, updatedAt: AT,
});

describe('informantExcerpts', () => {
  it('offers only the codings that are the informant’s own words', () => {
    expect(informantExcerpts(matrixData, 'dewi').map((excerpt) => excerpt.codingId)).toEqual(['c1', 'c2']);
    expect(informantExcerpts(matrixData, 'budi').map((excerpt) => excerpt.codingId)).toEqual(['c2']);
    // Harjo is the sole informant of the workshop notes; the report has two informants and no linked speaker.
    expect(informantExcerpts(matrixData, 'harjo').map((excerpt) => excerpt.codingId)).toEqual(['c4', 'c8', 'c5']);
    expect(informantExcerpts(matrixData, 'sari')).toEqual([]);
  });

  it('names each with its quote, code and source', () => {
    expect(informantExcerpts(matrixData, 'dewi')[0]).toEqual({ codingId: 'c1', quote: 'Shops in Den Haag.', codeName: 'Networks', sourceTitle: 'Interview Dewi & Budi' });
  });
});

describe('targetLines', () => {
  it('names what still exists and links it', () => {
    expect(targetLines({ kind: 'transcript', sourceId: 's1' }, data, t)).toEqual([{ text: 'Transcript: Interview Dewi & Budi', gone: false, sourceId: 's1' }]);
    expect(targetLines({ kind: 'summary', summarySheetId: 'sheet1' }, data, t)).toEqual([{ text: 'Summary sheet: Interview Dewi & Budi', gone: false, sourceId: 's1' }]);
    expect(targetLines({ kind: 'conclusions', conclusionIds: ['k1'] }, data, t)).toEqual([{ text: 'Conclusion: Networks open export markets', gone: false, conclusionId: 'k1' }]);
  });

  it('shows a returned thing that no longer exists as gone', () => {
    expect(targetLines({ kind: 'transcript', sourceId: 'deleted' }, data, t)).toEqual([{ text: 'Transcript (deleted)', gone: true }]);
    expect(targetLines({ kind: 'summary', summarySheetId: 'deleted' }, data, t)[0].gone).toBe(true);
    expect(targetLines({ kind: 'conclusions', conclusionIds: ['k1', 'deleted'] }, data, t).map((line) => line.gone)).toEqual([false, true]);
  });

  it('counts the excerpts kept and those deleted', () => {
    expect(targetLines({ kind: 'excerpts', codingIds: ['c1', 'c4'] }, data, t)).toEqual([{ text: '2 excerpts', gone: false }]);
    expect(targetLines({ kind: 'excerpts', codingIds: ['c1', 'x', 'y'] }, data, t)).toEqual([
      { text: '1 excerpt', gone: false }, { text: '2 excerpts deleted', gone: true },
    ]);
    expect(targetLines({ kind: 'excerpts', codingIds: ['x'] }, data, t)).toEqual([{ text: '1 excerpt deleted', gone: true }]);
  });
});

describe('responseSummary', () => {
  it('says when nothing is answered yet', () => {
    expect(responseSummary(check([item({ kind: 'transcript', sourceId: 's1' })]), t)).toBe('1 item, not answered yet');
  });

  it('counts the answers by kind, in the model’s order', () => {
    const answered = check([
      item({ kind: 'transcript', sourceId: 's1' }, 'correct'),
      item({ kind: 'conclusions', conclusionIds: ['k1'] }, 'confirm'),
      item({ kind: 'summary', summarySheetId: 'sheet1' }),
    ]);
    expect(responseSummary(answered, t)).toBe('2 of 3 answered: 1 confirmed, 1 corrected');
  });
});

describe('sourcesOfTarget', () => {
  it('follows the transcript, the sheet’s source and the excerpts’ sources, once each', () => {
    expect(sourcesOfTarget({ kind: 'transcript', sourceId: 's1' }, data)).toEqual(['s1']);
    expect(sourcesOfTarget({ kind: 'summary', summarySheetId: 'sheet1' }, data)).toEqual(['s1']);
    expect(sourcesOfTarget({ kind: 'excerpts', codingIds: ['c4', 'c1', 'c5', 'gone'] }, data)).toEqual(['s2', 's1']);
    expect(sourcesOfTarget({ kind: 'conclusions', conclusionIds: ['k1'] }, data)).toEqual([]);
    expect(sourcesOfTarget({ kind: 'transcript', sourceId: 'deleted' }, data)).toEqual([]);
  });
});
