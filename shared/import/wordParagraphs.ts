// Reads WordprocessingML (word/document.xml, footnotes, endnotes, comments) into plain paragraphs: runs, tabs,
// breaks, note markers, a bold label at a paragraph's start, and comment anchors at their offsets.
//
// Decisions:
// - Tracked changes are accepted: insertions (w:ins, w:moveTo) are read, deletions (w:del, w:delText) and moved-away
//   text (w:moveFrom) are not, so moved text appears once, where it was moved to. A deleted paragraph mark joins the
//   paragraph to the next one (as Word does on accepting), so none of its text is lost.
// - Fields: only the result is text; the field code (w:instrText between "begin" and "separate", e.g. PAGE,
//   HYPERLINK) never is. Property-change records (w:rPrChange, w:pPrChange, ...) and mc:Fallback (a second copy of
//   text boxes) are not read.
// - A table is one paragraph of its own (`table: true`): one line per row, cells joined by " | " (a cell's
//   paragraphs by a space); rows with no text are left out, a nested table's rows join its cell with spaces.
import { readXml } from './readXml.ts';
import { joinPieces, trimPiece, type TextAnchor, type TextPiece } from './textPieces.ts';

export type WordParagraph = {
  text: string;
  /** "Interviewer:" when the paragraph opens with a bold run ending in a colon. */
  boldLabel: string | null;
  style: string | null;
  /** Comment edges inside this paragraph (offsets in `text`). */
  anchors: TextAnchor[];
  /** A whole table (rows as lines, cells joined by " | "). */
  table?: boolean;
};

export type WordReaderHooks = {
  paragraph: (paragraph: WordParagraph) => void;
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
};

/** What the reader noticed besides paragraphs: how many tracked insertions, deletions and moves it applied. */
export type WordReadSummary = { trackedChanges: number };

type Run = { text: string; bold: boolean };
type Table = { rows: TextPiece[]; cells: TextPiece[]; cell: TextPiece[] };
type Carry = { runs: Run[]; anchors: TextAnchor[]; length: number; style: string | null; tableDepth: number };

export const CELL_SEPARATOR = ' | ';
export const ROW_SEPARATOR = '\n';

const PROPERTY_CHANGES = new Set(['w:rPrChange', 'w:pPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:tblGridChange', 'w:numberingChange', 'mc:Fallback']);
const REMOVED = new Set(['w:del', 'w:moveFrom']);
const ADDED = new Set(['w:ins', 'w:moveTo']);

const isOn = (attributes: Record<string, string>): boolean => {
  const value = attributes['w:val'];
  return value === undefined || !['0', 'false', 'none', 'off'].includes(value);
};

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

