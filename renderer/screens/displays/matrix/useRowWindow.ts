// The rows of a large matrix that are in the DOM: a matrix of 200 informants × 80 codes has 16,000 cells, and
// painting them all takes half a second, so beyond ROW_WINDOW_FROM rows only the rows in the scrolled view (and a
// margin either side) are rendered, between two spacer rows as tall as the rows they stand for. Row heights are
// measured from the rendered rows. `reveal` scrolls a row into the window, for the keyboard.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Matrices with fewer rows render every row (their summaries and quotes may make rows of any height). */
export const ROW_WINDOW_FROM = 80;
const MARGIN_ROWS = 12;
const FIRST_GUESS_HEIGHT = 34;
const FIRST_GUESS_VIEW_ROWS = 30;

export type RowWindow = { first: number; last: number; rowHeight: number; windowed: boolean };

export const useRowWindow = (scroller: RefObject<HTMLDivElement | null>, rowCount: number): RowWindow & { reveal: (row: number) => void } => {
  const windowed = rowCount >= ROW_WINDOW_FROM;
  const rowHeight = useRef(FIRST_GUESS_HEIGHT);
  const [shownHeight, setShownHeight] = useState(FIRST_GUESS_HEIGHT);
  const [range, setRange] = useState({ first: 0, last: Math.min(rowCount - 1, FIRST_GUESS_VIEW_ROWS + MARGIN_ROWS) });

  const measure = useCallback(() => {
    const element = scroller.current;
    if (!windowed || element === null) return;
    const head = element.querySelector('thead')?.offsetHeight ?? 0;
    const height = rowHeight.current;
    const top = Math.max(0, element.scrollTop);
    const first = Math.max(0, Math.floor(top / height) - MARGIN_ROWS);
    const last = Math.min(rowCount - 1, Math.ceil((top + element.clientHeight - head) / height) + MARGIN_ROWS);
    setRange((previous) => (previous.first === first && previous.last === last ? previous : { first, last }));
  }, [scroller, windowed, rowCount]);

  // The rendered rows tell the real height; the window is set again when it differs from the guess.
  useLayoutEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>('tbody tr[data-row]');
    if (!windowed || row === null || row === undefined) return;
    if (Math.abs(row.offsetHeight - rowHeight.current) > 1) {
      rowHeight.current = row.offsetHeight;
      setShownHeight(row.offsetHeight);
      measure();
    }
  });

  useEffect(() => {
    const element = scroller.current;
    if (!windowed || element === null) return;
    let frame = 0;
    const onScroll = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    measure();
    element.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      element.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scroller, windowed, measure]);

  const reveal = useCallback((row: number) => {
    const element = scroller.current;
    if (!windowed || element === null) return;
    const head = element.querySelector('thead')?.offsetHeight ?? 0;
    const height = rowHeight.current;
    const top = row * height;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + height > element.scrollTop + element.clientHeight - head) element.scrollTop = top + height - (element.clientHeight - head);
    measure();
  }, [scroller, windowed, measure]);

  const first = windowed ? range.first : 0;
  const last = windowed ? Math.min(range.last, rowCount - 1) : rowCount - 1;
  return { first, last, rowHeight: shownHeight, windowed, reveal };
};
