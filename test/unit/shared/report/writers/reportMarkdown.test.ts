// The report's Markdown writer, read back by markdown-it: no raw HTML anywhere (even with HTML allowed), pipe tables
// that render as tables, the quote's text and its tag word for word, figures linked by name and handed back as files,
// and any text at all coming out as exactly that text, never as markup.
import fc from 'fast-check';
import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ReportBlock, ReportDocument } from '../../../../../shared/report/reportDocument.ts';
import { reportMarkdown, reportMarkdownFiles } from '../../../../../shared/report/writers/reportMarkdown.ts';
import { SAMPLE_QUOTE, sampleReportDocument } from '../../../../support/sampleReportDocument.ts';

const withHtml = new MarkdownIt({ html: true });
const plain = new MarkdownIt({ html: false });

const flatten = (tokens: Token[]): Token[] => tokens.flatMap((token) => [token, ...flatten(token.children ?? [])]);

/** An inline token's text as a reader sees it: text as is, line breaks as "\n", markup as nothing. */
const inlineText = (token: Token): string =>
  (token.children ?? []).map((child) => (child.type === 'text' ? child.content : child.type === 'hardbreak' || child.type === 'softbreak' ? '\n' : '')).join('');

const oneBlockDocument = (blocks: ReportBlock[]): ReportDocument => ({ ...sampleReportDocument(), titleBlocks: [], sections: [{ id: 'findings', title: 'Findings', blocks }] });

/** The inline tokens of the one section's blocks (after the title, subtitle, date and section heading). */
const sectionInlines = (markdown: string): Token[] => withHtml.parse(markdown, {}).filter((token) => token.type === 'inline').slice(4);

/** Text as the writer keeps it: lines trimmed, blank lines left out. */
const asKept = (text: string): string => text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join('\n');

const trickyText = fc.string({
  unit: fc.constantFrom('a', 'B', '1', '9', ' ', '\n', '.', ')', '(', '#', '*', '_', '`', '<', '>', '&', ';', '|', '~', '[', ']', '!', '\\', '-', '+', '=', ':', '"', "'", '/', 'é', '—', 'x'),
  maxLength: 40,
});

