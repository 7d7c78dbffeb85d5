// The report as one self-contained HTML5 file (issue 11): a title page, the contents as links to the sections, then
// each section with its blocks, the stylesheet and every figure's SVG inline, so the file needs nothing beside it.
// The document title is the page's one h1, sections are h2 and a section's headings of level 2–4 are h3–h5 (headings
// never skip a level). Every text is escaped; the same document always gives the same string.
import { t } from '../../i18n/translate.ts';
import type { ReportBlock, ReportDocument, ReportFigure, ReportFiles, ReportTable } from '../reportDocument.ts';
import { anchorIds, escapeHtml, htmlLines } from './htmlText.ts';
import { inlineSvg } from './inlineSvg.ts';
import { REPORT_HTML_STYLE } from './reportHtmlStyle.ts';

/** A colour swatch as a tiny drawing (an attribute, not inline CSS), hidden from screen readers: the text says it all. */
const swatch = (color: string): string =>
  `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect width="10" height="10" rx="2" fill="${escapeHtml(color)}" stroke="rgba(0,0,0,0.25)"/></svg>`;

const tableHtml = (table: ReportTable): string => {
  const columns = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const cells = (row: string[], tag: 'th' | 'td'): string =>
    Array.from({ length: columns }, (_, index) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${htmlLines(row[index] ?? '')}</${tag}>`).join('');
  return [
    '<div class="table-frame"><table>',
    table.caption === '' ? '' : `<caption>${htmlLines(table.caption)}</caption>`,
    table.header.length === 0 ? '' : `<thead><tr>${cells(table.header, 'th')}</tr></thead>`,
    `<tbody>${table.rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</tbody>`,
    '</table></div>',
  ].join('');
};

const figureHtml = (figure: ReportFigure, anchor: string): string =>
  `<figure class="figure" id="${anchor}"><div class="figure-drawing">${inlineSvg(figure.svg, anchor)}</div>`
  + `<figcaption>${htmlLines(figure.caption)}</figcaption></figure>`;

/** `figureAnchor` hands out the figures' anchors in document order (one figure object may stand in two places). */
const blockHtml = (block: ReportBlock, figureAnchor: () => string): string => {
  switch (block.kind) {
    case 'heading': {
      const level = block.level + 1;
      return `<h${level}>${block.color === undefined ? '' : swatch(block.color)}${escapeHtml(block.text)}</h${level}>`;
    }
    case 'paragraph':
      return `<p${block.style === 'note' ? ' class="note"' : ''}>${htmlLines(block.text)}</p>`;
    case 'list': {
      if (block.items.length === 0) return '';
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${htmlLines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'facts':
      if (block.items.length === 0) return '';
      return `<dl class="facts">${block.items.map((item) => `<div><dt>${htmlLines(item.label)}</dt><dd>${htmlLines(item.value)}</dd></div>`).join('')}</dl>`;
    case 'quote':
      return `<blockquote class="quote"><p>${htmlLines(block.text)}</p><footer>${htmlLines(block.tag)}</footer></blockquote>`;
    case 'table':
      return tableHtml(block);
    case 'figure':
      return figureHtml(block, figureAnchor());
  }
};

export const reportHtml = (document: ReportDocument): string => {
  const locale = document.language;
  const sectionAnchors = anchorIds('section', document.sections.map((section) => section.id));
  const figures = document.sections.flatMap((section) => section.blocks.filter((block): block is ReportFigure => block.kind === 'figure'));
  // Figures are "figure-…" and sections "section-…", so the two kinds of anchor never meet.
  const figureAnchors = anchorIds('figure', figures.map((figure) => figure.id));
  let figuresPlaced = 0;
  const figureAnchor = (): string => figureAnchors[figuresPlaced++];
  const contentsLabel = t('reportWriters.contents', undefined, locale);
  const contents = document.sections.length === 0 ? '' : [
    '<nav class="contents" aria-labelledby="report-contents">',
    `<h2 id="report-contents">${escapeHtml(contentsLabel)}</h2>`,
    `<ol>${document.sections.map((section, index) => `<li><a href="#${sectionAnchors[index]}">${escapeHtml(section.title)}</a></li>`).join('')}</ol>`,
    '</nav>',
  ].join('\n');
  const sections = document.sections.map((section, index) => [
    `<section class="report-section" id="${sectionAnchors[index]}">`,
    `<h2>${escapeHtml(section.title)}</h2>`,
    ...section.blocks.map((block) => blockHtml(block, figureAnchor)).filter((html) => html !== ''),
    '</section>',
  ].join('\n'));
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${REPORT_HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    '<header class="title-page">',
    document.subtitle === '' ? '' : `<p class="subtitle">${escapeHtml(document.subtitle)}</p>`,
    `<h1>${escapeHtml(document.title)}</h1>`,
    document.dateLine === '' ? '' : `<p class="date-line">${escapeHtml(document.dateLine)}</p>`,
    ...document.titleBlocks.map((block) => blockHtml(block, figureAnchor)),
    '</header>',
    contents,
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n');
};

/** The HTML file's bytes (UTF-8), as every writer hands its file over; it needs nothing beside it. */
export const reportHtmlFiles = (document: ReportDocument): ReportFiles => ({ main: new TextEncoder().encode(reportHtml(document)), extra: [] });
