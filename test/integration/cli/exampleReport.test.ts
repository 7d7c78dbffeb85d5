// The example project's ecosystem-model report through the real CLI, in all four formats and read back as a reader
// would (issue 11's checks): HTML valid by html-validate with the figures inline; Markdown through markdown-it with no
// raw HTML and its figures beside it; the PDF through pdftotext and the DOCX through LibreOffice, each holding every
// section title and every quote of the document. Informants get real names (and the project a place on its
// pseudonym list) that the project description mentions, so without --pseudonymise they are in the report and with
// it none is.
import { readFile } from 'node:fs/promises';
import { HtmlValidate } from 'html-validate';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitToSnapshot } from '../../../shared/project/applyToSnapshot.ts';
import { tableChange } from '../../../shared/project/projectChange.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/index.ts';
import type { ReportDocument, ReportQuote } from '../../../shared/report/reportDocument.ts';
import { buildReportDocument } from '../../../shared/report/reportContent.ts';
import { defaultReportOptions } from '../../../shared/report/reportOptions.ts';
import { OFFICE_TIMEOUT, officeText } from '../../support/officeText.ts';
import { pdfText } from '../../support/packetText.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();
const AT = '2025-06-01T10:00:00.000Z';
const PLACE = { realName: 'Sentul', pseudonym: 'Village S' };

let realNames: string[] = [];
let expected: ReportDocument;

/** Words with any run of white space (a line break in a PDF, two spaces in a cell) as one space. */
const flat = (text: string): string => text.replace(/\s+/gu, ' ').trim();
const quotesOf = (document: ReportDocument): ReportQuote[] =>
  document.sections.flatMap((section) => section.blocks.filter((block): block is ReportQuote => block.kind === 'quote'));

const report = async (format: string, extra: string[] = ['--pseudonymise']): Promise<Uint8Array> => {
  const file = path(`report-${extra.join('')}.${format}`);
  const run = await runCli(['report', path('named.caseweave'), '--format', format, ...extra, '-o', file]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return new Uint8Array(await readFile(file));
};

const expectNoRealName = (text: string): void => {
  for (const name of [...realNames, PLACE.realName]) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
};

describe('caseweave report on the example project', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const [project] = snapshotRows(snapshot, 'projects');
    const [coder] = snapshotRows(snapshot, 'coders');
    const informants = snapshotRows(snapshot, 'informants').map((informant, index) => ({ ...informant, realName: `Sutrisno Wibowo${'ABCDEFGH'[index]}` }));
    realNames = informants.map((informant) => informant.realName);
    const named: ProjectSnapshot = await commitToSnapshot(snapshot, {
      change: tableChange('projects', [{
        ...project,
        description: `${project.description} We thank ${realNames.join(', ')} of ${PLACE.realName}.`,
        settings: { ...project.settings, pseudonyms: [PLACE] },
      }]),
      audit: null,
    }, { actor: coder, at: AT });
    const withNames = await commitToSnapshot(named, { change: tableChange('informants', informants), audit: null }, { actor: coder, at: AT });
    await saveSnapshot(path('named.caseweave'), withNames);
    expected = await buildReportDocument(withNames, { ...defaultReportOptions('en', AT), pseudonymise: true });
  });

  it('writes HTML that html-validate finds valid, with every section, the four roles, the figures and no real name', async () => {
    const html = new TextDecoder().decode(await report('html'));
    const validation = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(validation.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
    for (const section of expected.sections) expect(html).toContain(`<h2>${section.title}</h2>`);
    const findings = expected.sections.find((section) => section.id === 'findings');
    const roles = findings?.blocks.filter((block) => block.kind === 'heading' && block.level === 2).map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(roles).toEqual(expect.arrayContaining(['Entry point', 'Value creator', 'Market connector', 'Capacity builder']));
    expect(html.match(/<figure[^>]*>(?:<div[^>]*>)?<svg/gu)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expectNoRealName(html);
    // Without --pseudonymise the names are there, so the assertion above could fail.
    const named = new TextDecoder().decode(await report('html', []));
    expect(named).toContain(realNames[0]);
    expect(named).toContain(PLACE.realName);
  });

  it('writes Markdown with no raw HTML, every figure file beside it and no real name', async () => {
    const markdown = new TextDecoder().decode(await report('md'));
    const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
    const kinds = tokens.flatMap((token) => [token.type, ...(token.children ?? []).map((child) => child.type)]);
    expect(kinds.filter((kind) => kind.startsWith('html_'))).toEqual([]);
    const figures = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/gu)].map((match) => match[1]);
    expect(figures.length).toBeGreaterThanOrEqual(1);
    for (const figure of figures) expect(new TextDecoder().decode(await readFile(path(figure)))).toContain('<svg');
    expectNoRealName(markdown);
  });

  it('writes a PDF whose text holds every section title and every quote, and no real name', async () => {
    const text = flat(pdfText(await report('pdf')));
    for (const section of expected.sections) expect(text).toContain(flat(section.title));
    const quotes = quotesOf(expected);
    expect(quotes.length).toBeGreaterThan(4);
    for (const quote of quotes) expect(text).toContain(flat(quote.text));
    expectNoRealName(text);
  });

  it('writes a DOCX that LibreOffice opens, with every section title and every quote, and no real name', async () => {
    const text = flat(await officeText(await report('docx'), 'docx'));
    for (const section of expected.sections) expect(text).toContain(flat(section.title));
    for (const quote of quotesOf(expected)) expect(text).toContain(flat(quote.text));
    expectNoRealName(text);
  }, OFFICE_TIMEOUT);
});
