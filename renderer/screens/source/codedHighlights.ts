// Tints coded text without touching the editor's nodes: one CSS Custom Highlight per code colour holds the DOM
// ranges of that colour's codings, painted semi-transparent so overlapping codings read darker. Also paints the
// remembered selection and the passage a route asked to highlight. Falls back to nothing (stripes still show)
// where the browser has no highlight registry.
import type { Coding } from '../../../shared/model/index.ts';
import type { TranscriptSurface } from './transcriptSurface.ts';

const CODED_PREFIX = 'cw-coded-';
export const SELECTION_HIGHLIGHT = 'cw-selection';
export const FLASH_HIGHLIGHT = 'cw-flash';

export const highlightsSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

let sheet: CSSStyleSheet | null = null;
const styledColors = new Set<string>();

/** A constructed style sheet (no inline <style>, so nothing for the CSP to object to) with one rule per colour. */
const ensureColorRule = (color: string): string => {
  const hex = /^#[0-9a-f]{6}$/i.test(color) ? color.slice(1).toLowerCase() : '7f7f7f';
  const name = `${CODED_PREFIX}${hex}`;
  if (styledColors.has(hex)) return name;
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  sheet.insertRule(`::highlight(${name}) { background-color: #${hex}2e; }`, sheet.cssRules.length);
  styledColors.add(hex);
  return name;
};

/** Replaces the coded-text tint with the given codings; returns a cleanup that removes it. */
export const paintCodedHighlights = (
  surface: TranscriptSurface, codings: readonly Coding[], colorOf: (codeId: string) => string | undefined,
): (() => void) => {
  if (!highlightsSupported()) return () => undefined;
  const byName = new Map<string, Range[]>();
  for (const coding of codings) {
    const color = colorOf(coding.codeId);
    if (color === undefined) continue;
    const range = surface.rangeOf(coding.start, coding.end);
    if (range === null) continue;
    const name = ensureColorRule(color);
    const ranges = byName.get(name);
    if (ranges === undefined) byName.set(name, [range]);
    else ranges.push(range);
  }
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith(CODED_PREFIX) && !byName.has(name)) CSS.highlights.delete(name);
  for (const [name, ranges] of byName) CSS.highlights.set(name, new Highlight(...ranges));
  return () => {
    for (const name of byName.keys()) CSS.highlights.delete(name);
  };
};

/** Paints one passage under a named highlight (the remembered selection, a flashed passage); null clears it. */
export const paintPassage = (name: string, surface: TranscriptSurface | null, passage: { start: number; end: number } | null): void => {
  if (!highlightsSupported()) return;
  const range = surface !== null && passage !== null ? surface.rangeOf(passage.start, passage.end) : null;
  if (range === null) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(range));
};
