// Word (.docx) importer: guarded unzip, word/document.xml paragraphs and tables, footnotes and endnotes appended at
// the end under their headings (markers [1] and [i] stay inline), bold labels as speaker hints, tracked changes
// accepted, comments returned beside the text (never in it). Headers and footers (word/header*.xml,
// word/footer*.xml) are never read, so running lines and page numbers stay out of the text.
// A table is a block of its own: a Turn with no speaker that also ends the speaker turn before it.
import { t } from '../i18n/translate.ts';
import { ImportRefusal, type ParsedWarning } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { decodeXmlBytes, readXml } from './readXml.ts';
import { detectTurnsInBlocks, type SpeakerLabelChoices, type TextBlock } from './speakerTurns.ts';
import { collapseWhitespace, joinPieces, prefixPiece, trimPiece, type TextAnchor, type TextPiece } from './textPieces.ts';
import { COMMENTS, placeComments, readWordComments, type AnchoredBlock } from './wordComments.ts';
import { endnoteMarker, readWordParagraphs, type WordParagraph } from './wordParagraphs.ts';
import { readZipEntries, type ZipLimits } from './zipGuard.ts';

const DOCUMENT = 'word/document.xml';
const FOOTNOTES = 'word/footnotes.xml';
const ENDNOTES = 'word/endnotes.xml';
const RELATIONSHIPS = '_rels/.rels';
const TITLE_STYLES = /^(title|heading ?1|titel|judul)$/i;
const SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

type Notes = { notes: TextPiece[]; trackedChanges: number };

/** Footnotes or endnotes as "[marker] text" pieces, one per note, whitespace collapsed. */
const readNotes = (xml: string, part: string, element: 'w:footnote' | 'w:endnote', marker: (id: string) => string): Notes => {
  const notes: TextPiece[] = [];
  let id: string | null = null;
  let parts: TextPiece[] = [];
  const { trackedChanges } = readWordParagraphs(xml, part, {
    open: (name, attributes) => {
      if (name !== element) return;
      id = SEPARATORS.has(attributes['w:type'] ?? '') ? null : (attributes['w:id'] ?? null);
      parts = [];
    },
    close: (name) => {
      if (name !== element || id === null) return;
      const note = trimPiece(collapseWhitespace(joinPieces(parts, ' ', false)));
      if (note.text !== '') notes.push(prefixPiece(`${marker(id)} `, note));
      id = null;
    },
    paragraph: (paragraph) => {
      if (id !== null) parts.push(paragraph);
    },
  });
  return { notes, trackedChanges };
};

/** The main part named by the package relationships, for files whose main part is not word/document.xml. */
const mainPartName = (relationships: Uint8Array | undefined): string | null => {
  if (!relationships) return null;
  let target: string | null = null;
  readXml(decodeXmlBytes(relationships), RELATIONSHIPS, {
    open: (name, attributes) => {
      if (name === 'Relationship' && (attributes.Type ?? '').endsWith('/officeDocument') && target === null) target = (attributes.Target ?? '').replace(/^\//, '');
    },
    close: () => undefined,
    text: () => undefined,
  });
  return target;
};

export const importDocx = (bytes: Uint8Array, limits?: ZipLimits, speakerLabels?: SpeakerLabelChoices): ParsedDocument => {
  const parts = [FOOTNOTES, ENDNOTES, COMMENTS];
  let entries = readZipEntries(bytes, [DOCUMENT, RELATIONSHIPS, ...parts], limits);
  let documentBytes = entries.get(DOCUMENT);
  if (!documentBytes) {
    const mainPart = mainPartName(entries.get(RELATIONSHIPS));
    if (mainPart) {
      entries = readZipEntries(bytes, [mainPart, ...parts], limits);
      documentBytes = entries.get(mainPart);
    }
  }
  if (!documentBytes) throw new ImportRefusal('corrupt', `${DOCUMENT} is missing`);
  const paragraphs: WordParagraph[] = [];
  let { trackedChanges } = readWordParagraphs(decodeXmlBytes(documentBytes), DOCUMENT, { paragraph: (paragraph) => paragraphs.push(paragraph) });

  const blocks: (TextBlock & AnchoredBlock)[] = [];
  // Anchors of paragraphs that leave no text wait for the next block (at its start).
  let waiting: TextAnchor[] = [];
  const add = (piece: TextPiece, block: Omit<TextBlock, 'text'> = {}): void => {
    const trimmed = trimPiece(piece);
    if (trimmed.text === '') {
      waiting.push(...trimmed.anchors.map((anchor) => ({ ...anchor, offset: 0 })));
      return;
    }
    blocks.push({ ...block, text: trimmed.text, anchors: [...waiting, ...trimmed.anchors] });
    waiting = [];
  };
  let titleHint: string | null = null;
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (paragraph.table) {
      add(paragraph, { endsTurn: true, plain: true });
      continue;
    }
    if (text !== '' && titleHint === null && paragraph.style !== null && TITLE_STYLES.test(paragraph.style)) titleHint = text.replace(/\s+/g, ' ');
    const heading = paragraph.style !== null && /^(title|subtitle|heading ?\d)$/i.test(paragraph.style);
    add(paragraph, { hintedLabel: paragraph.boldLabel, endsTurn: heading });
  }

  const notesOf = (part: string, element: 'w:footnote' | 'w:endnote', heading: string, marker: (id: string) => string): void => {
    const noteBytes = entries.get(part);
    if (!noteBytes) return;
    const read = readNotes(decodeXmlBytes(noteBytes), part, element, marker);
    trackedChanges += read.trackedChanges;
    if (read.notes.length === 0) return;
    add({ text: heading, anchors: [] }, { endsTurn: true });
    for (const note of read.notes) add(note, { endsTurn: true });
  };
  notesOf(FOOTNOTES, 'w:footnote', t('import.footnotesHeading'), (id) => `[${id}]`);
  notesOf(ENDNOTES, 'w:endnote', t('import.endnotesHeading'), endnoteMarker);
  if (waiting.length > 0 && blocks.length > 0) {
    const last = blocks[blocks.length - 1];
    last.anchors.push(...waiting.map((anchor) => ({ ...anchor, offset: last.text.length })));
  }

  const detected = detectTurnsInBlocks(blocks, speakerLabels);
  const commentBytes = entries.get(COMMENTS);
  const comments = commentBytes ? placeComments(readWordComments(decodeXmlBytes(commentBytes)), blocks, detected.text, detected.turns) : [];
  const warnings: ParsedWarning[] = [];
  if (trackedChanges > 0) warnings.push({ code: 'trackedChangesApplied' });
  if (comments.length > 0) warnings.push({ code: 'commentsAsMemos', count: comments.length });
  return { ...detected, titleHint, headerText: detected.text.slice(0, HEADER_LENGTH), warnings, comments };
};
