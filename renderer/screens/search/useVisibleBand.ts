// Which vertical band of a long list is on screen (plus a margin), in pixels from the list's top, following the
// scrolling ancestor. The search results use it to render only the keyword-in-context lines near the view.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** From `top` to `bottom` pixels below the list's top edge; rounded out to whole blocks so small scrolls cost nothing. */
export type VisibleBand = { top: number; bottom: number };

const BLOCK_PX = 400;

const scrollingAncestor = (element: HTMLElement): HTMLElement | null => {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
};

const bandOf = (viewTop: number, viewBottom: number, listTop: number, marginPx: number): VisibleBand => ({
  top: Math.floor((viewTop - listTop - marginPx) / BLOCK_PX) * BLOCK_PX,
  bottom: Math.ceil((viewBottom - listTop + marginPx) / BLOCK_PX) * BLOCK_PX,
});

const initialBand = (marginPx: number): VisibleBand =>
  bandOf(0, typeof window === 'undefined' ? 1000 : window.innerHeight, 0, marginPx);

/**
 * The band of the list (element in `ref`) within the scrolling ancestor's view, `marginPx` beyond each edge.
 * `layoutKey` changes when the list's content changes, so the band is checked again before that paint.
 */
export const useVisibleBand = (ref: RefObject<HTMLElement | null>, marginPx: number, layoutKey: unknown): VisibleBand => {
  const [band, setBand] = useState(() => initialBand(marginPx));
  const scroller = useRef<HTMLElement | null>(null);

  const measure = useRef(() => {});
  measure.current = () => {
    const list = ref.current;
    if (list === null) return;
    scroller.current ??= scrollingAncestor(list);
    const view = scroller.current?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
    const next = bandOf(view.top, view.bottom, list.getBoundingClientRect().top, marginPx);
    setBand((current) => (current.top === next.top && current.bottom === next.bottom ? current : next));
  };

  useLayoutEffect(() => {
    measure.current();
  }, [layoutKey]);

  useEffect(() => {
    let frame = 0;
    const onMove = (): void => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure.current();
      });
    };
    const target: HTMLElement | Window = scroller.current ?? window;
    target.addEventListener('scroll', onMove, { passive: true });
    window.addEventListener('resize', onMove);
    return () => {
      cancelAnimationFrame(frame);
      target.removeEventListener('scroll', onMove);
      window.removeEventListener('resize', onMove);
    };
  }, []);

  return band;
};
