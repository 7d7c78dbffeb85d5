// The report as CommonMark with pipe tables (issue 11), and its figures as SVG files to write beside it: the title,
// then each section (##) with its blocks; a section's headings of level 2–4 are ###–#####. Every text is escaped, so
// the rendered file holds no raw HTML and no markup the text did not mean. Colour swatches have no Markdown form and
// are left out. The same document always gives the same text.
import type { ReportBlock, ReportDocument, ReportFigure, ReportFiles, ReportTable } from '../reportDocument.ts';
import { markdownCell, markdownInline, markdownLines } from './markdownText.ts';
import { uniqueNames } from './uniqueNames.ts';

export type MarkdownReport = { markdown: string; figures: { name: string; svg: string }[] };

/**
 * Two lists in a row with the same marker would read as one list, so a list takes the other marker when the block
 * before it was a list of its kind.
 */
type ListMarkers = { bullet: '-' | '*'; ordered: '.' | ')' };

const listLines = (items: string[], ordered: boolean, markers: ListMarkers): string => items.map((item, index) => {
  const marker = ordered ? `${index + 1}${markers.ordered} ` : `${markers.bullet} `;
  return `${marker}${markdownInline(item, ' '.repeat(marker.length))}`;
}).join('\n');

const tableMarkdown = (table: ReportTable): string => {
  const columns = Math.max(1, table.header.length, ...table.rows.map((row) => row.length));
  const row = (cells: string[]): string =>
    `| ${Array.from({ length: columns }, (_, index) => markdownCell(cells[index] ?? '')).join(' | ')} |`;
  const lines = [row(table.header), `|${' --- |'.repeat(columns)}`, ...table.rows.map(row)];
  return [table.caption === '' ? '' : `**${markdownInline(table.caption)}**`, lines.join('\n')].filter((part) => part !== '').join('\n\n');
};

/** A file name as a link destination: anything but letters, digits and . _ ~ - / percent-encoded. */
const linkTarget = (name: string): string => name.replace(/[^A-Za-z0-9._~/-]/g, (character) => encodeURIComponent(character));

/** `figureName` hands out the figures' file names in document order (one figure object may stand in two places). */
const blockMarkdown = (block: ReportBlock, markers: ListMarkers, figureName: () => string): string => {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${markdownLines(block.text).join(' ')}`;
    case 'paragraph': {
      const text = markdownInline(block.text);
      return block.style === 'note' && text !== '' ? `*${text}*` : text;
    }
    case 'list':
      return listLines(block.items, block.ordered, markers);
    case 'facts':
      return block.items.map((item) => `${markers.bullet} **${markdownCell(item.label)}:** ${markdownInline(item.value, '  ')}`).join('\n');
    case 'quote':
      return [...markdownLines(block.text).map((line, index, lines) => `> ${line}${index < lines.length - 1 ? '\\' : ''}`), '>', `> ${markdownCell(block.tag)}`].join('\n');
    case 'table':
      return tableMarkdown(block);
    case 'figure': {
      const caption = markdownCell(block.caption);
      return `![${caption}](${linkTarget(figureName())})\n\n*${caption}*`;
    }
  }
};

const sectionBlocks = (blocks: ReportBlock[], figureName: () => string): string[] => {
  const markers: ListMarkers = { bullet: '-', ordered: '.' };
  let previous: ReportBlock | undefined;
  const out: string[] = [];
  for (const block of blocks) {
    const bulleted = block.kind === 'facts' || (block.kind === 'list' && !block.ordered);
    const numbered = block.kind === 'list' && block.ordered;
    const previousBulleted = previous?.kind === 'facts' || (previous?.kind === 'list' && !previous.ordered);
    const previousNumbered = previous?.kind === 'list' && previous.ordered;
    if (bulleted && previousBulleted) markers.bullet = markers.bullet === '-' ? '*' : '-';
    if (numbered && previousNumbered) markers.ordered = markers.ordered === '.' ? ')' : '.';
    const text = (block.kind === 'list' || block.kind === 'facts') && block.items.length === 0 ? '' : blockMarkdown(block, markers, figureName);
    if (text !== '') {
      out.push(text);
      previous = block;
    }
  }
  return out;
};

export const reportMarkdown = (document: ReportDocument): MarkdownReport => {
  const figureBlocks = document.sections.flatMap((section) => section.blocks.filter((block): block is ReportFigure => block.kind === 'figure'));
  const names = uniqueNames(figureBlocks.map((figure) => figure.fileName), /\.[^.]*$|$/);
  let figuresPlaced = 0;
  const figureName = (): string => names[figuresPlaced++];
  const parts = [
    `# ${markdownLines(document.title).join(' ')}`,
    document.subtitle === '' ? '' : `**${markdownInline(document.subtitle)}**`,
    markdownInline(document.dateLine),
    ...sectionBlocks(document.titleBlocks, figureName),
    ...document.sections.flatMap((section) => [`## ${markdownLines(section.title).join(' ')}`, ...sectionBlocks(section.blocks, figureName)]),
  ];
  return {
    markdown: `${parts.filter((part) => part !== '').join('\n\n')}\n`,
    figures: figureBlocks.map((figure, index) => ({ name: names[index], svg: figure.svg })),
  };
};

/** The Markdown file's bytes and the figures' SVG files to write beside it (UTF-8), as every writer hands them over. */
export const reportMarkdownFiles = (document: ReportDocument): ReportFiles => {
  const encoder = new TextEncoder();
  const { markdown, figures } = reportMarkdown(document);
  return { main: encoder.encode(markdown), extra: figures.map((figure) => ({ name: figure.name, bytes: encoder.encode(figure.svg) })) };
};
