// Running headers, footers and page numbers of a PDF: a row at the top or bottom of a page is running when the
// same row, digits aside, sits at the same edge on most pages, or when it is a bare page number ("3", "- 3 -",
// "Page 3 of 9", "Halaman 3", "3 / 9"); a row further in only under (over) a running row. Works on each page's
// rows (top to bottom) as text.

/** How many rows at each edge of a page may be running lines. */
const EDGE_ROWS = 2;

const PAGE_NUMBER = /^[-–—]?\s*(?:(?:page|halaman|hal\.|p\.)\s*)?\d{1,4}(?:\s*(?:of|dari|\/)\s*\d{1,4})?\s*[-–—]?$/i;

export type RunningLines = {
  /** Per page, the indexes of the rows to leave out. */
  removed: Set<number>[];
  /** Distinct removed rows in order of first appearance. */
  lines: string[];
  count: number;
};

const keyOf = (text: string): string => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

const edgeIndexes = (rowCount: number): { top: number[]; bottom: number[] } => {
  const top = Array.from({ length: Math.min(EDGE_ROWS, rowCount) }, (_, index) => index);
  const bottom = Array.from({ length: Math.min(EDGE_ROWS, rowCount) }, (_, index) => rowCount - 1 - index);
  return { top, bottom };
};

export const isPageNumberLine = (text: string): boolean => PAGE_NUMBER.test(text.trim());

export const findRunningLines = (pages: readonly (readonly string[])[]): RunningLines => {
  // For each edge, the pages on which a key appears there.
  const seen = new Map<string, Set<number>>();
  pages.forEach((rows, page) => {
    const { top, bottom } = edgeIndexes(rows.length);
    for (const [edge, indexes] of [['top', top], ['bottom', bottom]] as const) {
      for (const index of indexes) {
        const key = `${edge}:${keyOf(rows[index])}`;
        const pagesWithKey = seen.get(key) ?? new Set<number>();
        pagesWithKey.add(page);
        seen.set(key, pagesWithKey);
      }
    }
  });
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  const removed = pages.map(() => new Set<number>());
  const lines: string[] = [];
  const listed = new Set<string>();
  let count = 0;
  pages.forEach((rows, page) => {
    const { top, bottom } = edgeIndexes(rows.length);
    const running = (edge: 'top' | 'bottom', index: number): boolean =>
      isPageNumberLine(rows[index]) || (seen.get(`${edge}:${keyOf(rows[index])}`)?.size ?? 0) >= enough;
    // A row further in is running only when the row outside it is too (a header over a sub-header).
    const outermost = (edge: 'top' | 'bottom', indexes: number[]): number[] => {
      const found: number[] = [];
      for (const index of indexes) {
        if (!running(edge, index)) break;
        found.push(index);
      }
      return found;
    };
    const indexes = [...outermost('top', top), ...outermost('bottom', bottom)];
    for (const index of [...new Set(indexes)].sort((a, b) => a - b)) {
      if (rows[index].trim() === '') continue;
      removed[page].add(index);
      count += 1;
      if (!listed.has(rows[index])) {
        listed.add(rows[index]);
        lines.push(rows[index]);
      }
    }
  });
  return { removed, lines, count };
};