describe('reportMarkdown', () => {
  it('emits no raw HTML: markdown-it with HTML allowed finds no HTML block or inline token', () => {
    const { markdown } = reportMarkdown(sampleReportDocument());
    const types = flatten(withHtml.parse(markdown, {})).map((token) => token.type);
    expect(types).not.toContain('html_block');
    expect(types).not.toContain('html_inline');
    const rendered = plain.render(markdown);
    expect(rendered).toContain('Networks bring buyers &amp; orders &lt;first&gt;; see table 1.');
    expect(rendered).not.toContain('<first>');
  });

  it('renders the title page, sections and headings at their levels', () => {
    const rendered = plain.render(reportMarkdown(sampleReportDocument()).markdown);
    expect(rendered).toContain('<h1>Djembe craft in Sentul: an ecosystem model</h1>');
    expect(rendered).toContain('<h2>Findings</h2>');
    expect(rendered).toContain('<h3>Entry point: business networks</h3>');
    expect(rendered).toContain('<h4>Disconfirming evidence</h4>');
    expect(rendered).toContain('<li><strong>Status:</strong> Supported</li>');
    expect(rendered).toContain('<p><em>No member checks yet.</em></p>');
    expect(rendered).toMatch(/<ol>\n<li>First step<\/li>\n<li>Second step<\/li>\n<\/ol>/);
  });

  it('writes tables as pipe tables that render as tables, a pipe inside a cell staying in its cell', () => {
    const rendered = plain.render(reportMarkdown(sampleReportDocument()).markdown);
    expect(rendered).toContain('<p><strong>Table 1. Evidence per conclusion</strong></p>\n<table>');
    expect(rendered).toContain('<th>Source kinds | roles</th>');
    expect(rendered.match(/<th>/g)).toHaveLength(3);
    expect(rendered).toContain('<td>Associations build capacity</td>\n<td>3</td>\n<td>document</td>');
  });

  it('keeps the quote’s text word for word, with its tag on a line of its own', () => {
    const tokens = withHtml.parse(reportMarkdown(sampleReportDocument()).markdown, {});
    const start = tokens.findIndex((token) => token.type === 'blockquote_open');
    const end = tokens.findIndex((token) => token.type === 'blockquote_close');
    const paragraphs = tokens.slice(start, end).filter((token) => token.type === 'inline').map(inlineText);
    expect(paragraphs).toEqual([SAMPLE_QUOTE, '[Owner A · owner · interview · 3 March 2024]']);
  });

  it('links each figure by its file name and returns its SVG to write beside the Markdown', () => {
    const document = sampleReportDocument();
    const { markdown, figures } = reportMarkdown(document);
    const figure = document.sections[1].blocks[0];
    if (figure.kind !== 'figure') throw new Error('the sample’s model section is a figure');
    expect(figures).toEqual([{ name: 'figure-1.svg', svg: figure.svg }]);
    const image = flatten(plain.parse(markdown, {})).find((token) => token.type === 'image');
    expect(image?.attrGet('src')).toBe('figure-1.svg');
    expect(image?.content).toBe('Figure 1. The ecosystem model');
  });

  it('names two figures with the same file name apart, and links each to its own file', () => {
    const document = sampleReportDocument();
    const figure = document.sections[1].blocks[0];
    document.sections[1].blocks.push(figure);
    const { markdown, figures } = reportMarkdown(document);
    expect(figures.map((file) => file.name)).toEqual(['figure-1.svg', 'figure-1-2.svg']);
    const sources = flatten(plain.parse(markdown, {})).filter((token) => token.type === 'image').map((token) => token.attrGet('src'));
    expect(sources).toEqual(['figure-1.svg', 'figure-1-2.svg']);
  });

  it('keeps two lists in a row apart', () => {
    const { markdown } = reportMarkdown(oneBlockDocument([
      { kind: 'list', items: ['a'], ordered: false },
      { kind: 'list', items: ['b'], ordered: false },
      { kind: 'list', items: ['c'], ordered: true },
      { kind: 'list', items: ['d'], ordered: true },
    ]));
    const rendered = plain.render(markdown);
    expect(rendered.match(/<ul>/g)).toHaveLength(2);
    expect(rendered.match(/<ol>/g)).toHaveLength(2);
  });

  it('hands the Markdown and the figures over as UTF-8 files', () => {
    const { markdown, figures } = reportMarkdown(sampleReportDocument());
    const files = reportMarkdownFiles(sampleReportDocument());
    const decoder = new TextDecoder();
    expect(decoder.decode(files.main)).toBe(markdown);
    expect(files.extra.map((file) => ({ name: file.name, svg: decoder.decode(file.bytes) }))).toEqual(figures);
  });

  it('gives the same text and files for the same document', () => {
    expect(reportMarkdown(sampleReportDocument())).toEqual(reportMarkdown(sampleReportDocument()));
  });

  it('writes any text of a heading, paragraph, list item, quote and table cell as exactly that text, never as markup', () => {
    fc.assert(fc.property(trickyText, (text) => {
      const kept = asKept(text);
      fc.pre(kept !== '');
      const { markdown } = reportMarkdown(oneBlockDocument([
        { kind: 'heading', level: 2, text },
        { kind: 'paragraph', text },
        { kind: 'list', items: [text], ordered: true },
        { kind: 'quote', text, tag: text },
        { kind: 'table', caption: 'T', header: ['h'], rows: [[text]] },
      ]));
      const tokens = flatten(withHtml.parse(markdown, {}));
      expect(tokens.filter((token) => /^(html_|code_|fence|hr|s_open|em_open|link_open|image|entity)/.test(token.type)).map((token) => token.type)).toEqual([]);
      // The writer's own markup only: the title and section headings, the subtitle and the table caption in bold.
      expect(tokens.filter((token) => token.type === 'heading_open').map((token) => token.tag)).toEqual(['h1', 'h2', 'h3']);
      expect(tokens.filter((token) => token.type === 'strong_open')).toHaveLength(2);
      const inlines = sectionInlines(markdown).map(inlineText);
      const oneLine = kept.replace(/\n/g, ' ');
      // heading, paragraph, list item, quote, tag, table caption, header cell, the cell
      expect(inlines).toEqual([oneLine, kept, kept, kept, oneLine, 'T', 'h', oneLine]);
    }), { numRuns: 400 });
  });
});
