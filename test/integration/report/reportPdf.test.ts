// The report as a PDF, read as a reader would with poppler: every heading, the quote exactly (Indonesian and special
// characters), the facts and table cells as text; the figure drawn as vectors, so its node labels are text and the
// file holds no image; a long table continues on the next page under its header again; every page renders; and the
// same document gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPacketFonts } from '../../../cli/packetFonts.ts';
import type { ReportDocument } from '../../../shared/report/reportDocument.ts';
import { reportPdf, type ReportPdfFonts } from '../../../shared/report/writers/reportPdf.ts';
import { SAMPLE_QUOTE, sampleReportDocument } from '../../support/sampleReportDocument.ts';

const folder = mkdtempSync(join(tmpdir(), 'caseweave-report-pdf-'));
const poppler = (tool: string, args: string[]): string => execFileSync(tool, args, { encoding: 'utf8' });
const save = (name: string, bytes: Uint8Array): string => {
  const file = join(folder, name);
  writeFileSync(file, bytes);
  return file;
};
/** A page's text (or the whole file's), whitespace runs as single spaces. */
const textOf = (file: string, page?: number): string =>
  poppler('pdftotext', ['-enc', 'UTF-8', ...(page === undefined ? [] : ['-f', String(page), '-l', String(page)]), file, '-']).replace(/\s+/g, ' ');
const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))?.[1]);

/** The sample with a table long enough to run over a page. */
const withLongTable = (): ReportDocument => {
  const document = sampleReportDocument();
  const rows = Array.from({ length: 70 }, (_, index) => [`Conclusion number ${index + 1} about how networks carry orders abroad`, String(index + 1), 'interview, observation, document']);
  document.sections.push({ id: 'appendices', title: 'Appendices', blocks: [{ kind: 'table', caption: 'Table 2. Every conclusion', header: ['Statement', 'Evidence', 'Source kinds'], rows }] });
  return document;
};

describe('reportPdf', () => {
  let fonts: ReportPdfFonts;
  let bytes: Uint8Array;
  let file = '';

  beforeAll(async () => {
    fonts = await loadPacketFonts();
    bytes = await reportPdf(withLongTable(), fonts);
    file = save('report.pdf', bytes);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds every heading, the quote exactly, the facts and the table cells as text', () => {
    const text = textOf(file);
    const document = withLongTable();
    for (const words of [document.title, document.subtitle, document.dateLine, ...document.sections.map((section) => section.title)]) expect(text).toContain(words);
    for (const heading of ['Entry point: business networks', 'Disconfirming evidence']) expect(text).toContain(heading);
    expect(text).toContain(SAMPLE_QUOTE);
    expect(text).toContain('[Owner A · owner · interview · 3 March 2024]');
    expect(text).toContain('Triangulated — 2 source kinds, 3 roles');
    for (const cell of ['Source kinds | roles', 'Networks are the entry point', 'Associations build capacity', 'interview, observation']) expect(text).toContain(cell);
    expect(text).toContain('One buyer came through a trade fair | explained');
    expect(text).toContain('No member checks yet.');
    expect(textOf(file, 2)).toContain(`Page 2 of ${pageCount(file)}`);
    // The title page has no page number.
    expect(textOf(file, 1)).not.toContain('Page 1');
  });

  it('draws the figure as vectors: its labels are text and the file holds no image', () => {
    const text = textOf(file);
    for (const label of ['Business networks', 'Export markets', 'Association', 'leads to (+)', 'supports', 'Relations without evidence']) expect(text).toContain(label);
    expect(text).toContain('Figure 1. The ecosystem model');
    const images = poppler('pdfimages', ['-list', file]).trim().split('\n');
    // Only the header and its rule: no image anywhere in the file.
    expect(images).toHaveLength(2);
  });

  it('continues a long table on the next pages under its header again, never splitting a row', () => {
    const pages = pageCount(file);
    const tablePages = Array.from({ length: pages }, (_, index) => index + 1).filter((page) => textOf(file, page).includes('Conclusion number'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(textOf(file, page)).toMatch(/Statement Evidence Source kinds/);
    const all = textOf(file);
    for (const number of [1, 35, 70]) expect(all).toContain(`Conclusion number ${number} about how networks carry orders abroad`);
  });

  it('renders every page to an image', () => {
    const pages = pageCount(file);
    poppler('pdftoppm', ['-r', '60', '-png', file, join(folder, 'page')]);
    const images = readdirSync(folder).filter((name) => name.startsWith('page') && name.endsWith('.png'));
    expect(images).toHaveLength(pages);
    for (const image of images) expect(readFileSync(join(folder, image)).length).toBeGreaterThan(2000);
  });

  it('breaks a quote’s lines where its text does', async () => {
    const document = sampleReportDocument();
    document.sections[0].blocks.push({ kind: 'quote', text: 'Baris pertama dari kutipan.\n\nBaris kedua.', tag: '[Owner B]' });
    const lined = save('lines.pdf', await reportPdf(document, fonts));
    expect(poppler('pdftotext', ['-enc', 'UTF-8', lined, '-'])).toMatch(/Baris pertama dari kutipan\.\n+Baris kedua\./);
  });

  it('writes its own words in the document’s language', async () => {
    const indonesian = save('laporan.pdf', await reportPdf({ ...sampleReportDocument(), language: 'id' }, fonts));
    expect(textOf(indonesian, 2)).toContain(`Halaman 2 dari ${pageCount(indonesian)}`);
    expect(poppler('pdfinfo', [indonesian])).not.toMatch(/Page 2 of/);
  });

  it('gives the same bytes for the same document, stamped with its own instant', async () => {
    const again = await reportPdf(withLongTable(), fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const info = poppler('pdfinfo', ['-isodates', file]);
    expect(info).toMatch(/CreationDate:\s+2026-12-07T09:00:00Z/);
    expect(info).toMatch(/ModDate:\s+2026-12-07T09:00:00Z/);
    expect(info).toMatch(/Producer:\s+Caseweave/);
  });
});
