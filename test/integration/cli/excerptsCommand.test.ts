// `caseweave excerpts` writes the rows the app's excerpt export writes (compared with the app's CSV of the seeded
// example), as CSV or JSON, to a file or stdout; the same excerpts as Markdown, XLSX (a sheet per code on request) and
// Word, never with a real name; names a code by name or path and refuses an unknown or ambiguous one; and, end to end,
// `new` + `import --into` + coding (as the app codes, through the shared planners) + `excerpts`.
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CodingStore } from '../../../renderer/data/codingStore.ts';
import { seedExampleProjectIfEmpty } from '../../../renderer/data/example/seedExample.ts';
import { exportExcerptsCsv } from '../../../renderer/data/retrieval.ts';
import { applyCodings, createCode } from '../../../shared/codebook/index.ts';
import type { ExcerptRecord } from '../../../shared/export/index.ts';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { combineChanges } from '../../../shared/project/projectChange.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { docxDocumentXml, docxText } from '../../support/packetText.ts';
import { runCli } from '../../support/runCli.ts';
import { freshDatabase } from '../data/testDatabase.ts';
import { expectNoStackTrace, interviewTranscript, readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

// The BOM stays, as a reader of the process's stdout sees it.
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** The CSV the app exports for the seeded example, with the app's coder named as the CLI's. */
const appExportOfExample = async (codeNames: readonly string[] | null, includeSubCodes: boolean): Promise<string> => {
  const db = freshDatabase();
  const project = await seedExampleProjectIfEmpty(db);
  if (project === null) throw new Error('the app did not seed the example');
  const store = await CodingStore.load(db, project.id);
  const { codes } = store.getSnapshot();
  const codeIds = codeNames === null ? codes.map((code) => code.id) : codeNames.map((name) => codes.find((code) => code.name === name)?.id ?? '');
  const csv = decode(await exportExcerptsCsv(db, store, project.id, { codeIds, includeSubCodes }));
  return csv.replaceAll(',researcher,', ',caseweave-cli,');
};

describe('caseweave excerpts', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
  });

  it('writes the CSV the app exports, for named codes with their sub-codes and for every code', async () => {
    const file = path('example.caseweave');
    const run = await runCli(['excerpts', file, '--code', 'diaspora', '--code', 'Business associations', '--with-subcodes', '-o', path('some.csv')]);
    expect(run).toEqual({ code: 0, stdout: `Wrote 18 excerpts to ${path('some.csv')}.\n`, stderr: '' });
    const expected = await appExportOfExample(['Diaspora', 'Business associations'], true);
    expect(expected.split('\r\n')).toHaveLength(20);
    expect(decode(await readFile(path('some.csv')))).toBe(expected);

    expect((await runCli(['excerpts', file, '-o', path('all.csv')])).code).toBe(0);
    expect(decode(await readFile(path('all.csv')))).toBe(await appExportOfExample(null, false));
  });

  it('writes the same rows as JSON, and to stdout with -o -', async () => {
    const file = path('example.caseweave');
    const csv = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '-o', '-']);
    expect(csv.code).toBe(0);
    expect((await runCli(['excerpts', file, '--code', 'Business networks / Learning', '-o', path('learning.csv')])).code).toBe(0);
    expect(csv.stdout).toBe(decode(await readFile(path('learning.csv'))));
    const json = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '--format', 'json', '-o', '-']);
    const records = JSON.parse(json.stdout) as ExcerptRecord[];
    const rows = csv.stdout.trimEnd().split('\r\n').slice(1);
    expect(records).toHaveLength(rows.length);
    records.forEach((record, index) => {
      expect(rows[index].startsWith(`${record.codePath},`)).toBe(true);
      expect(rows[index]).toContain(`,${record.source},`);
      expect(rows[index]).toContain(`,${record.start},${record.end},${record.firstParagraph},${record.lastParagraph},`);
    });
    expect(records[0]).toMatchObject({ excerpt: 'They taught us that, we did not know it.', speakers: ['Pak Harjo'], informants: ['Harjo'], roles: ['owner'], sourceKind: 'interview' });
  });

  it('writes the same excerpts as Markdown, grouped by code and informant', async () => {
    const file = path('example.caseweave');
    const run = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '--format', 'md', '-o', path('learning.md')]);
    expect(run.code).toBe(0);
    const markdown = decode(await readFile(path('learning.md')));
    expect(markdown.startsWith('# Coded excerpts\n')).toBe(true);
    expect(markdown).toContain('\n## Business networks / Learning\n');
    expect(markdown).toContain('\n### Harjo (owner)\n\n> They taught us that, we did not know it.\n\n— Interview with Pak Harjo (owner) · Pak Harjo · ¶ ');
    // The same excerpts as the CSV: one block quote per row.
    const csv = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '-o', '-']);
    expect(markdown.match(/^— /gm)).toHaveLength(csv.stdout.trimEnd().split('\r\n').length - 1);
  });

  it('writes the same excerpts as a workbook, with a sheet per code on request, and refuses it on stdout', async () => {
    const file = path('example.caseweave');
    const csv = await runCli(['excerpts', file, '--code', 'diaspora', '--code', 'Business associations', '--with-subcodes', '-o', '-']);
    const csvRows = csv.stdout.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const run = await runCli(['excerpts', file, '--code', 'diaspora', '--code', 'Business associations', '--with-subcodes', '--format', 'xlsx', '--sheet-per-code', '-o', path('some.xlsx')]);
    expect(run).toEqual({ code: 0, stdout: `Wrote 18 excerpts to ${path('some.xlsx')}.\n`, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(path('some.xlsx'))).slice().buffer);
    const [all, ...perCode] = workbook.worksheets;
    expect(all.name).toBe('Coded excerpts');
    expect(all.rowCount).toBe(csvRows.length);
    expect(String(all.getCell('B2').value)).toBe(csvRows[1].split(',')[1].replace(/^"|"$/g, ''));
    // Every code's sheet holds that code's excerpts; together they are the excerpts of the first sheet.
    expect(perCode.length).toBeGreaterThan(1);
    expect(perCode.reduce((sum, sheet) => sum + sheet.rowCount - 1, 0)).toBe(csvRows.length - 1);
    const codesOfSheets = perCode.map((sheet) => new Set(sheet.getColumn(1).values.slice(2).map(String)));
    expect(codesOfSheets.every((codes) => codes.size === 1)).toBe(true);
    expect(new Set(codesOfSheets.map((codes) => [...codes][0])).size).toBe(perCode.length);

    const onStdout = await runCli(['excerpts', file, '--format', 'xlsx', '-o', '-']);
    expect(onStdout.code).toBe(2);
    expect(onStdout.stderr).toContain('Excerpts as xlsx are not text: write them to a file with -o.');
    const sheetsOfCsv = await runCli(['excerpts', file, '--sheet-per-code', '-o', path('none.csv')]);
    expect(sheetsOfCsv.code).toBe(2);
    expect(sheetsOfCsv.stderr).toContain('--sheet-per-code needs --format xlsx.');
  });

  it('writes the same excerpts as a Word document, by code and informant, with pseudonyms and never a real name', async () => {
    // The informants get real names in the file; the export must not show them.
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const informants = snapshotRows(snapshot, 'informants').map((informant, index) => ({ ...informant, realName: `Realname Number${index}` }));
    await saveSnapshot(path('named.caseweave'), { ...snapshot, tables: { ...snapshot.tables, informants } });
    const file = path('named.caseweave');
    const run = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '--format', 'docx', '-o', path('learning.docx')]);
    expect(run).toEqual({ code: 0, stdout: expect.stringMatching(/^Wrote \d+ excerpts to /) as string, stderr: '' });
    const bytes = new Uint8Array(await readFile(path('learning.docx')));
    const xml = docxDocumentXml(bytes);
    const csv = await runCli(['excerpts', file, '--code', 'Business networks / Learning', '-o', '-']);
    expect(xml.match(/<w:pStyle w:val="Quote"\/>/g)).toHaveLength(csv.stdout.trimEnd().split('\r\n').length - 1);
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    const text = docxText(bytes);
    expect(text).toContain('Business networks / Learning Harjo (owner) They taught us that, we did not know it. — Interview with Pak Harjo (owner) · Pak Harjo · owner · ¶ ');
    expect(text).not.toContain('Realname');
  });

  it('with --pseudonymise replaces every name of the project\'s list and the informants\' real names, in every format', async () => {
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const projects = snapshotRows(snapshot, 'projects').map((row) => ({ ...row, settings: { ...row.settings, pseudonyms: [{ realName: 'Harjo', pseudonym: 'Owner A' }] } }));
    const informants = snapshotRows(snapshot, 'informants').map((informant, index) => ({ ...informant, realName: `Realname Number${index}` }));
    const file = path('listed.caseweave');
    await saveSnapshot(file, { ...snapshot, tables: { ...snapshot.tables, projects, informants } });
    const plain = await runCli(['excerpts', file, '-o', '-']);
    expect(plain.stdout).toMatch(/\bHarjo\b/);
    for (const format of ['csv', 'json', 'md']) {
      const hidden = await runCli(['excerpts', file, '--format', format, '--pseudonymise', '-o', '-']);
      expect(hidden.code).toBe(0);
      expect(hidden.stdout).not.toMatch(/\bHarjo\b|Realname/);
      expect(hidden.stdout).toContain('Pak Owner A');
    }
    expect((await runCli(['excerpts', file, '--format', 'docx', '--pseudonymise', '-o', path('hidden.docx')])).code).toBe(0);
    expect(docxText(new Uint8Array(await readFile(path('hidden.docx'))))).not.toMatch(/\bHarjo\b|Realname/);
    expect((await runCli(['excerpts', file, '--format', 'xlsx', '--pseudonymise', '-o', path('hidden.xlsx')])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(path('hidden.xlsx'))).slice().buffer);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String)).join('\n');
    expect(cells).toContain('Owner A');
    expect(cells).not.toMatch(/\bHarjo\b|Realname/);
  });

  it('refuses an unknown code and a name two codes share, and a damaged file, with exit 1', async () => {
    const file = path('example.caseweave');
    const unknown = await runCli(['excerpts', file, '--code', 'Weather', '-o', path('none.csv')]);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: `${file}: the project has no code "Weather".\n` });
    await expect(readFile(path('none.csv'))).rejects.toMatchObject({ code: 'ENOENT' });

    const { snapshot } = await readSoundProjectFile(file);
    const codes = snapshotRows(snapshot, 'codes');
    const diaspora = codes.find((code) => code.name === 'Diaspora');
    const twin = createCode({ codes, codings: [] }, { projectId: snapshot.projectId, parentId: diaspora?.id ?? null, name: 'Learning' });
    await saveSnapshot(path('twins.caseweave'), { ...snapshot, tables: { ...snapshot.tables, codes: [...codes, twin.code] } });
    const ambiguous = await runCli(['excerpts', path('twins.caseweave'), '--code', 'Learning', '-o', path('none.csv')]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toBe(`${path('twins.caseweave')}: 2 codes are named "Learning" ("Business networks / Learning", "Diaspora / Learning"); give the path of the one you mean.\n`);
    expect((await runCli(['excerpts', path('twins.caseweave'), '--code', 'Diaspora / Learning', '-o', '-'])).code).toBe(0);

    await writeFile(path('broken.caseweave'), 'PK not really');
    const broken = await runCli(['excerpts', path('broken.caseweave'), '-o', path('none.csv')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr.startsWith(path('broken.caseweave'))).toBe(true);
    expectNoStackTrace(broken.stderr);
  });
});

