// Wrapping the packet PDF's text to its column: every line fits, words break only at plain spaces (a no-break space
// keeps a tick box with its answer), a word wider than the column is cut between characters, and no text is lost.
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { wrapRuns, type PlacedLine } from '../../../../shared/export/pdf/pdfLayout.ts';

let regular: PDFFont;
let bold: PDFFont;
const SIZE = 10;

beforeAll(async () => {
  const document = await PDFDocument.create();
  regular = await document.embedFont(StandardFonts.Helvetica);
  bold = await document.embedFont(StandardFonts.HelveticaBold);
});

const lineText = (line: PlacedLine): string => line.segments.map((segment) => segment.text).join('');
const measured = (line: PlacedLine): number => line.segments.reduce((sum, segment) => sum + segment.font.widthOfTextAtSize(segment.text, SIZE), 0);

describe('wrapRuns', () => {
  it('fits every line in the column and keeps every word, in order', () => {
    const text = 'Not by my own effort, honestly. In the beginning I only made drums for a trader from Surabaya who came every month.';
    const lines = wrapRuns([{ text, font: regular }], SIZE, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(measured(line)).toBeLessThanOrEqual(120);
      expect(line.width).toBeCloseTo(measured(line), 5);
      expect(lineText(line)).not.toMatch(/^ | $/);
    }
    expect(lines.map(lineText).join(' ')).toBe(text);
  });

  it('keeps words joined by a no-break space on one line', () => {
    const lines = wrapRuns([{ text: 'Answer:', font: bold }, { text: '   [x]\u00a0Perlu\u00a0dikoreksi   [x]\u00a0Tarik\u00a0kembali', font: regular }], SIZE, 150);
    expect(lines.map(lineText)).toEqual(['Answer:   [x]\u00a0Perlu\u00a0dikoreksi', '[x]\u00a0Tarik\u00a0kembali']);
    expect(lines[0].segments[0].font).toBe(bold);
  });

  it('cuts a word wider than the column between characters', () => {
    const word = 'x'.repeat(80);
    const lines = wrapRuns([{ text: word, font: regular }], SIZE, 100);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measured(line)).toBeLessThanOrEqual(100);
    expect(lines.map(lineText).join('')).toBe(word);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapRuns([], SIZE, 100)).toEqual([{ segments: [], width: 0 }]);
  });
});
