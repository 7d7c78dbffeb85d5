// Builds real minimal .odt files (OpenDocument text in a zip) for importer tests.
import { strToU8, zipSync } from 'fflate';
import { escapeXml } from './makeDocx.ts';

export type OdtBlock =
  | { heading: string }
  | { paragraph: string; note?: { citation: string; text: string } }
  | { table: string[][] }
  /** Hand-written office:text content (tracked changes, annotations). */
  | { raw: string };

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

const block = (item: OdtBlock): string => {
  if ('raw' in item) return item.raw;
  if ('heading' in item) return `<text:h text:outline-level="1">${escapeXml(item.heading)}</text:h>`;
  if ('table' in item) {
    const rows = item.table.map(
      (cells) => `<table:table-row>${cells.map((cell) => `<table:table-cell><text:p>${escapeXml(cell)}</text:p></table:table-cell>`).join('')}</table:table-row>`,
    );
    return `<table:table>${rows.join('')}</table:table>`;
  }
  const note = item.note
    ? `<text:note text:note-class="footnote"><text:note-citation>${escapeXml(item.note.citation)}</text:note-citation><text:note-body><text:p>${escapeXml(item.note.text)}</text:p></text:note-body></text:note>`
    : '';
  return `<text:p>${escapeXml(item.paragraph)}${note}</text:p>`;
};

export const makeOdt = (blocks: OdtBlock[], options: { encrypted?: boolean } = {}): Uint8Array => {
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${
      options.encrypted ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"/>' : ''
    }</manifest:file-entry></manifest:manifest>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body><office:text>${blocks.map(block).join('')}</office:text></office:body></office:document-content>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest),
    'content.xml': strToU8(options.encrypted ? 'binary-looking encrypted bytes \u0001\u0002' : content),
  });
};
