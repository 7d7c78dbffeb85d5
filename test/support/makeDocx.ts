// Builds real minimal .docx files (WordprocessingML in a zip) for importer tests: paragraphs, styled headings,
// bold runs, tables and footnotes.
import { strToU8, zipSync, type Zippable } from 'fflate';

export type DocxRun = { text: string; bold?: boolean };
export type DocxBlock =
  | string
  | { runs: DocxRun[]; style?: string }
  | { table: string[][] }
  | { footnoteAfter: string; footnoteId: number };

export type DocxSpec = {
  body: DocxBlock[];
  footnotes?: { id: number; text: string }[];
  /** Extra zip entries (name → content), e.g. to test path traversal names. */
  extraEntries?: Record<string, string>;
};

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = ({ text, bold }: DocxRun): string =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

const paragraph = (runs: DocxRun[], style?: string): string =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs.map(run).join('')}</w:p>`;

const block = (item: DocxBlock): string => {
  if (typeof item === 'string') return paragraph([{ text: item }]);
  if ('runs' in item) return paragraph(item.runs, item.style);
  if ('table' in item) {
    const rows = item.table.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${paragraph([{ text: cell }])}</w:tc>`).join('')}</w:tr>`);
    return `<w:tbl>${rows.join('')}</w:tbl>`;
  }
  return `<w:p>${run({ text: item.footnoteAfter })}<w:r><w:footnoteReference w:id="${item.footnoteId}"/></w:r></w:p>`;
};

export const documentXml = (body: DocxBlock[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body.map(block).join('')}<w:sectPr/></w:body></w:document>`;

const footnotesXml = (notes: { id: number; text: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">` +
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
  notes.map((note) => `<w:footnote w:id="${note.id}"><w:p><w:r><w:footnoteRef/></w:r>${run({ text: ` ${note.text}` })}</w:p></w:footnote>`).join('') +
  '</w:footnotes>';

/** Zips raw parts into a .docx-shaped archive (lets tests inject hostile document.xml content). */
export const zipDocxParts = (parts: Record<string, string>): Uint8Array => {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts)) files[name] = strToU8(content);
  return zipSync(files);
};

export const makeDocx = (spec: DocxSpec): Uint8Array => {
  const hasNotes = (spec.footnotes?.length ?? 0) > 0;
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (hasNotes ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : '') +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      (hasNotes ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' : '') +
      '</Relationships>',
    'word/document.xml': documentXml(spec.body),
    ...spec.extraEntries,
  };
  if (hasNotes && spec.footnotes) parts['word/footnotes.xml'] = footnotesXml(spec.footnotes);
  return zipDocxParts(parts);
};
