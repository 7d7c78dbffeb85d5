// The ranges "Code selected hits" codes: each ticked search hit widened to the chosen scope (the hit, its sentence,
// its paragraph or its speaker turn), and the hits of one turn joined into one range, so one turn coded with one
// code gives one coding, not one per hit — as auto-coding in MAXQDA and NVivo does.
import type { Id } from '../model/ids.ts';
import type { TextRange } from './textEdit.ts';
import { sortedTurns, turnRangeAt, unitAt, widenToUnit, type TextUnit, type UnitSource } from './textUnits.ts';

/** A ticked hit: its source and its half-open UTF-16 range in the source's text. */
export type ScopedHit = { sourceId: Id; start: number; end: number };

/** One range to code, from the first widened hit of its turn to the last, with how many hits it holds. */
export type HitCodingRange = ScopedHit & { hits: number };

type Grouping = { key: string; view: UnitSource; unit: TextUnit };

/**
 * Which turn a hit belongs to (the one holding its first character) and how to widen it there. Text outside
 * every turn (a source without structure, a heading between turns) counts its paragraphs as turns.
 */
const groupingOf = (source: UnitSource, start: number, unit: TextUnit): Grouping => {
  const turn = turnRangeAt(sortedTurns(source.turns), start);
  if (turn !== null && start >= turn.start && start < turn.end) return { key: `turn:${turn.start}`, view: source, unit };
  const loose: UnitSource = { ...source, turns: [] };
  const paragraph = unitAt(loose, 'paragraph', start);
  return { key: `paragraph:${paragraph.start}`, view: loose, unit: unit === 'turn' ? 'paragraph' : unit };
};

const clamped = (hit: ScopedHit, length: number): TextRange => {
  const start = Math.min(Math.max(0, hit.start), length);
  return { start, end: Math.min(Math.max(start, hit.end), length) };
};

/**
 * The ranges to code for `hits` at scope `unit`, sorted by source then start. Hits of sources `sourceOf` no longer
 * knows, and empty hits, are left out.
 */
export const hitCodingRanges = (
  hits: readonly ScopedHit[],
  sourceOf: (sourceId: Id) => UnitSource | undefined,
  unit: TextUnit,
): HitCodingRange[] => {
  const groups = new Map<string, HitCodingRange>();
  for (const hit of hits) {
    const source = sourceOf(hit.sourceId);
    if (source === undefined) continue;
    const range = clamped(hit, source.text.length);
    if (range.end <= range.start) continue;
    const grouping = groupingOf(source, range.start, unit);
    const widened = widenToUnit(grouping.view, range, grouping.unit);
    const key = `${hit.sourceId}\n${grouping.key}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { sourceId: hit.sourceId, start: widened.start, end: widened.end, hits: 1 });
    } else {
      group.start = Math.min(group.start, widened.start);
      group.end = Math.max(group.end, widened.end);
      group.hits += 1;
    }
  }
  return [...groups.values()].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start));
};
