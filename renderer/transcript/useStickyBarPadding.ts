// Keeps the scrolling pane's scroll-padding-top equal to the height of a sticky bar at its top (the coding bar), so
// that paging (PageDown, Space), focus moves, find-in-page and scrolls to a range put text below the bar, not under it.
import { useEffect, type RefObject } from 'react';
import { scrollParentOf } from './stripeGeometry.ts';

/** The pane's top band hidden by sticky bars, in pixels (its scroll-padding-top; 0 when none is set). */
export const stickyBandOf = (scroller: HTMLElement): number => Number.parseFloat(getComputedStyle(scroller).scrollPaddingTop) || 0;

export const useStickyBarPadding = (bar: RefObject<HTMLElement | null>): void => {
  useEffect(() => {
    const element = bar.current;
    if (element === null) return undefined;
    const scroller = scrollParentOf(element);
    const previous = scroller.style.scrollPaddingTop;
    // The bar wraps onto more lines as recent codes are added: follow its height, and keep the gap below it clear.
    const observer = new ResizeObserver(() => {
      const gap = Number.parseFloat(getComputedStyle(element).marginBottom) || 0;
      scroller.style.scrollPaddingTop = `${element.offsetHeight + gap}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      scroller.style.scrollPaddingTop = previous;
    };
  }, [bar]);
};
