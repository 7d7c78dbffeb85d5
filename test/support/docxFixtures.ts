// Word files for the import-fidelity tests: built with the `docx` package where it can (tables, comments,
// footnotes, endnotes, tracked insertions and deletions, headers and footers with page-number fields) and from
// hand-written WordprocessingML zipped with fflate where it cannot (moved text, deleted paragraph marks, fields
// with a result, text boxes with a fallback copy).
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { escapeXml, zipDocxParts } from './makeDocx.ts';

const pack = async (document: Document): Promise<Uint8Array> => new Uint8Array(await Packer.toBuffer(document));

const said = (label: string, words: string): Paragraph => new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun(` ${words}`)] });

const table = (rows: string[][]): Table =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) });

/** An interview with a table right after Pak Harto speaks, and a note after the table. */
export const interviewWithTable = (): Promise<Uint8Array> =>
  pack(
    new Document({
      sections: [
        {
          children: [
            said('Pewawancara:', 'Berapa drum yang dijual?'),
            said('Pak Harto:', 'Ini catatan saya.'),
            table([
              ['Bulan', 'Drum'],
              ['Januari', '12'],
              ['Februari', '9'],
            ]),
            new Paragraph('Catatan: tabel dari buku kas.'),
            said('Pewawancara:', 'Terima kasih.'),
            said('Pak Harto:', 'Sama-sama.'),
          ],
        },
      ],
    }),
  );

export const COMMENT_DATE = '2024-03-13T10:20:00.000Z';

/**
 * A reviewed transcript: two range comments (one spanning two paragraphs), one point comment, a tracked insertion
 * and deletion, a footnote, an endnote, and a header and footer with PAGE / NUMPAGES fields.
 */
export const reviewedTranscript = (): Promise<Uint8Array> =>
  pack(
    new Document({
      features: { trackRevisions: true },
      comments: {
        children: [
          { id: 0, author: 'Dewi', date: new Date(COMMENT_DATE), children: [new Paragraph('Harga naik karena kayu.')] },
          { id: 1, author: 'Budi', date: new Date('2024-03-14T08:00:00Z'), children: [new Paragraph('Cek lagi'), new Paragraph('dengan Mas Eko.')] },
          { id: 2, author: 'Dewi', date: new Date(COMMENT_DATE), children: [new Paragraph('Titik')] },
        ],
      },
      footnotes: { 1: { children: [new Paragraph('Dihitung dari daftar hadir.')] } },
      endnotes: { 1: { children: [new Paragraph('Wawancara kedua di bengkel.')] } },
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ children: ['Transkrip rahasia, halaman ', PageNumber.CURRENT] })] })] }) },
          footers: {
            default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })] })] }),
          },
          children: [
            new Paragraph({
              children: [
                new TextRun({ text: 'Pak Harto:', bold: true }),
                new TextRun(' Harga '),
                new CommentRangeStart(0),
                new TextRun('drum naik'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new TextRun(' tahun ini'),
                new InsertedTextRun({ text: ' sekali', id: 10, author: 'Dewi', date: COMMENT_DATE }),
                new DeletedTextRun({ text: ' mungkin', id: 11, author: 'Dewi', date: COMMENT_DATE }),
                new TextRun('.'),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Pewawancara:', bold: true }),
                new TextRun(' Kenapa '),
                new CommentRangeStart(1),
                new TextRun('begitu?'),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Pak Harto:', bold: true }),
                new TextRun(' Kayu'),
                new CommentRangeEnd(1),
                new TextRun({ children: [new CommentReference(1)] }),
                new TextRun(' mahal, kata '),
                new TextRun('pemasok'),
                new TextRun({ children: [new CommentReference(2)] }),
                new TextRun('.'),
                new EndnoteReferenceRun(1),
              ],
            }),
          ],
        },
      ],
    }),
  );

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const run = (text: string, bold = false): string =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A Word file from hand-written body XML (and optional extra parts such as word/endnotes.xml). */
export const rawDocx = (body: string, parts: Record<string, string> = {}): Uint8Array =>
  zipDocxParts({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ...parts,
  });

const change = (id: number): string => `w:id="${id}" w:author="Dewi" w:date="2024-03-13T10:20:00Z"`;

/**
 * Tracked edits Word writes that the `docx` package cannot: a sentence moved from the first paragraph to the last,
 * a deleted paragraph mark (the two paragraphs become one), a deleted paragraph, a HYPERLINK field with its result,
 * a PAGE field in the body, and a text box whose fallback copy repeats its text.
 */
export const movedAndFieldsDocx = (): Uint8Array =>
  rawDocx(
    `<w:p>${run('Bu Sari:', true)}${run(' Kami mulai jam enam.')}` +
      `<w:moveFromRangeStart w:id="1" w:name="move1" w:author="Dewi" w:date="2024-03-13T10:20:00Z"/><w:moveFrom ${change(2)}>${run(' Pasar ramai sekali.')}</w:moveFrom><w:moveFromRangeEnd w:id="1"/></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del ${change(3)}/></w:rPr></w:pPr>${run('Bu Sari:', true)}${run(' Lalu kami ')}</w:p>` +
      `<w:p>${run('pulang.')}</w:p>` +
      `<w:p><w:pPr><w:rPr><w:del ${change(4)}/></w:rPr></w:pPr><w:del ${change(5)}><w:r><w:delText>Paragraf ini dihapus.</w:delText></w:r></w:del></w:p>` +
      `<w:p>${run('Pewawancara:', true)}${run(' Lihat ')}` +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/pasar" </w:instrText></w:r>' +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('situs pasar')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `${run(' di halaman ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run('.')}</w:p>` +
      `<w:p>${run('Bu Sari:', true)}<w:moveToRangeStart w:id="6" w:name="move1" w:author="Dewi" w:date="2024-03-13T10:20:00Z"/>` +
      `<w:moveTo ${change(7)}>${run(' Pasar ramai sekali.')}</w:moveTo><w:moveToRangeEnd w:id="6"/>` +
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>${run('Kotak teks')}</w:p></w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent><w:p>${run('Kotak teks')}</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
  );

/** An endnote written by hand (Word's own shape, separators included), for the marker and the heading. */
export const endnotesPart = (notes: Record<number, string>): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="${W}">` +
  '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
  '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>' +
  Object.entries(notes)
    .map(([id, text]) => `<w:endnote w:id="${id}"><w:p><w:r><w:endnoteRef/></w:r>${run(` ${text}`)}</w:p></w:endnote>`)
    .join('') +
  '</w:endnotes>';

/** word/comments.xml written by hand: author and date are left out when not given. */
export const commentsPart = (comments: { id: number; text: string; author?: string; date?: string }[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">` +
  comments
    .map(
      (comment) =>
        `<w:comment w:id="${comment.id}"${comment.author === undefined ? '' : ` w:author="${escapeXml(comment.author)}"`}${comment.date === undefined ? '' : ` w:date="${comment.date}"`}>` +
        `<w:p><w:r><w:annotationRef/></w:r>${run(comment.text)}</w:p></w:comment>`,
    )
    .join('') +
  '</w:comments>';

/** Comment edges for hand-written bodies. */
export const startComment = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
export const endComment = (id: number): string => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
