// Reading order of one PDF page's segments: finds a gutter (a vertical band no body line crosses, with column
// text on both sides), reads the left column then the right one, and puts lines that span the gutter (a title,
// a standfirst, a wide caption) where they stand between the column bands. Columns inside a column (three
// columns) are found the same way. A page without a gutter reads top to bottom, left to right.
import type { PositionedText, Segment } from './pdfLines.ts';

/** A line in reading order; `region` numbers the column or spanning block it belongs to (per page). */
export type OrderedLine = { y: number; size: number; left: number; right: number; items: PositionedText[]; region: number };

type Gutter = { from: number; to: number };

/** The fuller side of a gutter holds at least this many lines; the other may hold one (a column's last line). */
const MIN_SIDE_LINES = 3;
/** A column of text is at least this many font sizes wide (narrower sides are table cells or labels). */
const MIN_COLUMN_EMS = 12;
const MAX_DEPTH = 3;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)];
};

/** Column text fills its column: most of a side's lines run across at least half of the side's width. */
const looksLikeColumn = (side: readonly Segment[], size: number): boolean => {
  const left = Math.min(...side.map((segment) => segment.left));
  const right = Math.max(...side.map((segment) => segment.right));
  return right - left >= MIN_COLUMN_EMS * size && median(side.map((segment) => segment.right - segment.left)) >= 0.5 * (right - left);
};

export const findGutter = (segments: readonly Segment[]): Gutter | null => {
  if (segments.length < MIN_SIDE_LINES + 1) return null;
  const pageLeft = Math.floor(Math.min(...segments.map((segment) => segment.left)));
  const pageRight = Math.ceil(Math.max(...segments.map((segment) => segment.right)));
  const width = pageRight - pageLeft;
  if (width < 100) return null;
  const coverage = new Int32Array(width + 1);
  for (const segment of segments) {
    const from = Math.max(0, Math.ceil(segment.left - pageLeft));
    const to = Math.min(width, Math.floor(segment.right - pageLeft));
    for (let bin = from; bin <= to; bin += 1) coverage[bin] += 1;
  }
  // Only the middle of the page can hold a gutter; its lowest coverage counts the lines spanning it.
  const first = Math.floor(width * 0.15);
  const last = Math.ceil(width * 0.85);
  let lowest = Infinity;
  for (let bin = first; bin <= last; bin += 1) lowest = Math.min(lowest, coverage[bin]);
  if (lowest > Math.max(2, segments.length * 0.3)) return null;
  let best: Gutter | null = null;
  for (let bin = first; bin <= last; bin += 1) {
    if (coverage[bin] !== lowest) continue;
    let end = bin;
    while (end + 1 <= last && coverage[end + 1] === lowest) end += 1;
    if (!best || end - bin > best.to - best.from) best = { from: pageLeft + bin, to: pageLeft + end };
    bin = end;
  }
  if (!best) return null;
  const size = median(segments.map((segment) => segment.size));
  if (best.to - best.from < Math.max(4, size * 0.5)) return null;
  const gutter = best;
  const leftSide = segments.filter((segment) => segment.right <= gutter.from + 1);
  const rightSide = segments.filter((segment) => segment.left >= gutter.to - 1);
  if (leftSide.length === 0 || rightSide.length === 0) return null;
  // The fuller side must be column text; the other may be a column's last line or two.
  const [fuller, other] = leftSide.length >= rightSide.length ? [leftSide, rightSide] : [rightSide, leftSide];
  if (fuller.length < MIN_SIDE_LINES || !looksLikeColumn(fuller, size)) return null;
  return other.length < MIN_SIDE_LINES || looksLikeColumn(other, size) ? gutter : null;
};

/** Segments of one column (or a page without columns) joined into lines, top to bottom. */
const linesOf = (segments: readonly Segment[], region: number): OrderedLine[] => {
  const sorted = [...segments].sort((a, b) => b.y - a.y || a.left - b.left);
  const lines: OrderedLine[] = [];
  for (const segment of sorted) {
    const line = lines[lines.length - 1];
    const tolerance = Math.max(1, Math.min(segment.size, line?.size ?? segment.size) * 0.4);
    if (line && Math.abs(line.y - segment.y) <= tolerance) {
      line.items.push(...segment.items);
      line.size = Math.max(line.size, segment.size);
      line.left = Math.min(line.left, segment.left);
      line.right = Math.max(line.right, segment.right);
    } else lines.push({ y: segment.y, size: segment.size, left: segment.left, right: segment.right, items: [...segment.items], region });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
};

type Regions = { next: number };

const order = (segments: readonly Segment[], depth: number, regions: Regions): OrderedLine[] => {
  if (segments.length === 0) return [];
  const gutter = depth < MAX_DEPTH ? findGutter(segments) : null;
  if (!gutter) return linesOf(segments, regions.next++);
  const spanning = segments.filter((segment) => segment.left < gutter.to - 1 && segment.right > gutter.from + 1).sort((a, b) => b.y - a.y);
  const left = segments.filter((segment) => segment.right <= gutter.from + 1 && !spanning.includes(segment));
  const right = segments.filter((segment) => segment.left >= gutter.to - 1 && !spanning.includes(segment));
  const out: OrderedLine[] = [];
  let above = Infinity;
  let spanRegion: number | null = null;
  const band = (below: number): void => {
    const inBand = (segment: Segment): boolean => segment.y < above && segment.y > below;
    const columns = [left.filter(inBand), right.filter(inBand)];
    if (columns[0].length + columns[1].length > 0) spanRegion = null;
    for (const column of columns) out.push(...order(column, depth + 1, regions));
  };
  for (const segment of spanning) {
    band(segment.y);
    spanRegion ??= regions.next++;
    out.push(...linesOf([segment], spanRegion));
    above = segment.y;
  }
  band(-Infinity);
  return out;
};

/** One page's segments (running lines already left out) in reading order. */
export const orderPageLines = (segments: readonly Segment[]): OrderedLine[] => order(segments, 0, { next: 0 });
