// One PDF page's positioned text items grouped into rows (same baseline, left to right) and rows cut into
// segments where a wide horizontal gap separates them (two columns side by side share a baseline).
// Also reads a line's text (spaces where items are apart) and the bold speaker label a line may open with.

export type PositionedText = { str: string; x: number; y: number; width: number; size: number; bold?: boolean };

/** Items sharing a baseline, sorted left to right. */
export type Row = { y: number; size: number; items: PositionedText[] };

/** A run of a row's items with no wide gap inside; `left`/`right` are its horizontal extent. */
export type Segment = Row & { left: number; right: number };

/** A horizontal gap wider than this many font sizes separates two segments of one row. */
const SEGMENT_GAP = 0.8;

export const groupRows = (items: readonly PositionedText[]): Row[] => {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    const tolerance = Math.max(1, Math.min(item.size, row?.size ?? item.size) * 0.4);
    if (row && Math.abs(row.y - item.y) <= tolerance) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
};

const segmentOf = (items: PositionedText[]): Segment => ({
  y: items[0].y,
  size: Math.max(...items.map((item) => item.size)),
  items,
  left: Math.min(...items.map((item) => item.x)),
  right: Math.max(...items.map((item) => item.x + item.width)),
});

/** Cuts a row at gaps wider than SEGMENT_GAP font sizes; blank items never start or end a segment. */
export const splitRow = (row: Row): Segment[] => {
  const segments: Segment[] = [];
  let current: PositionedText[] = [];
  let end = -Infinity;
  for (const item of row.items) {
    if (item.str.trim() === '') {
      if (current.length > 0) current.push(item);
      continue;
    }
    if (current.length > 0 && item.x - end > item.size * SEGMENT_GAP) {
      segments.push(segmentOf(trimBlank(current)));
      current = [];
    }
    current.push(item);
    end = current.length === 1 ? item.x + item.width : Math.max(end, item.x + item.width);
  }
  if (current.length > 0) segments.push(segmentOf(trimBlank(current)));
  return segments;
};

const trimBlank = (items: PositionedText[]): PositionedText[] => {
  let last = items.length - 1;
  while (last > 0 && items[last].str.trim() === '') last -= 1;
  return items.slice(0, last + 1);
};

/** The text of items on one line, with a space wherever two items are visibly apart. */
export const textOfItems = (items: readonly PositionedText[]): string => {
  const parts: string[] = [];
  let previousEnd: number | null = null;
  let previousText = '';
  for (const item of items) {
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

/** "Pak Harto:" when a line opens with bold items ending in a colon (as Word's bold runs do), else null. */
export const boldLabelOf = (items: readonly PositionedText[], lineText: string): string | null => {
  const bold: PositionedText[] = [];
  for (const item of items) {
    if (item.bold !== true && item.str.trim() !== '') break;
    bold.push(item);
  }
  if (!bold.some((item) => item.bold === true)) return null;
  const label = textOfItems(bold);
  if (!label.endsWith(':') || label.length > 41 || !lineText.startsWith(label)) return null;
  return label;
};
