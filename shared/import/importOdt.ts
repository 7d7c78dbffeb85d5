// OpenDocument text (.odt) importer: guarded unzip, content.xml paragraphs and headings, tables as one
// " | "-joined paragraph per row, notes appended at the end; comments and tracked deletions left out.
import { t } from '../i18n/translate.ts';
import { ImportRefusal } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { decodeXmlBytes, readXml } from './readXml.ts';
import { detectTurnsInBlocks, type SpeakerLabelChoices, type TextBlock } from './speakerTurns.ts';
import { readZipEntries, type ZipLimits } from './zipGuard.ts';

const CONTENT = 'content.xml';
const MANIFEST = 'META-INF/manifest.xml';
const SKIPPED = new Set(['office:annotation', 'text:tracked-changes', 'text:note-citation']);

export const importOdt = (bytes: Uint8Array, limits?: ZipLimits, speakerLabels?: SpeakerLabelChoices): ParsedDocument => {
  const entries = readZipEntries(bytes, [CONTENT, MANIFEST], limits);
  const manifest = entries.get(MANIFEST);
  if (manifest && decodeXmlBytes(manifest).includes('encryption-data')) throw new ImportRefusal('encrypted');
  const content = entries.get(CONTENT);
  if (!content) throw new ImportRefusal('corrupt', `${CONTENT} is missing`);

  const blocks: TextBlock[] = [];
  const notes: string[] = [];
  let titleHint: string | null = null;
  let parts: string[] = [];
  let depth = 0;
  let skipDepth = 0;
  let heading = false;
  let note: { citation: string; parts: string[] } | null = null;
  let citation: string[] | null = null;
  const tables: { cells: string[]; cell: string[] }[] = [];

  const target = (): string[] => (note && depth > 1 ? note.parts : parts);
  const finishParagraph = (): void => {
    const text = parts.join('').trim();
    parts = [];
    if (text === '') return;
    const table = tables[tables.length - 1];
    if (table) table.cell.push(text);
    else {
      if (heading && titleHint === null) titleHint = text;
      blocks.push({ text, endsTurn: heading });
    }
  };

  readXml(decodeXmlBytes(content), CONTENT, {
    open: (name, attributes, selfClosing) => {
      if (name === 'text:note-citation') citation = [];
      if (SKIPPED.has(name) && !selfClosing) skipDepth += 1;
      if (skipDepth > 0) return;
      if (name === 'text:p' || name === 'text:h') {
        depth += 1;
        if (depth === 1) heading = name === 'text:h';
        else target().push(' ');
      } else if (name === 'text:s') target().push(' '.repeat(Math.min(Number(attributes['text:c'] ?? '1') || 1, 100)));
      else if (name === 'text:tab') target().push('\t');
      else if (name === 'text:line-break') target().push('\n');
      else if (name === 'text:note') note = { citation: '', parts: [] };
      else if (name === 'table:table') tables.push({ cells: [], cell: [] });
      else if (name === 'table:table-cell' && tables.length > 0) tables[tables.length - 1].cell = [];
    },
    close: (name) => {
      if (SKIPPED.has(name)) {
        skipDepth -= 1;
        if (name === 'text:note-citation' && note && citation) {
          note.citation = citation.join('').trim();
          parts.push(`[${note.citation}]`);
          citation = null;
        }
        return;
      }
      if (skipDepth > 0) return;
      if (name === 'text:p' || name === 'text:h') {
        depth -= 1;
        if (depth === 0) finishParagraph();
      } else if (name === 'text:note' && note) {
        const text = note.parts.join('').replace(/\s+/g, ' ').trim();
        if (text !== '') notes.push(`[${note.citation}] ${text}`);
        note = null;
      } else if (name === 'table:table-cell' && tables.length > 0) {
        const table = tables[tables.length - 1];
        table.cells.push(table.cell.join(' '));
      } else if (name === 'table:table-row' && tables.length > 0) {
        const table = tables[tables.length - 1];
        const row = table.cells.join(' | ');
        table.cells = [];
        const outer = tables[tables.length - 2];
        if (outer) outer.cell.push(row);
        else if (row.replace(/[|\s]/g, '') !== '') blocks.push({ text: row });
      } else if (name === 'table:table') tables.pop();
    },
    text: (text) => {
      if (citation && skipDepth === 1) citation.push(text);
      else if (skipDepth === 0 && depth > 0) target().push(text);
    },
  });
  if (notes.length > 0) {
    blocks.push({ text: t('import.footnotesHeading'), endsTurn: true });
    for (const text of notes) blocks.push({ text });
  }
  const detected = detectTurnsInBlocks(blocks, speakerLabels);
  return { ...detected, titleHint, headerText: detected.text.slice(0, HEADER_LENGTH) };
};
