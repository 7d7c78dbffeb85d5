// Reads WordprocessingML (word/document.xml, word/footnotes.xml) into plain paragraphs: runs, tabs, breaks,
// footnote markers, tables as one " | "-joined paragraph per row, and a bold label at a paragraph's start.
import { readXml } from './readXml.ts';

export type WordParagraph = {
  text: string;
  /** "Interviewer:" when the paragraph opens with a bold run ending in a colon. */
  boldLabel: string | null;
  style: string | null;
};

export type WordReaderHooks = {
  paragraph: (paragraph: WordParagraph) => void;
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
};

type Run = { text: string; bold: boolean };

const isOn = (attributes: Record<string, string>): boolean => {
  const value = attributes['w:val'];
  return value === undefined || !['0', 'false', 'none', 'off'].includes(value);
};

/** The bold run(s) opening a paragraph, when they form a label such as "Mas Yoga:". */
const boldLabelOf = (runs: readonly Run[]): string | null => {
  let index = 0;
  while (index < runs.length && runs[index].text.trim() === '') index += 1;
  const parts: string[] = [];
  while (index < runs.length && runs[index].bold) parts.push(runs[index++].text);
  let label = parts.join('').trim();
  if (label === '') return null;
  if (!label.endsWith(':')) {
    const next = index < runs.length ? runs[index].text : '';
    if (!next.startsWith(':')) return null;
    label = `${label}:`;
  }
  return label.length <= 41 ? label : null;
};

export const readWordParagraphs = (xml: string, part: string, hooks: WordReaderHooks): void => {
  let runs: Run[] = [];
  let paragraphDepth = 0;
  let style: string | null = null;
  let inRun = false;
  let inRunProps = false;
  let runBold = false;
  let inText = false;
  // Tables: one entry per open table; each holds the row being read and the cell being read.
  const tables: { cells: string[]; cell: string[] }[] = [];

  const push = (text: string): void => {
    if (paragraphDepth > 0) runs.push({ text, bold: inRun && runBold });
  };
  const emit = (text: string, boldLabel: string | null): void => {
    const table = tables[tables.length - 1];
    if (table) table.cell.push(text);
    else hooks.paragraph({ text, boldLabel, style });
  };

  readXml(xml, part, {
    open: (name, attributes) => {
      hooks.open?.(name, attributes);
      switch (name) {
        case 'w:p':
          paragraphDepth += 1;
          if (paragraphDepth === 1) {
            runs = [];
            style = null;
          } else runs.push({ text: ' ', bold: false });
          break;
        case 'w:pStyle':
          if (paragraphDepth === 1) style = attributes['w:val'] ?? null;
          break;
        case 'w:r':
          inRun = true;
          runBold = false;
          break;
        case 'w:rPr':
          inRunProps = inRun;
          break;
        case 'w:b':
          if (inRunProps) runBold = isOn(attributes);
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          if (inRun) push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          push('\n');
          break;
        case 'w:noBreakHyphen':
          push('-');
          break;
        case 'w:footnoteReference':
          push(`[${attributes['w:id'] ?? '?'}]`);
          break;
        case 'w:tbl':
          tables.push({ cells: [], cell: [] });
          break;
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table) table.cell = [];
          break;
        }
      }
    },
    close: (name) => {
      switch (name) {
        case 'w:p':
          paragraphDepth -= 1;
          if (paragraphDepth === 0) {
            emit(runs.map((run) => run.text).join(''), boldLabelOf(runs));
            runs = [];
          }
          break;
        case 'w:r':
          inRun = false;
          runBold = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table) table.cells.push(table.cell.map((text) => text.trim()).filter((text) => text !== '').join(' '));
          break;
        }
        case 'w:tr': {
          const table = tables[tables.length - 1];
          if (table) {
            const row = table.cells.join(' | ');
            table.cells = [];
            const outer = tables[tables.length - 2];
            if (outer) outer.cell.push(row);
            else if (row.replace(/[|\s]/g, '') !== '') hooks.paragraph({ text: row, boldLabel: null, style: 'TableRow' });
          }
          break;
        }
        case 'w:tbl':
          tables.pop();
          break;
      }
      hooks.close?.(name);
    },
    text: (text) => {
      if (inText) push(text);
    },
  });
};
