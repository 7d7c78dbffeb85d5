// Turns one PDF page's positioned text items into paragraphs in reading order: items grouped into lines by
// baseline (top to bottom), ordered left to right, lines joined into paragraphs unless a vertical gap or a
// change of font size separates them.

export type PositionedText = { str: string; x: number; y: number; width: number; size: number };

type Line = { y: number; size: number; items: PositionedText[] };

/** Line spacing above this many times the font size starts a new paragraph. */
const PARAGRAPH_GAP = 1.5;

const groupLines = (items: readonly PositionedText[]): Line[] => {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(1, Math.min(item.size, line?.size ?? item.size) * 0.4);
    if (line && Math.abs(line.y - item.y) <= tolerance) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
};

const lineText = (line: Line): string => {
  const parts: string[] = [];
  let previousEnd: number | null = null;
  let previousText = '';
  for (const item of line.items) {
    if (item.str === '') continue;
    if (previousEnd !== null) {
      const gap = item.x - previousEnd;
      const needsSpace = gap > item.size * 0.15 && !/\s$/.test(previousText) && !/^\s/.test(item.str);
      if (needsSpace) parts.push(' ');
    }
    parts.push(item.str);
    previousEnd = item.x + item.width;
    previousText = item.str;
  }
  return parts.join('').replace(/[ \t]{2,}/g, ' ').trim();
};

/** Lines of one paragraph: a hyphen at a line end joins directly, otherwise with a space. */
const joinLines = (lines: readonly string[]): string => {
  const parts: string[] = [];
  lines.forEach((text, index) => {
    if (index > 0) parts.push(/\p{L}-$/u.test(lines[index - 1]) ? '' : ' ');
    parts.push(text);
  });
  return parts.join('');
};

export const layoutPageParagraphs = (items: readonly PositionedText[]): string[] => {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previous: Line | null = null;
  for (const line of groupLines(items)) {
    const text = lineText(line);
    if (text === '') continue;
    if (previous) {
      const gap = previous.y - line.y;
      const size = Math.max(previous.size, line.size);
      const breaks = gap > size * PARAGRAPH_GAP || Math.abs(previous.size - line.size) > 1 || gap < 0;
      if (breaks && current.length > 0) {
        paragraphs.push(joinLines(current));
        current = [];
      }
    }
    current.push(text);
    previous = line;
  }
  if (current.length > 0) paragraphs.push(joinLines(current));
  return paragraphs;
};
