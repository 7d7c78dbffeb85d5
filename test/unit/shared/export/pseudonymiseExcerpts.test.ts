// Pseudonymised coded-excerpt exports: with the project's replacer applied, no real name of the list (a person, with
// or without an honorific, or a place) is left in any file the excerpts are written as — CSV, JSON, Markdown, XLSX
// or Word — in the quote, the source title, the speakers or the memo; without it the names are there.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildExcerptsCsv, buildExcerptsJson, buildExcerptsMarkdown, buildExcerptsXlsx, pseudonymiseExcerpts, pseudonymReplacer, type CodedExcerpt,
} from '../../../../shared/export/index.ts';
import { buildExcerptsDocx } from '../../../../shared/export/excerptsDocx.ts';
import { codedExcerpt, harjo } from './codedExcerptFixture.ts';

const project = { settings: { reportLanguage: 'en', rolePresets: [], pseudonyms: [{ realName: 'Sentul', pseudonym: 'the village' }] } };
const informants = [{ pseudonym: 'Harjo', realName: 'Harjo Wiyono' }, { pseudonym: 'Trader B', realName: 'Sri Lestari' }];
const REAL = ['Wiyono', 'Sri Lestari', 'Sentul'];

const excerpts: CodedExcerpt[] = [
  codedExcerpt('Learning', 'Pak Harjo Wiyono taught me in Sentul; bu Sri Lestari sold the skins.', [harjo], {
    sourceTitle: 'Interview with Harjo Wiyono in Sentul', speakers: ['Harjo Wiyono'], memo: 'Check with Sri Lestari.',
  }),
];

/** The text a file holds: the bytes as text, or every XML part of a zipped file (XLSX, DOCX). */
const textOf = (bytes: Uint8Array): string => {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return strFromU8(bytes);
  return Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.xml')).map(([, data]) => strFromU8(data)).join('\n');
};

const writers: [string, (shown: readonly CodedExcerpt[]) => Promise<Uint8Array> | Uint8Array][] = [
  ['CSV', (shown) => buildExcerptsCsv(shown, { locale: 'en' })],
  ['JSON', (shown) => buildExcerptsJson(shown)],
  ['Markdown', (shown) => buildExcerptsMarkdown(shown, 'en')],
  ['XLSX', (shown) => buildExcerptsXlsx(ExcelJS, shown, { locale: 'en', sheetPerCode: true })],
  ['Word', (shown) => buildExcerptsDocx(shown, 'en')],
];

describe('pseudonymised coded-excerpt exports', () => {
  const replace = pseudonymReplacer(project, informants);

  it('replaces the names in every text an excerpt carries, and keeps its ids and offsets', () => {
    const [hidden] = pseudonymiseExcerpts(excerpts, replace);
    expect(hidden.text).toBe('Pak Harjo taught me in the village; bu Trader B sold the skins.');
    expect([hidden.sourceTitle, hidden.speakers, hidden.memo]).toEqual(['Interview with Harjo in the village', ['Harjo'], 'Check with Trader B.']);
    expect(hidden.coding).toBe(excerpts[0].coding);
  });

  it.each(writers)('leaves no real name in the %s file', async (_, write) => {
    const plain = textOf(await write(excerpts));
    expect(REAL.filter((name) => plain.includes(name))).toEqual(REAL);
    const hidden = textOf(await write(pseudonymiseExcerpts(excerpts, replace)));
    expect(REAL.filter((name) => hidden.includes(name))).toEqual([]);
    expect(hidden).toContain('the village');
  });
});