describe('new + import --into + excerpts, end to end', () => {
  it('codes imported interviews in a new project and exports their excerpts', async () => {
    const project = path('weavers.caseweave');
    expect((await runCli(['new', 'Weavers of Troso', '--template', 'ecosystem-internationalization', '-o', project])).code).toBe(0);
    await writeFile(path('ibu-sari.txt'), interviewTranscript([
      ['Interviewer', 'Who taught you the ikat patterns?'],
      ['Ibu Sari', 'My mother, and later a designer from Jakarta who came every dry season.'],
      ['Interviewer', 'Do you still use her patterns?'],
      ['Ibu Sari', 'Only for the cloth we sell in the village.'],
    ]));
    await writeFile(path('pak-budi.txt'), interviewTranscript([
      ['Interviewer', 'How do you find buyers abroad?'],
      ['Pak Budi', 'A cousin in Leiden shows our cloth at markets there.'],
      ['Interviewer', 'Does he take a share?'],
      ['Pak Budi', 'Ten percent, and he pays the shipping.'],
    ]));
    const imported = await runCli(['import', path('ibu-sari.txt'), path('pak-budi.txt'), '--into', project, '--kind', 'interview']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`2 added to ${project}, 0 refused.`);

    // The researcher codes two passages in the app (the same shared planners, written as the app writes a file).
    const { snapshot } = await readSoundProjectFile(project);
    const codes = snapshotRows(snapshot, 'codes');
    const codeNamed = (name: string): string => codes.find((code) => code.name === name)?.id ?? '';
    const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
    const sourceOf = (fileName: string) => {
      const source = snapshotRows(snapshot, 'sources').find((row) => row.originalFileName === fileName);
      return { id: source?.id ?? '', text: texts.get(source?.id ?? '') ?? '' };
    };
    const request = (fileName: string, codeId: string, quote: string) => {
      const source = sourceOf(fileName);
      const start = source.text.indexOf(quote);
      return { projectId: snapshot.projectId, sourceId: source.id, codeId, start, end: start + quote.length, coderId: 'researcher-1', textLength: source.text.length };
    };
    const coded = applyCodings({ codes, codings: [] }, [
      request('ibu-sari.txt', codeNamed('Design innovation'), 'a designer from Jakarta who came every dry season'),
      request('pak-budi.txt', codeNamed('Promotion abroad'), 'A cousin in Leiden shows our cloth at markets there.'),
    ]);
    const researcher = { id: 'researcher-1', name: 'Dewi', initials: 'D', createdAt: snapshot.tables.projects?.[0].createdAt ?? '', updatedAt: '' };
    const audit = { projectId: snapshot.projectId, action: 'apply-code', objectType: 'coding' as const, objectId: coded.created[0].id, detail: '2' };
    const codedSnapshot = await commitToSnapshot(snapshot, { change: combineChanges(coded.change), audit }, { actor: researcher, at: '2025-06-01T10:00:00.000Z' });
    await saveSnapshot(project, codedSnapshot);
    expect((await runCli(['check', project])).code).toBe(0);

    const run = await runCli(['excerpts', project, '--code', 'Global collaboration', '--code', 'Diaspora', '--with-subcodes', '--format', 'json', '-o', path('weavers.json')]);
    expect(run).toEqual({ code: 0, stdout: `Wrote 2 excerpts to ${path('weavers.json')}.\n`, stderr: '' });
    const records = JSON.parse(decode(await readFile(path('weavers.json')))) as ExcerptRecord[];
    expect(records.map((record) => [record.codePath, record.excerpt, record.source, record.speakers, record.coder, record.firstParagraph])).toEqual([
      ['Global collaboration / Design innovation', 'a designer from Jakarta who came every dry season', 'Ibu sari', ['Ibu Sari'], 'Dewi', 2],
      ['Diaspora / Promotion abroad', 'A cousin in Leiden shows our cloth at markets there.', 'Pak budi', ['Pak Budi'], 'Dewi', 2],
    ]);
  });
});