/** Endnote markers are lower-case Roman numerals (Word's default), so they never look like footnote markers. */
export const endnoteMarker = (id: string): string => {
  let value = Number(id);
  if (!Number.isInteger(value) || value < 1 || value > 3999) return `[e${id}]`;
  let roman = '';
  for (const [size, letters] of ROMAN) {
    while (value >= size) {
      roman += letters;
      value -= size;
    }
  }
  return `[${roman}]`;
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

export const readWordParagraphs = (xml: string, part: string, hooks: WordReaderHooks): WordReadSummary => {
  let runs: Run[] = [];
  let anchors: TextAnchor[] = [];
  let length = 0;
  let paragraphDepth = 0;
  let style: string | null = null;
  let markRemoved = false;
  let inParagraphProps = false;
  let inMarkProps = false;
  let inRun = false;
  let inRunProps = false;
  let runBold = false;
  let inText = false;
  let skipped = 0;
  let propertyChanges = 0;
  let trackedChanges = 0;
  // One entry per open change element (w:ins, w:del, ...): whether it hides its content.
  const changes: boolean[] = [];
  // One entry per open field: its code is being read, or its result.
  const fields: ('code' | 'result')[] = [];
  let fieldCodes = 0;
  const tables: Table[] = [];
  let pending: TextAnchor[] = [];
  let carry: Carry | null = null;

  const reading = (): boolean => skipped === 0 && fieldCodes === 0 && propertyChanges === 0;
  const push = (text: string): void => {
    if (paragraphDepth === 0 || !reading()) return;
    runs.push({ text, bold: inRun && runBold });
    length += text.length;
  };
  const anchor = (id: string | undefined, edge: TextAnchor['edge']): void => {
    if (id === undefined) return;
    if (paragraphDepth > 0) anchors.push({ id, edge, offset: length });
    else pending.push({ id, edge, offset: 0 });
  };
  const emit = (paragraph: WordParagraph): void => {
    const table = tables[tables.length - 1];
    if (table) table.cell.push({ text: paragraph.text, anchors: paragraph.anchors });
    else hooks.paragraph(paragraph);
  };
  const flushCarry = (): void => {
    if (!carry) return;
    emit({ text: carry.runs.map((run) => run.text).join(''), boldLabel: boldLabelOf(carry.runs), style: carry.style, anchors: carry.anchors });
    carry = null;
  };
  const openParagraph = (): void => {
    runs = [];
    anchors = pending;
    pending = [];
    length = 0;
    style = null;
    markRemoved = false;
    if (carry && carry.tableDepth === tables.length) {
      runs = carry.runs;
      anchors = [...carry.anchors, ...anchors.map((item) => ({ ...item, offset: carry!.length }))];
      length = carry.length;
      style = carry.style;
      carry = null;
    } else flushCarry();
  };
  const closeParagraph = (): void => {
    // A field code never runs past its paragraph here: a damaged file with a "begin" and no "separate" or "end"
    // must not hide the rest of the document (the code itself, w:instrText, is never text anyway).
    if (fieldCodes > 0) {
      fields.fill('result');
      fieldCodes = 0;
    }
    if (markRemoved) {
      carry = { runs, anchors, length, style, tableDepth: tables.length };
      return;
    }
    emit({ text: runs.map((run) => run.text).join(''), boldLabel: boldLabelOf(runs), style, anchors });
  };

  readXml(xml, part, {
    open: (name, attributes) => {
      hooks.open?.(name, attributes);
      if (PROPERTY_CHANGES.has(name)) propertyChanges += 1;
      if (REMOVED.has(name) || ADDED.has(name)) {
        const removed = REMOVED.has(name);
        if (inMarkProps) {
          if (paragraphDepth === 1 && reading()) markRemoved ||= removed;
          trackedChanges += 1;
          changes.push(false);
        } else if (inRunProps || propertyChanges > 0) changes.push(false);
        else {
          trackedChanges += 1;
          changes.push(removed);
          if (removed) skipped += 1;
        }
        return;
      }
      switch (name) {
        case 'w:p':
          paragraphDepth += 1;
          if (paragraphDepth === 1) openParagraph();
          else push(' ');
          break;
        case 'w:pPr':
          inParagraphProps = paragraphDepth === 1 && reading();
          break;
        case 'w:pStyle':
          if (inParagraphProps && propertyChanges === 0) style = attributes['w:val'] ?? null;
          break;
        case 'w:r':
          inRun = true;
          runBold = false;
          break;
        case 'w:rPr':
          inRunProps = inRun;
          inMarkProps = inParagraphProps && !inRun;
          break;
        case 'w:b':
          if (inRunProps && propertyChanges === 0) runBold = isOn(attributes);
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
        case 'w:endnoteReference':
          push(endnoteMarker(attributes['w:id'] ?? '?'));
          break;
        case 'w:fldChar': {
          const type = attributes['w:fldCharType'];
          if (type === 'begin') {
            fields.push('code');
            fieldCodes += 1;
          } else if (type === 'separate' && fields[fields.length - 1] === 'code') {
            fields[fields.length - 1] = 'result';
            fieldCodes -= 1;
          } else if (type === 'end' && fields.length > 0) {
            if (fields.pop() === 'code') fieldCodes -= 1;
          }
          break;
        }
        case 'w:commentRangeStart':
          anchor(attributes['w:id'], 'start');
          break;
        case 'w:commentRangeEnd':
          anchor(attributes['w:id'], 'end');
          break;
        case 'w:commentReference':
          anchor(attributes['w:id'], 'point');
          break;
        case 'w:tbl':
          if (carry && carry.tableDepth === tables.length) flushCarry();
          tables.push({ rows: [], cells: [], cell: [] });
          break;
        case 'w:tc': {
          const table = tables[tables.length - 1];
          if (table) table.cell = [];
          break;
        }
      }
    },
    close: (name) => {
      if (PROPERTY_CHANGES.has(name)) propertyChanges -= 1;
      if (REMOVED.has(name) || ADDED.has(name)) {
        if (changes.pop()) skipped -= 1;
        hooks.close?.(name);
        return;
      }
      const table = tables[tables.length - 1];
      switch (name) {
        case 'w:p':
          paragraphDepth -= 1;
          if (paragraphDepth === 0) closeParagraph();
          break;
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:r':
          inRun = false;
          runBold = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          inMarkProps = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:tc':
          if (carry && carry.tableDepth === tables.length) flushCarry();
          if (table) table.cells.push(joinPieces(table.cell.map(trimPiece), ' ', true));
          break;
        case 'w:tr':
          if (table) {
            const row = joinPieces(table.cells, CELL_SEPARATOR, false);
            table.cells = [];
            table.rows.push(row.text.replace(/[|\s]/g, '') === '' ? { text: '', anchors: row.anchors } : row);
          }
          break;
        case 'w:tbl':
          if (table) {
            tables.pop();
            const outer = tables[tables.length - 1];
            if (outer) outer.cell.push(...table.rows);
            else hooks.paragraph({ ...joinPieces(table.rows, ROW_SEPARATOR, true), boldLabel: null, style: null, table: true });
          }
          break;
      }
      hooks.close?.(name);
    },
    text: (text) => {
      if (inText) push(text);
    },
  });
  flushCarry();
  if (pending.length > 0) hooks.paragraph({ text: '', boldLabel: null, style: null, anchors: pending });
  return { trackedChanges };
};
