// OpenDocument text (.odt) importer: guarded unzip, content.xml paragraphs and headings, notes appended at the end.
// As for Word: a table is a block of its own with no speaker (rows as lines, cells joined by " | "); tracked
// changes are shown accepted (the deleted text kept in text:tracked-changes is left out) with a warning; comments
// (office:annotation, up to office:annotation-end when there is one) are returned beside the text, never in it.
import { t } from '../i18n/translate.ts';
import { ImportRefusal, type ParsedWarning } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { decodeXmlBytes, readXml } from './readXml.ts';
import { detectTurnsInBlocks, type SpeakerLabelChoices, type TextBlock } from './speakerTurns.ts';
import { joinPieces, trimPiece, type TextAnchor, type TextPiece } from './textPieces.ts';
import { placeComments, toInstant, type AnchoredBlock, type WordComment } from './wordComments.ts';
import { CELL_SEPARATOR, ROW_SEPARATOR } from './wordParagraphs.ts';
import { readZipEntries, type ZipLimits } from './zipGuard.ts';

const CONTENT = 'content.xml';
const MANIFEST = 'META-INF/manifest.xml';
const SKIPPED = new Set(['office:annotation', 'text:tracked-changes', 'text:note-citation']);

type Annotation = { comment: WordComment; field: 'dc:creator' | 'dc:date' | null; creator: string[]; date: string[]; paragraphs: string[][] };
type Table = { rows: TextPiece[]; cells: TextPiece[]; cell: TextPiece[] };

