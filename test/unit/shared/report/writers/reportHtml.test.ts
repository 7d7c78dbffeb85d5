// The report's HTML writer: valid HTML5 by html-validate's recommended rules, every text escaped, the same string for
// the same document, the document's language on <html> and in the writer's own words, the contents linking every
// section, and inline figures whose ids stay unique when a report holds more than one.
import { HtmlValidate } from 'html-validate';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../shared/i18n/translate.ts';
import type { ReportDocument, ReportFigure } from '../../../../../shared/report/reportDocument.ts';
import { reportHtml, reportHtmlFiles } from '../../../../../shared/report/writers/reportHtml.ts';
import { SAMPLE_QUOTE, sampleReportDocument } from '../../../../support/sampleReportDocument.ts';

afterEach(() => setLocale('en'));

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

const validationMessages = async (html: string): Promise<string[]> => {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message}`));
};

const ids = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);

const figureOf = (document: ReportDocument): ReportFigure => {
  const figure = document.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'figure');
  if (figure?.kind !== 'figure') throw new Error('the sample has a figure');
  return figure;
};

describe('reportHtml', () => {
  it('writes the sample document as HTML that html-validate finds valid by its recommended rules', async () => {
    const html = reportHtml(sampleReportDocument());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Djembe craft in Sentul: an ecosystem model</title>');
    expect(await validationMessages(html)).toEqual([]);
  });

  it('is checked by a validator that does report broken markup', async () => {
    // Guards the test above: a validator that accepted anything would make it pass.
    const broken = reportHtml(sampleReportDocument()).replace('<dt>Status</dt>', '<dt>Status').replace('<html lang="en">', '<html>');
    expect((await validationMessages(broken)).length).toBeGreaterThan(0);
  });

  it('escapes every text, in prose, quotes, lists, tables and the title', () => {
    const document = sampleReportDocument();
    document.title = 'Ties & <bonds>';
    const html = reportHtml(document);
    expect(html).toContain('<title>Ties &amp; &lt;bonds&gt;</title>');
    expect(html).toContain('<p>Networks bring buyers &amp; orders &lt;first&gt;; see table 1.</p>');
    expect(html).toContain('&quot;pesanan&quot; &amp; &lt;bonus&gt; | 50% *cepat*');
    expect(html).not.toContain('<first>');
    expect(html).not.toContain('<bonus>');
    expect(html).not.toContain('<bonds>');
  });

  it('sets quotes apart with their tag, facts as a description list, tables with caption and header, notes as notes', () => {
    const html = reportHtml(sampleReportDocument());
    expect(html).toMatch(/<blockquote class="quote"><p>Kami kirim 200 djembe[^<]*<\/p><footer>\[Owner A · owner · interview · 3 March 2024\]<\/footer><\/blockquote>/);
    expect(html).toContain('<dl class="facts"><div><dt>Status</dt><dd>Supported</dd></div>');
    expect(html).toContain('<caption>Table 1. Evidence per conclusion</caption><thead><tr><th scope="col">Conclusion</th>');
    expect(html).toContain('<tbody><tr><td>Networks are the entry point</td><td>12</td>');
    expect(html).toContain('<p class="note">No member checks yet.</p>');
    expect(html).toContain('<ol><li>First step</li><li>Second step</li></ol>');
  });

  it('keeps line breaks of a quote, and escapes a colour swatch’s value', () => {
    const document = sampleReportDocument();
    document.sections[0].blocks = [
      { kind: 'quote', text: 'First line\nsecond <line>', tag: '[B]' },
      { kind: 'heading', level: 2, text: 'Coloured', color: '"><script>alert(1)</script>' },
    ];
    const html = reportHtml(document);
    expect(html).toContain('<p>First line<br>second &lt;line&gt;</p>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('fill="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('gives the same string for the same document', () => {
    expect(reportHtml(sampleReportDocument())).toBe(reportHtml(sampleReportDocument()));
  });

  it('follows the document’s language, not the app’s, in the lang attribute and its own words', () => {
    setLocale('id');
    expect(reportHtml(sampleReportDocument())).toContain('<h2 id="report-contents">Contents</h2>');
    const indonesian = { ...sampleReportDocument(), language: 'id' as const };
    setLocale('en');
    const html = reportHtml(indonesian);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<h2 id="report-contents">Daftar isi</h2>');
  });

  it('lists every section in the contents, each linking to its section', () => {
    const document = sampleReportDocument();
    const html = reportHtml(document);
    const nav = /<nav class="contents"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    const links = [...nav.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)].map((match) => ({ target: match[1], title: match[2] }));
    expect(links.map((link) => link.title)).toEqual(document.sections.map((section) => section.title));
    for (const link of links) {
      expect(html).toMatch(new RegExp(`<section class="report-section" id="${link.target}">\\n<h2>${link.title}</h2>`));
    }
  });

  it('inlines each figure without its XML prolog, with ids unique in the page and every marker reference resolving', async () => {
    const document = sampleReportDocument();
    const figure = figureOf(document);
    // The same figure twice, so its id and every marker id inside it repeat.
    document.sections.push({ id: 'appendices', title: 'Appendices', blocks: [figure] });
    const html = reportHtml(document);
    expect(html).not.toContain('<?xml');
    expect(html.match(/<figure class="figure"/g)).toHaveLength(2);
    const all = ids(html);
    expect(new Set(all).size).toBe(all.length);
    const references = [...html.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(all).toContain(reference);
    expect(await validationMessages(html)).toEqual([]);
  });

  it('gives sections with the same id distinct anchors', () => {
    const document = sampleReportDocument();
    document.sections[1].id = 'findings';
    const html = reportHtml(document);
    expect(html).toContain('<a href="#section-findings">Findings</a>');
    expect(html).toContain('<a href="#section-findings-2">The ecosystem model</a>');
    expect(html).toContain('<section class="report-section" id="section-findings-2">');
  });

  it('shows the quote text of the sample word for word once the page is read back', () => {
    const html = reportHtml(sampleReportDocument());
    const quote = /<blockquote class="quote"><p>([^<]*)<\/p>/.exec(html)?.[1] ?? '';
    const readBack = quote.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(readBack).toBe(SAMPLE_QUOTE);
  });

  it('hands the file over as UTF-8 bytes with nothing beside it', () => {
    const files = reportHtmlFiles(sampleReportDocument());
    expect(new TextDecoder().decode(files.main)).toBe(reportHtml(sampleReportDocument()));
    expect(files.extra).toEqual([]);
  });
});
