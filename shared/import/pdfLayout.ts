// Turns a PDF's lines in reading order (every page, every column) into paragraphs: lines of one column join
// unless a wide vertical gap, a change of font size or a bold speaker label separates them; a paragraph that
// breaks at the foot of a column or a page continues at the top of the next one when the break has no
// sentence-ending punctuation and the next line does not open a new speaker's turn or an indented paragraph.
// A hyphen at a line end joins the word ("ekspor-" + "tir" → "eksportir") unless it is a reduplication
// ("anak-" + "anak", "sehari-" + "hari").
import { isPageNumberLine } from './pdfRunningLines.ts';
import { readSpeakerLabel, type TextBlock } from './speakerTurns.ts';

/** One line of a page in reading order; `region` numbers its column or spanning block on that page. */
export type PageLine = { text: string; page: number; region: number; y: number; size: number; left: number; label: string | null };

/** Line spacing above this many times the font size starts a new paragraph. */
const PARAGRAPH_GAP = 1.5;
const SENTENCE_END = /[.!?…]['"”’»)\]]*$/u;

/** Whether the hyphen ending `before` is a real one: the next word repeats the word before it (wholly or its end). */
const isReduplication = (stem: string, next: string): boolean => {
  const a = stem.toLowerCase();
  const b = next.toLowerCase();
  return a === b || (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.endsWith(b));
};

/** `before` and `after` as one text, across a line break. */
export const joinAcrossBreak = (before: string, after: string): string => {
  const hyphenated = /(\p{L}+)-$/u.exec(before);
  if (!hyphenated) return `${before} ${after}`;
  const nextWord = /^\p{Ll}\p{L}*/u.exec(after);
  if (!nextWord || isReduplication(hyphenated[1], nextWord[0])) return `${before}${after}`;
  return `${before.slice(0, -1)}${after}`;
};

const regionKey = (line: PageLine): string => `${line.page}:${line.region}`;

/** Whether `next` continues the paragraph `previous` ends. */
const continues = (previous: PageLine, next: PageLine, regionLeft: Map<string, number>): boolean => {
  if (next.label !== null) return false;
  if (Math.abs(previous.size - next.size) > 1) return false;
  // A page number kept in the text (keepRunningLines) stands alone.
  if (isPageNumberLine(previous.text) || isPageNumberLine(next.text)) return false;
  const downward = previous.page === next.page && next.y < previous.y;
  if (downward) {
    const withinGap = previous.y - next.y <= Math.max(previous.size, next.size) * PARAGRAPH_GAP;
    return withinGap && (regionKey(previous) === regionKey(next) || !SENTENCE_END.test(previous.text));
  }
  // The foot of a column or a page: the paragraph goes on at the top of the next column or page.
  if (SENTENCE_END.test(previous.text)) return false;
  if (readSpeakerLabel(next.text) !== null) return false;
  const indent = next.left - (regionLeft.get(regionKey(next)) ?? next.left);
  return indent <= next.size;
};

export const paragraphBlocks = (lines: readonly PageLine[]): TextBlock[] => {
  const regionLeft = new Map<string, number>();
  for (const line of lines) regionLeft.set(regionKey(line), Math.min(regionLeft.get(regionKey(line)) ?? Infinity, line.left));
  const blocks: TextBlock[] = [];
  let text = '';
  let first: PageLine | null = null;
  let previous: PageLine | null = null;
  const flush = (): void => {
    if (first) blocks.push({ text, page: first.page, hintedLabel: first.label });
  };
  for (const line of lines) {
    if (line.text === '') continue;
    if (previous && continues(previous, line, regionLeft)) text = joinAcrossBreak(text, line.text);
    else {
      flush();
      text = line.text;
      first = line;
    }
    previous = line;
  }
  flush();
  return blocks;
};
