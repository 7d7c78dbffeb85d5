// The margin of coding stripes beside the transcript: one coloured bar per coding, in lanes so overlapping codings
// sit side by side, and a column of code names beside them (stripeLabels.ts; a name without room shows on hover and
// focus). Bars are measured from the rendered text (DOM ranges), only for the part of the source on or near the
// screen, cached per coding and re-measured on resize, scroll into new text, or a re-render. The stripes are one stop
// in the Tab order; the arrow keys move between them, Enter opens a stripe's codings, Escape goes back to the text.
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent, MouseEvent as ReactMouseEvent } from 'react';
import { codePath, indexCodes } from '../../shared/codebook/index.ts';
import type { Code, Coding } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { measureRange, offsetWindow, rangeLaidOut, scrollParentOf } from './stripeGeometry.ts';
import { gutterColumns, placeStripeLabels, STRIPE_GAP, STRIPE_WIDTH } from './stripeLabels.ts';
import { assignStripeLanes, codingsOverlapping, type PlacedStripe, type StripeBox } from './stripeLayout.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';

const LABEL_LINE_HEIGHT = 15;
const EXCERPT_ATTRIBUTE_LIMIT = 2000;

type Props = {
  surface: TranscriptSurface | null;
  version: number;
  codings: readonly Coding[];
  codes: readonly Code[];
  text: string;
  hidden: boolean;
  /** Opens the codings of a stripe; `byKeyboard` when Enter or Space did it (the popover then takes the focus). */
  onOpen: (codings: Coding[], point: { x: number; y: number }, byKeyboard: boolean) => void;
};

type Measured = { key: string; box: { top: number; bottom: number } | null };

type Layout = { stripes: PlacedStripe[]; laneCount: number };

const EMPTY: Layout = { stripes: [], laneCount: 0 };

/** Reading order of the stripes for the arrow keys: top to bottom, left to right. */
const readingOrder = (stripes: readonly PlacedStripe[]): string[] =>
  [...stripes].sort((a, b) => a.top - b.top || a.lane - b.lane).map((stripe) => stripe.coding.id);

/** Where a stripe opened from the keyboard anchors its popover: beside the stripe's top (a key press has no pointer). */
const openPoint = (event: ReactMouseEvent<HTMLButtonElement>): { x: number; y: number } => {
  if (event.detail > 0) return { x: event.clientX, y: event.clientY };
  const box = event.currentTarget.getBoundingClientRect();
  return { x: box.right + 8, y: box.top };
};

/** Scrolling within already measured text yields the same stripes; keeping the old object skips a render. */
const sameLayout = (a: Layout, b: Layout): boolean =>
  a.laneCount === b.laneCount && a.stripes.length === b.stripes.length &&
  a.stripes.every((stripe, index) => {
    const other = b.stripes[index];
    return stripe.coding === other.coding && stripe.top === other.top && stripe.bottom === other.bottom && stripe.lane === other.lane;
  });

