// Builds real PDFs with pdf-lib for importer tests: one array of paragraphs per page, plus a
// password-protected variant (a standard security handler whose password check cannot pass).
import { PDFDocument, PDFHexString, PDFName, PDFNumber, StandardFonts } from 'pdf-lib';

const FONT_SIZE = 11;
const LINE_HEIGHT = 14;
const PARAGRAPH_GAP = 16;
const MARGIN = 60;
const WIDTH = 470;

/** Each page is a list of paragraphs; long paragraphs wrap onto several lines. */
export const makePdf = async (pages: string[][]): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = document.addPage([595, 842]);
    let y = 842 - MARGIN;
    for (const paragraph of paragraphs) {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line === '' ? word : `${line} ${word}`;
        if (font.widthOfTextAtSize(candidate, FONT_SIZE) > WIDTH && line !== '') {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      if (line !== '') lines.push(line);
      for (const text of lines) {
        page.drawText(text, { x: MARGIN, y, size: FONT_SIZE, font });
        y -= LINE_HEIGHT;
      }
      y -= PARAGRAPH_GAP;
    }
  }
  return document.save();
};

/** Draws text fragments at explicit positions, in the given (content-stream) order, to test reading order. */
export const makePdfWithPlacedText = async (fragments: { text: string; x: number; y: number }[]): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const page = document.addPage([595, 842]);
  for (const fragment of fragments) page.drawText(fragment.text, { x: fragment.x, y: fragment.y, size: FONT_SIZE, font });
  return document.save();
};

/** A PDF whose trailer names a standard security handler; no password (not even the empty one) opens it. */
export const makeEncryptedPdf = async (): Promise<Uint8Array> => {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([595, 842]).drawText('Secret field notes', { x: MARGIN, y: 700, size: FONT_SIZE, font });
  const context = document.context;
  const filler = (byte: number): PDFHexString => PDFHexString.of(byte.toString(16).padStart(2, '0').repeat(32));
  const encrypt = context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    Length: PDFNumber.of(40),
    O: filler(0x11),
    U: filler(0x22),
    P: PDFNumber.of(-44),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of('0123456789abcdef0123456789abcdef'), PDFHexString.of('0123456789abcdef0123456789abcdef')]);
  return document.save({ useObjectStreams: false });
};