export const importOdt = (bytes: Uint8Array, limits?: ZipLimits, speakerLabels?: SpeakerLabelChoices): ParsedDocument => {
  const entries = readZipEntries(bytes, [CONTENT, MANIFEST], limits);
  const manifest = entries.get(MANIFEST);
  if (manifest && decodeXmlBytes(manifest).includes('encryption-data')) throw new ImportRefusal('encrypted');
  const content = entries.get(CONTENT);
  if (!content) throw new ImportRefusal('corrupt', `${CONTENT} is missing`);

  const blocks: (TextBlock & AnchoredBlock)[] = [];
  const notes: string[] = [];
  const comments: WordComment[] = [];
  let titleHint: string | null = null;
  let parts: string[] = [];
  let length = 0;
  let anchors: TextAnchor[] = [];
  // Anchors of paragraphs that leave no text wait for the next block (at its start).
  let waiting: TextAnchor[] = [];
  let depth = 0;
  let skipDepth = 0;
  let heading = false;
  let trackedChanges = 0;
  let note: { citation: string; parts: string[] } | null = null;
  let citation: string[] | null = null;
  let annotation: Annotation | null = null;
  const tables: Table[] = [];

  const write = (text: string): void => {
    if (note && depth > 1) note.parts.push(text);
    else {
      parts.push(text);
      length += text.length;
    }
  };
  const anchor = (id: string, edge: TextAnchor['edge']): void => {
    if (note) return;
    if (depth > 0) anchors.push({ id, edge, offset: length });
    else waiting.push({ id, edge, offset: 0 });
  };
  const addBlock = (piece: TextPiece, block: Omit<TextBlock, 'text'>): void => {
    if (piece.text === '') {
      waiting.push(...piece.anchors.map((item) => ({ ...item, offset: 0 })));
      return;
    }
    blocks.push({ ...block, text: piece.text, anchors: [...waiting, ...piece.anchors] });
    waiting = [];
  };
  const finishParagraph = (): void => {
    const piece = trimPiece({ text: parts.join(''), anchors });
    parts = [];
    anchors = [];
    length = 0;
    const table = tables[tables.length - 1];
    if (table) table.cell.push(piece);
    else {
      if (heading && titleHint === null && piece.text !== '') titleHint = piece.text;
      addBlock(piece, { endsTurn: heading });
    }
  };
  const readAnnotation = (name: string, attributes: Record<string, string>): void => {
    if (!annotation) return;
    if (name === 'dc:creator' || name === 'dc:date') annotation.field = name;
    else if (name === 'text:p' || name === 'text:h') annotation.paragraphs.push([]);
    else if (name === 'text:s') annotation.paragraphs[annotation.paragraphs.length - 1]?.push(' '.repeat(Math.min(Number(attributes['text:c'] ?? '1') || 1, 100)));
    else if (name === 'text:line-break') annotation.paragraphs[annotation.paragraphs.length - 1]?.push('\n');
  };

  readXml(decodeXmlBytes(content), CONTENT, {
    open: (name, attributes, selfClosing) => {
      if (name === 'text:note-citation') citation = [];
      if ((name === 'text:insertion' || name === 'text:deletion') && skipDepth > 0) trackedChanges += 1;
      if (name === 'office:annotation' && skipDepth === 0) {
        const id = attributes['office:name'] ?? `annotation-${comments.length}`;
        annotation = { comment: { id, author: null, date: null, text: '' }, field: null, creator: [], date: [], paragraphs: [] };
        anchor(id, attributes['office:name'] === undefined ? 'point' : 'start');
      } else readAnnotation(name, attributes);
      if (SKIPPED.has(name) && !selfClosing) skipDepth += 1;
      if (skipDepth > 0) return;
      if (name === 'office:annotation-end') anchor(attributes['office:name'] ?? '', 'end');
      else if (name === 'text:p' || name === 'text:h') {
        depth += 1;
        if (depth === 1) heading = name === 'text:h';
        else write(' ');
      } else if (name === 'text:s') write(' '.repeat(Math.min(Number(attributes['text:c'] ?? '1') || 1, 100)));
      else if (name === 'text:tab') write('\t');
      else if (name === 'text:line-break') write('\n');
      else if (name === 'text:note') note = { citation: '', parts: [] };
      else if (name === 'table:table') tables.push({ rows: [], cells: [], cell: [] });
      else if (name === 'table:table-cell' && tables.length > 0) tables[tables.length - 1].cell = [];
    },
    close: (name) => {
      if (annotation && (name === 'dc:creator' || name === 'dc:date')) annotation.field = null;
      if (name === 'office:annotation' && annotation && skipDepth === 1) {
        const author = annotation.creator.join('').trim();
        const text = annotation.paragraphs.map((paragraph) => paragraph.join('').trim()).join('\n').trim();
        comments.push({ ...annotation.comment, author: author === '' ? null : author, date: toInstant(annotation.date.join('')), text });
        annotation = null;
      }
      if (SKIPPED.has(name)) {
        skipDepth -= 1;
        if (name === 'text:note-citation' && note && citation) {
          note.citation = citation.join('').trim();
          write(`[${note.citation}]`);
          citation = null;
        }
        return;
      }
      if (skipDepth > 0) return;
      const table = tables[tables.length - 1];
      if (name === 'text:p' || name === 'text:h') {
        depth -= 1;
        if (depth === 0) finishParagraph();
      } else if (name === 'text:note' && note) {
        const text = note.parts.join('').replace(/\s+/g, ' ').trim();
        if (text !== '') notes.push(`[${note.citation}] ${text}`);
        note = null;
      } else if (name === 'table:table-cell' && table) {
        table.cells.push(joinPieces(table.cell, ' ', true));
      } else if (name === 'table:table-row' && table) {
        const row = joinPieces(table.cells, CELL_SEPARATOR, false);
        table.cells = [];
        table.rows.push(row.text.replace(/[|\s]/g, '') === '' ? { text: '', anchors: row.anchors } : row);
      } else if (name === 'table:table' && table) {
        tables.pop();
        const outer = tables[tables.length - 1];
        if (outer) outer.cell.push(...table.rows);
        else addBlock(joinPieces(table.rows, ROW_SEPARATOR, true), { endsTurn: true, plain: true });
      }
    },
    text: (text) => {
      if (annotation) {
        if (annotation.field === 'dc:creator') annotation.creator.push(text);
        else if (annotation.field === 'dc:date') annotation.date.push(text);
        else annotation.paragraphs[annotation.paragraphs.length - 1]?.push(text);
      } else if (citation && skipDepth === 1) citation.push(text);
      else if (skipDepth === 0 && depth > 0) write(text);
    },
  });
  if (notes.length > 0) {
    addBlock({ text: t('import.footnotesHeading'), anchors: [] }, { endsTurn: true });
    for (const text of notes) addBlock({ text, anchors: [] }, {});
  }
  if (waiting.length > 0 && blocks.length > 0) {
    const last = blocks[blocks.length - 1];
    last.anchors.push(...waiting.map((item) => ({ ...item, offset: last.text.length })));
  }
  const detected = detectTurnsInBlocks(blocks, speakerLabels);
  const placed = placeComments(comments, blocks, detected.text, detected.turns);
  const warnings: ParsedWarning[] = [];
  if (trackedChanges > 0) warnings.push({ code: 'trackedChangesApplied' });
  if (placed.length > 0) warnings.push({ code: 'commentsAsMemos', count: placed.length });
  return { ...detected, titleHint, headerText: detected.text.slice(0, HEADER_LENGTH), warnings, comments: placed };
};