export const CodingStripes = ({ surface, version, codings, codes, text, hidden, onOpen }: Props) => {
  const { t } = useTranslation();
  const gutter = useRef<HTMLDivElement>(null);
  const cache = useRef<{ version: number; surface: TranscriptSurface | null; measured: Map<string, Measured> }>({ version: -1, surface: null, measured: new Map() });
  const [layout, setLayout] = useState(EMPTY);
  const [moves, setMoves] = useState(0);

  // Scrolling brings new text on screen; resizing re-wraps lines or re-sizes turns (every measure is stale).
  useEffect(() => {
    const element = gutter.current;
    if (surface === null || element === null) return undefined;
    let frame = 0;
    const later = (resized: boolean) => () => {
      if (resized) cache.current.measured.clear();
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setMoves((count) => count + 1));
    };
    const scroller = scrollParentOf(element);
    const onScroll = later(false);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // Height changes too: off-screen turns skip layout (content-visibility) and take their real height once shown,
    // which moves the text below them.
    let lastSize = `${surface.root.clientWidth}x${surface.root.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${surface.root.clientWidth}x${surface.root.clientHeight}`;
      if (size === lastSize) return;
      lastSize = size;
      later(true)();
    });
    observer.observe(surface.root);
    // A turn starting to lay out its text (scrolled near) makes the codings in it measurable.
    surface.root.addEventListener('contentvisibilityautostatechange', onScroll, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
      surface.root.removeEventListener('contentvisibilityautostatechange', onScroll, { capture: true });
      observer.disconnect();
    };
  }, [surface]);

  // Measured before paint, so a new coding's stripe shows in the same frame as the store update.
  useLayoutEffect(() => {
    const element = gutter.current;
    if (surface === null || element === null || hidden) {
      setLayout(EMPTY);
      return;
    }
    if (cache.current.version !== version || cache.current.surface !== surface) {
      cache.current = { version, surface, measured: new Map() };
    }
    const { measured } = cache.current;
    const origin = element.getBoundingClientRect().top;
    const scroller = scrollParentOf(element);
    const view = scroller === element.ownerDocument.documentElement
      ? { top: 0, bottom: globalThis.innerHeight }
      : scroller.getBoundingClientRect();
    const reach = view.bottom - view.top;
    const shown = offsetWindow(surface.getRuns(), view.top - reach, view.bottom + reach);
    const boxes: StripeBox[] = [];
    for (const coding of shown === null ? [] : codingsOverlapping(codings, shown.start, shown.end)) {
      const key = `${coding.start}:${coding.end}`;
      let entry = measured.get(coding.id);
      if (entry?.key !== key) {
        entry = { key, box: measureRange(surface, coding.start, coding.end, origin) };
        // A coding in a turn skipped as off-screen is measured again once that turn lays out its text.
        if (rangeLaidOut(surface, coding.start, coding.end)) measured.set(coding.id, entry);
      }
      if (entry.box !== null) boxes.push({ coding, ...entry.box });
    }
    const next = assignStripeLanes(boxes, STRIPE_GAP);
    setLayout((previous) => (sameLayout(previous, next) ? previous : next));
  }, [surface, version, codings, hidden, moves]);

  const codesById = useMemo(() => indexCodes(codes), [codes]);
  const labels = useMemo(() => new Map(placeStripeLabels(layout.stripes, LABEL_LINE_HEIGHT).map((place) => [place.codingId, place])), [layout]);
  const order = useMemo(() => readingOrder(layout.stripes), [layout]);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const focusable = tabStop !== null && order.includes(tabStop) ? tabStop : order[0];

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const at = order.indexOf((event.target instanceof HTMLElement ? event.target.dataset.codingId : undefined) ?? '');
    if (at < 0) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      surface?.root.focus();
      return;
    }
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: order.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const id = order[Math.min(order.length - 1, Math.max(0, next))];
    gutter.current?.querySelector<HTMLElement>(`[data-coding-id="${id}"]`)?.focus();
  };

  const { width, labelColumn, showsLabels } = gutterColumns(layout.laneCount);
  return (
    <div
      ref={gutter}
      className="coding-gutter"
      // React's style type has no custom properties; coding.css reads --label-column.
      style={{ width, '--label-column': `${labelColumn}px` } as CSSProperties}
      aria-label={t('coding.stripes.label')}
      aria-description={t('transcript.stripes.keys')}
      role="toolbar"
      aria-orientation="vertical"
      onKeyDown={onKeyDown}
    >
      {layout.stripes.map(({ coding, top, bottom, lane }) => {
        const code = codesById.get(coding.codeId);
        if (code === undefined) return null;
        const path = codePath(codesById, code.id);
        const excerpt = text.slice(coding.start, coding.end);
        const label = labels.get(coding.id);
        const placed = showsLabels && label !== undefined && label.top !== null;
        return (
          <Fragment key={coding.id}>
            <button
              type="button"
              className="coding-stripe"
              data-testid="coding-stripe"
              data-coding-id={coding.id}
              data-code-name={code.name}
              data-coded-text={excerpt.slice(0, EXCERPT_ATTRIBUTE_LIMIT)}
              title={path}
              aria-label={t('coding.stripes.stripe', { code: path, excerpt: excerpt.length > 60 ? `${excerpt.slice(0, 60)}…` : excerpt })}
              tabIndex={coding.id === focusable ? 0 : -1}
              style={{
                top, height: Math.max(4, bottom - top), left: labelColumn + STRIPE_GAP + lane * (STRIPE_WIDTH + STRIPE_GAP), width: STRIPE_WIDTH, background: code.color,
              }}
              onFocus={() => setTabStop(coding.id)}
              onClick={(event) => onOpen([coding], openPoint(event), event.detail === 0)}
            />
            {/* Shown where placeStripeLabels found room; otherwise while its stripe is hovered or focused (coding.css). */}
            <span
              className="coding-stripe-label"
              data-testid="coding-stripe-label"
              data-code-name={code.name}
              data-placed={placed}
              data-lines={label?.lines ?? 0}
              aria-hidden="true"
              style={{ top: label?.top ?? top }}
            >
              <span className="coding-stripe-name">{code.name}</span>
              <span className="coding-stripe-dot" style={{ background: code.color }} />
            </span>
          </Fragment>
        );
      })}
    </div>
  );
};
