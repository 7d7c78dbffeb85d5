// The units a researcher codes by: a sentence, a paragraph (a block of lines within a turn) and a speaker turn
// (a structural block of the source). One module finds the unit around an offset and widens a range to whole
// units — for scoped auto-coding of search hits and for the transcript's "select sentence / paragraph / turn" keys.
import type { Turn } from '../model/source.ts';
import { snapRangeToGraphemes } from './graphemes.ts';
import type { TextRange } from './textEdit.ts';

export type TextUnit = 'hit' | 'sentence' | 'paragraph' | 'turn';

export const TEXT_UNITS: readonly TextUnit[] = ['hit', 'sentence', 'paragraph', 'turn'];

/** The turns sorted by start (sources store them in order; a copy is sorted only when they are not). */
export const sortedTurns = (turns: readonly Turn[]): readonly Turn[] => {
  for (let index = 1; index < turns.length; index += 1) {
    if (turns[index - 1].start > turns[index].start) return [...turns].sort((a, b) => a.start - b.start);
  }
  return turns;
};

/** The turn whose range holds `offset` (binary search over sorted turns); the nearest one before it between turns. */
export const turnRangeAt = (turns: readonly Turn[], offset: number): TextRange | null => {
  let low = 0;
  let high = turns.length - 1;
  let before: Turn | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const turn = turns[middle];
    if (offset < turn.start) high = middle - 1;
    else if (offset >= turn.end) {
      before = turn;
      low = middle + 1;
    } else return { start: turn.start, end: turn.end };
  }
  return before === null ? null : { start: before.start, end: before.end };
};

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

/** Narrows a range so it neither starts nor ends with white space (a unit never codes the blank around it). */
export const trimRange = (text: string, range: TextRange): TextRange => {
  let { start, end } = range;
  while (start < end && isSpace(text[start])) start += 1;
  while (end > start && isSpace(text[end - 1])) end -= 1;
  return { start, end };
};

/** The line-separated block around `offset` inside `within` (a turn, or the whole text). */
const paragraphIn = (text: string, within: TextRange, offset: number): TextRange => {
  const before = text.lastIndexOf('\n', Math.max(within.start, offset - 1));
  const after = text.indexOf('\n', offset);
  const start = before < within.start || offset === within.start ? within.start : before + 1;
  const end = after === -1 || after > within.end ? within.end : after;
  return trimRange(text, { start, end: Math.max(start, end) });
};

const segmenters = new Map<string, Intl.Segmenter>();

const sentenceSegmenter = (language: string): Intl.Segmenter => {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
};

/** The sentence around `offset`, found by the platform's sentence rules for `language` inside its paragraph. */
const sentenceIn = (text: string, paragraph: TextRange, offset: number, language: string): TextRange => {
  const slice = text.slice(paragraph.start, paragraph.end);
  const local = Math.min(Math.max(offset - paragraph.start, 0), Math.max(slice.length - 1, 0));
  for (const segment of sentenceSegmenter(language).segment(slice)) {
    if (local >= segment.index && local < segment.index + segment.segment.length) {
      return trimRange(text, { start: paragraph.start + segment.index, end: paragraph.start + segment.index + segment.segment.length });
    }
  }
  return paragraph;
};

export type UnitSource = { text: string; turns: readonly Turn[]; language: string };

/** Index of the first turn that starts after `offset` (turns.length when none). */
const firstTurnAfter = (turns: readonly Turn[], offset: number): number => {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (turns[middle].start > offset) high = middle;
    else low = middle + 1;
  }
  return low;
};

/**
 * The turn holding `offset`; for words outside every turn (a heading or notes before the first turn, a note between
 * turns) the stretch of text between the turns around them, as the transcript shows it. White space between turns
 * belongs to the turn before it.
 */
const blockAt = (text: string, turns: readonly Turn[], offset: number): TextRange => {
  const turn = turnRangeAt(turns, offset);
  if (turn !== null && offset < turn.end) return turn;
  const next = turns[firstTurnAfter(turns, offset)];
  const gap = trimRange(text, { start: turn?.end ?? 0, end: next?.start ?? text.length });
  if (turn === null || (gap.end > gap.start && offset >= gap.start)) return gap;
  return turn;
};

/** The unit of kind `unit` around `offset` ('hit' has no extent of its own: the empty range at the offset). */
export const unitAt = (source: UnitSource, unit: TextUnit, offset: number): TextRange => {
  const { text } = source;
  if (unit === 'hit') return { start: offset, end: offset };
  const turn = blockAt(text, sortedTurns(source.turns), offset);
  if (unit === 'turn') return trimRange(text, turn);
  const paragraph = paragraphIn(text, turn, Math.min(Math.max(offset, turn.start), turn.end));
  if (unit === 'paragraph') return paragraph;
  return sentenceIn(text, paragraph, offset, source.language || 'en');
};

/**
 * The range widened to whole units: from the start of the unit holding its first character to the end of the
 * unit holding its last. A 'hit' stays as it is. Either way the result covers whole grapheme clusters (trimming the
 * blank around a unit could otherwise leave a combining mark that sits on a space outside it).
 */
export const widenToUnit = (source: UnitSource, range: TextRange, unit: TextUnit): TextRange => {
  if (range.end <= range.start) return range;
  if (unit === 'hit') return snapRangeToGraphemes(source.text, range);
  const first = unitAt(source, unit, range.start);
  const last = unitAt(source, unit, range.end - 1);
  return snapRangeToGraphemes(source.text, { start: Math.min(first.start, range.start), end: Math.max(last.end, range.end) });
};

/** Joins overlapping or touching ranges (sorted by start), so hits in one unit make one range. */
export const mergeRanges = (ranges: readonly TextRange[]): TextRange[] => {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
};
