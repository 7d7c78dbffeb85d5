// Markdown (.md) importer: reduces Markdown to plain paragraphs (headings, lists, quotes, tables, emphasis,
// links → text), keeps `**Name:**` speaker labels as hints, then detects speaker turns.
import { decodeText } from './decodeText.ts';
import { HEADER_LENGTH, type ParseChoices, type ParsedDocument } from './parsedDocument.ts';
import { detectTurnsInBlocks, type TextBlock } from './speakerTurns.ts';

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const BOLD_LABEL_START = /^(?:\*\*|__)([^*_\n]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)/;

/** Inline Markdown → text. Imported content is data: HTML tags are dropped, never passed on. */
export const stripInlineMarkdown = (line: string): string =>
  line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');

type Paragraph = { lines: string[]; hintedLabel: string | null };

const tableRow = (line: string): string =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => stripInlineMarkdown(cell.trim()))
    .join(' | ');

export const importMarkdown = (bytes: Uint8Array, choices: ParseChoices = {}): ParsedDocument => {
  const { text: source, encoding, warnings } = decodeText(bytes, choices.encoding);
  let lines = source.split('\n');
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) lines = lines.slice(end + 1);
  }
  const blocks: TextBlock[] = [];
  let titleHint: string | null = null;
  let current: Paragraph | null = null;
  let fence: string | null = null;

  const flush = (): void => {
    if (current && current.lines.length > 0) {
      const text = current.lines.join(' ').replace(/ ?\n ?/g, '\n');
      blocks.push({ text, hintedLabel: current.hintedLabel });
    }
    current = null;
  };
  const startParagraph = (raw: string): void => {
    flush();
    const label = BOLD_LABEL_START.exec(raw.trimStart());
    current = { lines: [], hintedLabel: label ? `${label[1].trim()}:` : null };
  };
  const addLine = (raw: string): void => {
    if (!current) startParagraph(raw);
    const hardBreak = /( {2,}|\\)$/.test(raw);
    const stripped = stripInlineMarkdown(raw.trim().replace(/\\$/, '')).trim();
    if (stripped !== '') current?.lines.push(hardBreak ? `${stripped}\n` : stripped);
  };

  for (const line of lines) {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) {
        fence = null;
        flush();
      } else {
        current ??= { lines: [], hintedLabel: null };
        current.lines.push(`${line}\n`);
      }
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1];
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      const text = stripInlineMarkdown(heading[2]).trim();
      if (titleHint === null && text !== '') titleHint = text;
      blocks.push({ text, endsTurn: true });
      continue;
    }
    if (RULE.test(line) || TABLE_SEPARATOR.test(line)) {
      // A "---" under a line of text is a setext heading marker; either way the marker itself is not text.
      if (current && /^[ \t]*[-=]+[ \t]*$/.test(line) && titleHint === null) titleHint = current.lines.join(' ').trim();
      flush();
      continue;
    }
    if (/^ {0,3}=+[ \t]*$/.test(line) && current) {
      if (titleHint === null) titleHint = current.lines.join(' ').trim();
      flush();
      continue;
    }
    if (/^[ \t]*\|.*\|[ \t]*$/.test(line)) {
      flush();
      blocks.push({ text: tableRow(line) });
      continue;
    }
    const quoteless = line.replace(/^ {0,3}(?:>[ \t]?)+/, '');
    const listItem = LIST_ITEM.exec(quoteless);
    if (listItem) {
      const body = quoteless.slice(listItem[0].length);
      startParagraph(body);
      addLine(body);
      continue;
    }
    addLine(quoteless);
  }
  flush();
  const detected = detectTurnsInBlocks(blocks, choices.speakerLabels);
  return { ...detected, titleHint, headerText: source.slice(0, HEADER_LENGTH), encoding, warnings };
};
