// Tints coded text without touching the editor's nodes: one CSS Custom Highlight per code colour holds the (static)
// ranges of that colour's codings, updated by differences when codings change, painted semi-transparent so overlapping codings read darker. Also paints the
// remembered selection and the range a route asked to highlight. Falls back to nothing (stripes still show)
// where the browser has no highlight registry.
import type { Coding } from '../../shared/model/index.ts';
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

type PaintedCoding = { key: string; name: string; range: StaticRange };

/**
 * The coded-text tint of one rendered transcript, kept up to date by differences: a new coding adds one range to
 * its colour's highlight, a removed one takes its range out, and unchanged codings cost a map lookup. Ranges are
 * StaticRanges (no live-range bookkeeping on DOM edits); a re-render of the text needs a new painter.
 */
export class CodedHighlightPainter {
  private readonly surface: TranscriptSurface;
  private readonly painted = new Map<string, PaintedCoding>();
  private readonly highlights = new Map<string, Highlight>();

  constructor(surface: TranscriptSurface) {
    this.surface = surface;
  }

  /** Makes the tint show exactly `codings` in their code colours. */
  paint(codings: readonly Coding[], colorOf: (codeId: string) => string | undefined): void {
    if (!highlightsSupported()) return;
    const seen = new Set<string>();
    for (const coding of codings) {
      const color = colorOf(coding.codeId);
      if (color === undefined) continue;
      const name = ensureColorRule(color);
      const key = `${coding.start}:${coding.end}:${name}`;
      const before = this.painted.get(coding.id);
      if (before?.key === key) {
        seen.add(coding.id);
        continue;
      }
      if (before !== undefined) this.unpaint(coding.id, before);
      const range = this.surface.staticRangeOf(coding.start, coding.end);
      if (range === null) continue;
      this.highlight(name).add(range);
      this.painted.set(coding.id, { key, name, range });
      seen.add(coding.id);
    }
    for (const [id, entry] of this.painted) if (!seen.has(id)) this.unpaint(id, entry);
    // Tints of an earlier painter (another source, an older render) must not linger.
    for (const name of [...CSS.highlights.keys()]) {
      if (name.startsWith(CODED_PREFIX) && CSS.highlights.get(name) !== this.highlights.get(name)) CSS.highlights.delete(name);
    }
  }

  /** Removes this painter's tint. */
  clear(): void {
    if (!highlightsSupported()) return;
    for (const [name, highlight] of this.highlights) if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    this.highlights.clear();
    this.painted.clear();
  }

  private highlight(name: string): Highlight {
    let highlight = this.highlights.get(name);
    if (highlight === undefined) {
      highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
    return highlight;
  }

  private unpaint(id: string, entry: PaintedCoding): void {
    this.highlights.get(entry.name)?.delete(entry.range);
    this.painted.delete(id);
  }
}

/** Paints one range under a named highlight (the remembered selection, a flashed range); null clears it. */
export const paintRange = (name: string, surface: TranscriptSurface | null, offsets: { start: number; end: number } | null): void => {
  if (!highlightsSupported()) return;
  const range = surface !== null && offsets !== null ? surface.staticRangeOf(offsets.start, offsets.end) : null;
  if (range === null) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(range));
};
