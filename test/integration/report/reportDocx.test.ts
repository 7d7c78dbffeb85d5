// The report as a Word file: opened in real LibreOffice it shows every section title, the quote and the table's cells;
// its XML uses Word's own Heading 1/2 styles, the Quote style, a table of contents and real tables and numbering; the
// figure is an SVG image with a PNG fallback drawn by resvg; and the same document gives the same bytes.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFigureRasteriser } from '../../../cli/figureRaster.ts';
import type { FigureRasteriser } from '../../../shared/report/writers/figureRaster.ts';
import { reportDocx } from '../../../shared/report/writers/reportDocx.ts';
import { OFFICE_TIMEOUT, officeText } from '../../support/officeText.ts';
import { SAMPLE_QUOTE, sampleReportDocument } from '../../support/sampleReportDocument.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('reportDocx', () => {
  let rasterise: FigureRasteriser;
  let bytes: Uint8Array;
  let parts: Record<string, Uint8Array>;
  const document = sampleReportDocument();

  beforeAll(async () => {
    rasterise = await loadFigureRasteriser();
    bytes = await reportDocx(document, rasterise);
    parts = unzipSync(bytes);
  }, 60_000);

  it('opens in LibreOffice, which shows every section title, the quote, the facts and the table cells', async () => {
    const text = await officeText(bytes, 'docx');
    expect(text).toContain(document.title);
    for (const section of document.sections) expect(text).toContain(section.title);
    expect(text).toContain('Entry point: business networks');
    expect(text).toContain(SAMPLE_QUOTE);
    expect(text).toContain('[Owner A · owner · interview · 3 March 2024]');
    expect(text).toContain('Triangulated — 2 source kinds, 3 roles');
    for (const cell of ['Source kinds | roles', 'Associations build capacity', 'interview, observation', 'document']) expect(text).toContain(cell);
    expect(text).toContain('Figure 1. The ecosystem model');
    // The footer's page fields, filled in by LibreOffice.
    expect(text).toMatch(/Page 2 of \d/);
  }, OFFICE_TIMEOUT);

  it('uses Word’s heading styles, a Quote style, real tables with a repeating header row, real lists and a TOC', () => {
    const xml = strFromU8(parts['word/document.xml']);
    for (const style of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'QuoteTag', 'Caption']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    // The title page's facts, the findings' facts and the trustworthiness table.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(xml.match(/<w:numPr>/g)).toHaveLength(4);
    // The code's colour as a shaded run before its heading.
    expect(xml).toMatch(/<w:shd w:fill="2E7D32" w:color="auto" w:val="clear"\/>|<w:shd w:val="clear" w:color="auto" w:fill="2E7D32"\/>/);
    const styles = strFromU8(parts['word/styles.xml']);
    expect(styles).toContain('<w:style w:type="paragraph" w:styleId="Quote">');
    expect(strFromU8(parts['word/numbering.xml'])).toContain('<w:numFmt w:val="decimal"/>');
  });

  it('embeds the figure as an SVG with a PNG fallback of the same drawing', () => {
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'));
    const svg = media.find((name) => name.endsWith('.svg'));
    const png = media.find((name) => name.endsWith('.png'));
    expect(svg).toBeDefined();
    expect(png).toBeDefined();
    expect(strFromU8(parts[svg ?? ''])).toContain('Business networks');
    const fallback = parts[png ?? ''];
    expect([...fallback.slice(0, 4)]).toEqual(PNG_SIGNATURE);
    // Drawn at twice its placed width (the drawing is 501 units wide, placed at its own size).
    const view = new DataView(fallback.buffer, fallback.byteOffset);
    expect(view.getUint32(16)).toBe(1002);
    const xml = strFromU8(parts['word/document.xml']);
    expect(xml).toContain('asvg:svgBlip');
  });

  it('breaks a quote’s lines where its text does', async () => {
    const document = sampleReportDocument();
    document.sections[0].blocks.push({ kind: 'quote', text: 'Baris pertama.\n\nBaris kedua.', tag: '[Owner B]' });
    const xml = strFromU8(unzipSync(await reportDocx(document, rasterise))['word/document.xml']);
    expect(xml).toContain('<w:t xml:space="preserve">Baris pertama.</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Baris kedua.</w:t>');
  });

  it('writes its own words and the spelling language in the document’s language', async () => {
    const indonesian = unzipSync(await reportDocx({ ...sampleReportDocument(), language: 'id' }, rasterise));
    expect(strFromU8(indonesian['word/document.xml'])).toContain('>Daftar isi</w:t>');
    expect(strFromU8(indonesian['word/footer1.xml'])).toContain('Halaman ');
    expect(strFromU8(indonesian['word/styles.xml'])).toContain('<w:lang w:val="id-ID"/>');
  });

  it('gives the same bytes for the same document, stamped with its own instant', async () => {
    const again = await reportDocx(sampleReportDocument(), rasterise);
    const core = strFromU8(parts['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-07T09:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-07T09:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:creator>Caseweave</dc:creator>');
    const againParts = unzipSync(again);
    // Compared as booleans: a difference in these long texts is found with a diff, not read in the test's output.
    expect(strFromU8(againParts['word/document.xml']) === strFromU8(parts['word/document.xml'])).toBe(true);
    expect(strFromU8(againParts['docProps/core.xml']) === core).toBe(true);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    // The TOC's entries point at the headings' bookmarks, numbered from 1 in every document.
    expect(strFromU8(againParts['word/document.xml'])).toContain('<w:bookmarkStart w:name="_Toc1" w:id="1"/>');
  });
});
