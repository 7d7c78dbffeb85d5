// Word (.docx) importer: guarded unzip, word/document.xml paragraphs and tables, footnotes appended at the
// end under a "Footnotes" paragraph (markers [n] stay inline), bold labels as speaker hints.
import { t } from '../i18n/translate.ts';
import { ImportRefusal } from './importTypes.ts';
import { HEADER_LENGTH, type ParsedDocument } from './parsedDocument.ts';
import { decodeXmlBytes, readXml } from './readXml.ts';
import { detectTurnsInBlocks, type SpeakerLabelChoices, type TextBlock } from './speakerTurns.ts';
import { readWordParagraphs, type WordParagraph } from './wordParagraphs.ts';
import { readZipEntries, type ZipLimits } from './zipGuard.ts';

const DOCUMENT = 'word/document.xml';
const FOOTNOTES = 'word/footnotes.xml';
const TITLE_STYLES = /^(title|heading ?1|titel|judul)$/i;

const readFootnotes = (xml: string): string[] => {
  const notes: string[] = [];
  let id: string | null = null;
  let parts: string[] = [];
  readWordParagraphs(xml, FOOTNOTES, {
    open: (name, attributes) => {
      if (name !== 'w:footnote') return;
      const type = attributes['w:type'];
      id = type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice' ? null : (attributes['w:id'] ?? null);
      parts = [];
    },
    close: (name) => {
      if (name !== 'w:footnote' || id === null) return;
      const text = parts.join(' ').replace(/\s+/g, ' ').trim();
      if (text !== '') notes.push(`[${id}] ${text}`);
      id = null;
    },
    paragraph: (paragraph) => {
      if (id !== null) parts.push(paragraph.text);
    },
  });
  return notes;
};

const RELATIONSHIPS = '_rels/.rels';

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
  let entries = readZipEntries(bytes, [DOCUMENT, FOOTNOTES, RELATIONSHIPS], limits);
  let documentBytes = entries.get(DOCUMENT);
  if (!documentBytes) {
    const mainPart = mainPartName(entries.get(RELATIONSHIPS));
    if (mainPart) {
      entries = readZipEntries(bytes, [mainPart, FOOTNOTES], limits);
      documentBytes = entries.get(mainPart);
    }
  }
  if (!documentBytes) throw new ImportRefusal('corrupt', `${DOCUMENT} is missing`);
  const paragraphs: WordParagraph[] = [];
  readWordParagraphs(decodeXmlBytes(documentBytes), DOCUMENT, { paragraph: (paragraph) => paragraphs.push(paragraph) });

  const blocks: TextBlock[] = [];
  let titleHint: string | null = null;
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (text === '') continue;
    if (titleHint === null && paragraph.style !== null && TITLE_STYLES.test(paragraph.style)) titleHint = text.replace(/\s+/g, ' ');
    const heading = paragraph.style !== null && /^(title|subtitle|heading ?\d)$/i.test(paragraph.style);
    blocks.push({ text, hintedLabel: paragraph.boldLabel, endsTurn: heading });
  }
  const footnotesBytes = entries.get(FOOTNOTES);
  const footnotes = footnotesBytes ? readFootnotes(decodeXmlBytes(footnotesBytes)) : [];
  if (footnotes.length > 0) {
    blocks.push({ text: t('import.footnotesHeading'), endsTurn: true });
    for (const note of footnotes) blocks.push({ text: note });
  }
  const detected = detectTurnsInBlocks(blocks, speakerLabels);
  return { ...detected, titleHint, headerText: detected.text.slice(0, HEADER_LENGTH) };
};
