// writeReport hands a document to the right writer and packs what it makes: HTML and Markdown as UTF-8 (Markdown's
// figures as SVG files under the names the document gives them), DOCX with the caller's rasteriser, PDF with fonts
// asked for only then. The outlines the Report screen previews come from the options before a build, the document after.
import { describe, expect, it, vi } from 'vitest';
import { loadPacketFonts } from '../../../../cli/packetFonts.ts';
import { REPORT_SECTION_IDS, type ReportFigure } from '../../../../shared/report/reportDocument.ts';
import { defaultReportOptions } from '../../../../shared/report/reportOptions.ts';
import { documentOutline, sectionOutline, writeReport, type ReportWriterDeps } from '../../../../shared/report/writeReport.ts';
import { reportHtml } from '../../../../shared/report/writers/reportHtml.ts';
import { reportMarkdown } from '../../../../shared/report/writers/reportMarkdown.ts';
import { sampleReportDocument } from '../../../support/sampleReportDocument.ts';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const spyDeps = () => {
  const rasterise = vi.fn(async (_svg: string, _width: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  const loadFonts = vi.fn(loadPacketFonts);
  return { deps: { rasterise, loadFonts } satisfies ReportWriterDeps, rasterise, loadFonts };
};

const figuresOf = (document: ReturnType<typeof sampleReportDocument>): ReportFigure[] =>
  document.sections.flatMap((section) => section.blocks.filter((block): block is ReportFigure => block.kind === 'figure'));

describe('writeReport', () => {
  it('writes HTML as UTF-8 bytes of the HTML writer, with no files beside it and no fonts loaded', async () => {
    const document = sampleReportDocument();
    const { deps, loadFonts, rasterise } = spyDeps();
    const files = await writeReport(document, 'html', deps);
    expect(text(files.main)).toBe(reportHtml(document));
    expect(files.extra).toEqual([]);
    expect(loadFonts).not.toHaveBeenCalled();
    expect(rasterise).not.toHaveBeenCalled();
  });

  it('writes Markdown with each figure as an SVG file under the name the document gives it', async () => {
    const document = sampleReportDocument();
    const { deps, loadFonts } = spyDeps();
    const files = await writeReport(document, 'md', deps);
    expect(text(files.main)).toBe(reportMarkdown(document).markdown);
    const figures = figuresOf(document);
    expect(figures.length).toBeGreaterThan(0);
    expect(files.extra.map((file) => file.name)).toEqual(figures.map((figure) => figure.fileName));
    expect(files.extra.map((file) => text(file.bytes))).toEqual(figures.map((figure) => figure.svg));
    expect(loadFonts).not.toHaveBeenCalled();
  });

  it('writes a PDF with the fonts it asks for, once, and no files beside it', async () => {
    const { deps, loadFonts } = spyDeps();
    const files = await writeReport(sampleReportDocument(), 'pdf', deps);
    expect(loadFonts).toHaveBeenCalledTimes(1);
    expect(text(files.main.subarray(0, 4))).toBe('%PDF');
    expect(files.extra).toEqual([]);
  });

  it('writes a DOCX rasterising only the document\'s own figures, without fonts', async () => {
    const document = sampleReportDocument();
    const { deps, loadFonts, rasterise } = spyDeps();
    const files = await writeReport(document, 'docx', deps);
    expect(files.main.byteLength).toBeGreaterThan(0);
    expect(files.extra).toEqual([]);
    const svgs = figuresOf(document).map((figure) => figure.svg);
    for (const [svg] of rasterise.mock.calls) expect(svgs).toContain(svg);
    expect(loadFonts).not.toHaveBeenCalled();
  });

  it('passes a failing writer dependency on as a rejection', async () => {
    const { deps } = spyDeps();
    await expect(writeReport(sampleReportDocument(), 'pdf', { ...deps, loadFonts: async () => Promise.reject(new Error('no fonts')) })).rejects.toThrow('no fonts');
  });
});

describe('sectionOutline', () => {
  it('lists the included sections in the chosen order under their chosen or default titles', () => {
    const options = defaultReportOptions('en', '2026-03-01T09:00:00.000Z');
    const sections = [...options.sections].reverse().map((section) =>
      section.id === 'findings' ? { ...section, title: 'What we found' } : section.id === 'method' ? { ...section, included: false } : section);
    const outline = sectionOutline({ ...options, sections });
    expect(outline.map((entry) => entry.id)).toEqual([...REPORT_SECTION_IDS].reverse().filter((id) => id !== 'method'));
    expect(outline.find((entry) => entry.id === 'findings')?.title).toBe('What we found');
    expect(outline.find((entry) => entry.id === 'limitations')?.title).toBe('Limitations');
    expect(outline.every((entry) => entry.headings.length === 0)).toBe(true);
  });

  it('gives the default titles in the report\'s language, not the app\'s', () => {
    const outline = sectionOutline(defaultReportOptions('id', '2026-03-01T09:00:00.000Z'));
    expect(outline.find((entry) => entry.id === 'findings')?.title).toBe('Temuan');
  });
});

describe('documentOutline', () => {
  it('gives each built section its title and its second-level headings', () => {
    const document = sampleReportDocument();
    document.sections = [{ id: 'findings', title: 'Findings', blocks: [
      { kind: 'heading', level: 2, text: 'Owner' }, { kind: 'paragraph', text: 'x' }, { kind: 'heading', level: 3, text: 'Detail' }, { kind: 'heading', level: 2, text: 'Buyer' },
    ] }];
    expect(documentOutline(document)).toEqual([{ id: 'findings', title: 'Findings', headings: ['Owner', 'Buyer'] }]);
  });
});
