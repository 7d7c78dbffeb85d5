// Text the PDF writer can draw with an embedded font: characters the font has no glyph for (an emoji, a rare script)
// would draw as an empty box that extracts as nothing, so each such character — the whole grapheme, with its joiners
// and variation selectors — becomes U+FFFD "�", which DejaVu Sans draws and pdftotext reads. Control characters become
// spaces. The DOCX keeps the original characters: Word falls back to another font.
import type { PDFFont } from 'pdf-lib';

export const MISSING_GLYPH = '\uFFFD';

const INVISIBLE_JOINERS = new Set([0x200d, 0xfe0e, 0xfe0f]);
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A cleaner for one font, keeping its character set once. */
export const drawableTextFor = (font: PDFFont): ((text: string) => string) => {
  const known = new Set(font.getCharacterSet());
  const fallback = known.has(MISSING_GLYPH.codePointAt(0) ?? 0) ? MISSING_GLYPH : '?';
  const drawable = (codePoint: number): boolean => known.has(codePoint);
  return (text) => {
    let clean = '';
    for (const { segment } of graphemes.segment(text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' '))) {
      const codePoints = [...segment].map((char) => char.codePointAt(0) ?? 0);
      if (segment === '\n' || codePoints.every((codePoint) => drawable(codePoint) || INVISIBLE_JOINERS.has(codePoint))) {
        clean += [...segment].filter((char) => segment === '\n' || drawable(char.codePointAt(0) ?? 0)).join('');
      } else clean += fallback;
    }
    return clean;
  };
};
