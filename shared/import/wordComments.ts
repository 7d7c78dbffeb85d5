// Word comments (word/comments.xml) and where they sit in the imported text: the anchors the paragraph reader
// found are carried from paragraph offsets to offsets in the final text (after labels are taken off and the
// paragraphs joined). The comments stay out of the text; the app stores them as memos on the source.
//
// Decisions:
// - A comment covers [commentRangeStart, commentRangeEnd). A range that starts in one paragraph and ends at the
//   very start of a later one ends at the end of the paragraph before; a range inside a speaker label (which is
//   not part of the text) or in a dropped paragraph moves to the nearest text.
// - A point comment (only w:commentReference, or an empty range) covers the word it touches (the word before it
//   when it sits between words); with no word there it stays an empty range at that point.
// - A comment with no anchor left in the text (for example on a header) gets the empty range [0, 0).
// - The date is w:date as an ISO instant (a date without a time zone is read as UTC); null when missing or invalid.
import type { Turn } from '../model/index.ts';
import type { ImportedComment } from './importTypes.ts';
import { readWordParagraphs } from './wordParagraphs.ts';
import type { TextAnchor } from './textPieces.ts';

export type WordComment = { id: string; author: string | null; date: string | null; text: string };

/** A block handed to speaker detection with the comment anchors in it (offsets in `text`). */
export type AnchoredBlock = { text: string; anchors: TextAnchor[] };

export const COMMENTS = 'word/comments.xml';

export const toInstant = (value: string | undefined): string | null => {
  if (!value) return null;
  let text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) text += 'T00:00:00Z';
  else if (!/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(text)) text += 'Z';
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

export const readWordComments = (xml: string): WordComment[] => {
  const comments: WordComment[] = [];
  let current: WordComment | null = null;
  let paragraphs: string[] = [];
  readWordParagraphs(xml, COMMENTS, {
    open: (name, attributes) => {
      if (name !== 'w:comment') return;
      const author = (attributes['w:author'] ?? '').trim();
      current = { id: attributes['w:id'] ?? '', author: author === '' ? null : author, date: toInstant(attributes['w:date']), text: '' };
      paragraphs = [];
    },
    close: (name) => {
      if (name !== 'w:comment' || current === null) return;
      comments.push({ ...current, text: paragraphs.join('\n').trim() });
      current = null;
    },
    paragraph: (paragraph) => {
      if (current !== null) paragraphs.push(paragraph.text.trim());
    },
  });
  return comments;
};

/** For each block, the index of the turn it became, or -1 (a bare label or empty block gives no turn). */
const turnsOfBlocks = (blocks: readonly AnchoredBlock[], text: string, turns: readonly Turn[]): number[] => {
  const result = blocks.map(() => -1);
  let block = 0;
  turns.forEach((turn, index) => {
    const spoken = text.slice(turn.start, turn.end);
    // A turn's text is its block's text without the label and the surrounding whitespace: a suffix of it.
    while (block < blocks.length && !blocks[block].text.trimEnd().endsWith(spoken)) block += 1;
    if (block < blocks.length) result[block++] = index;
  });
  return result;
};

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;

/** The word at or just before `at`, or the empty range there. */
const wordAt = (text: string, at: number): [number, number] => {
  let end = at;
  while (end < text.length && WORD.test(text[end])) end += 1;
  let start = at;
  if (start === end) while (start > 0 && !WORD.test(text[start - 1]) && text[start - 1] !== '\n') start -= 1;
  if (start !== at) end = start;
  while (start > 0 && WORD.test(text[start - 1])) start -= 1;
  return start === end ? [at, at] : [start, end];
};

export const placeComments = (
  comments: readonly WordComment[],
  blocks: readonly AnchoredBlock[],
  text: string,
  turns: readonly Turn[],
): ImportedComment[] => {
  const turnOf = turnsOfBlocks(blocks, text, turns);
  const nextTurn = (block: number): number => {
    for (let index = block + 1; index < blocks.length; index += 1) if (turnOf[index] >= 0) return turnOf[index];
    return -1;
  };
  const previousTurn = (block: number): number => {
    for (let index = block - 1; index >= 0; index -= 1) if (turnOf[index] >= 0) return turnOf[index];
    return -1;
  };
  const position = (block: number, anchor: TextAnchor): number => {
    const index = turnOf[block];
    if (index < 0) {
      // The block left no text: a start moves to the next turn, an end back to the previous one.
      const next = nextTurn(block);
      const previous = previousTurn(block);
      if (anchor.edge === 'end') return previous >= 0 ? turns[previous].end : next >= 0 ? turns[next].start : 0;
      return next >= 0 ? turns[next].start : previous >= 0 ? turns[previous].end : text.length;
    }
    const turn = turns[index];
    const length = turn.end - turn.start;
    const local = anchor.offset - (blocks[block].text.trimEnd().length - length);
    if (anchor.edge === 'end' && local <= 0 && index > 0) return turns[index - 1].end;
    if (anchor.edge === 'start' && local >= length && index + 1 < turns.length) return turns[index + 1].start;
    return turn.start + Math.min(Math.max(local, 0), length);
  };

  const found = new Map<string, { start?: number; end?: number; point?: number }>();
  blocks.forEach((block, index) => {
    for (const anchor of block.anchors) {
      const place = found.get(anchor.id) ?? {};
      place[anchor.edge] ??= position(index, anchor);
      found.set(anchor.id, place);
    }
  });

  const placed = comments.map((comment, order) => {
    const place = found.get(comment.id) ?? {};
    let start = place.start ?? place.point ?? place.end;
    let end = place.end ?? place.point ?? place.start;
    if (start === undefined || end === undefined) [start, end] = [0, 0];
    else if (end <= start) [start, end] = wordAt(text, place.start ?? place.point ?? start);
    return { order, imported: { start, end, author: comment.author, date: comment.date, text: comment.text } };
  });
  placed.sort((a, b) => a.imported.start - b.imported.start || a.imported.end - b.imported.end || a.order - b.order);
  return placed.map((item) => item.imported);
};
