// Speaker-turn detection: finds speaker labels at paragraph starts and builds the canonical text with its turns.
//
// Decisions (documented for the app and the tests):
// - The canonical text is the spoken words WITHOUT the label; paragraphs are separated by "\n\n".
// - A label counts as a speaker when the same label begins at least two paragraphs, or when it has a
//   conventional transcript shape (Q, A, I, INT, IV, R1, P2, S3, "Speaker 4"), or when it occurs once after
//   the dialogue has begun (someone chiming in). Header lines such as "Site: ..." that occur once before
//   the first turn therefore stay plain paragraphs.
// - An unlabelled paragraph that follows a turn continues that speaker: it becomes its own Turn with the
//   same speaker and a null timestamp (paragraph structure is kept, nothing is merged).
// - A paragraph that is only a label ("Interviewer:") gives its speaker to the paragraph after it.
// - A paragraph that is only a bracketed note ("[End of recording]") has no speaker.
// - `Name (00:01:02):` (a timestamp after the name) is a label too; the timestamp becomes the turn's.
// - The review's corrections (SpeakerLabelChoices) win over detection: an un-marked label is never a speaker (its
//   paragraphs stay plain text with the label in them); a marked label is always one, whatever its shape (long,
//   lowercase, with punctuation), wherever a paragraph starts with it and a colon.
// - Everything is linear in the input size: parts are collected in arrays and joined once.
import type { Turn } from '../model/index.ts';
import { assembleTurns, type TurnBlock } from './assembleTurns.ts';

/** One paragraph handed to detection; `hintedLabel` is a label the format marked up (a bold run in Word). */
export type TextBlock = {
  text: string;
  page?: number | null;
  hintedLabel?: string | null;
  /** A heading or section marker: it is never a continuation of the previous speaker's turn. */
  endsTurn?: boolean;
  /** Never read as a label (a table): together with endsTurn it is a block with no speaker. */
  plain?: boolean;
};

export type DetectedTurns = { text: string; turns: Turn[]; speakers: string[] };

/** The review's corrections to detection (ImportOptions.speakerLabels): labels that are not speakers, labels missed. */
export type SpeakerLabelChoices = { unmark: string[]; mark: string[] };

type LabelMatch = { speaker: string; timestamp: string | null; rest: string };

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// [00:01:02] Name:  |  (00:01:02) Name:  |  00:01:02 Name:  — the timestamp is optional.
const TIMESTAMP_PREFIX = new RegExp(String.raw`^(?:\[(${TIME})\]|\((${TIME})\)|(${TIME})(?=\s))\s*`);
// **Name:** rest  |  **Name**: rest  |  __Name:__ rest
const BOLD_LABEL = /^(?:\*\*|__)([^*_\n]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]*/;
const PLAIN_LABEL = /^([^:\n]{1,40}?):(?:[ \t]+|$|(?=\n))/;
// Name (00:01:02):  |  Name [01:02]:
const TIMED_LABEL = new RegExp(String.raw`^([^:\n()[\]]{1,40}?)[ \t]*(?:\((${TIME})\)|\[(${TIME})\]):(?:[ \t]+|$|(?=\n))`);
const CONVENTIONAL = /^(?:Q|A|I|INT|IV|R\d{1,3}|P\d{1,3}|S\d{1,3}|Speaker \d{1,3})$/i;

/** Transcript conventions that are speakers even when they occur only once (Q, A, INT, R1, ...). */
export const isConventionalSpeakerLabel = (label: string): boolean => CONVENTIONAL.test(label);
/** Words that start header lines ("Date: ...") and never name a speaker. */
const HEADER_WORDS = new Set([
  'note', 'notes', 'date', 'time', 'place', 'location', 'site', 'convention', 'duration', 'language', 'source',
  'subject', 're', 'title', 'page', 'total', 'tanggal', 'tempat', 'waktu', 'lokasi', 'durasi', 'bahasa',
  'catatan', 'keterangan', 'topik', 'judul', 'see', 'tip', 'warning', 'summary', 'example', 'http', 'https',
  'participants', 'participant', 'peserta', 'attendees', 'present', 'hadir', 'transcriber', 'transkriptor',
  'recording', 'rekaman', 'file', 'berkas', 'project', 'proyek', 'interview date', 'tanggal wawancara', 'hari',
]);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'bin', 'binti', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ter', 'ten', 'del']);
const UPPER_START = /^[\p{Lu}\d]/u;
const STAGE_NOTE = /^(?:\[[^\]\n]*\]|\([^)\n]*\))$/;

/** A paragraph that starts with a header word and a colon ("Note: ...", "Catatan: ..."). */
const isHeaderLine = (text: string): boolean => {
  const plain = PLAIN_LABEL.exec(text.replace(/^(?:\*\*|__)/, ''));
  return plain !== null && HEADER_WORDS.has(plain[1].replace(/(?:\*\*|__)$/, '').trim().toLowerCase());
};

/** A label looks like a name or a role: short, capitalised words, no sentence punctuation. */
export const isPlausibleSpeakerLabel = (label: string, relaxed = false): boolean => {
  if (label.length === 0 || label.length > 40) return false;
  if (label !== label.trim()) return false;
  if (CONVENTIONAL.test(label)) return true;
  if (/[,;!?"“”<>{}[\]=|/\\]/.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > 4) return false;
  if (HEADER_WORDS.has(label.toLowerCase())) return false;
  if (relaxed) return /^\p{L}/u.test(label);
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((word, index) => index === 0 || UPPER_START.test(word) || NAME_PARTICLES.has(word.toLowerCase()) || /^\(.*\)$/.test(word));
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression per marked label: the label (any case), an optional timestamp, a colon. */
const markedLabelPatterns = (mark: readonly string[]): { speaker: string; pattern: RegExp }[] =>
  [...new Set(mark.map((label) => label.trim()).filter((label) => label !== ''))]
    .sort((a, b) => b.length - a.length)
    .map((speaker) => ({
      speaker,
      pattern: new RegExp(String.raw`^(?:\*\*|__)?${escapeRegExp(speaker)}(?:\*\*|__)?[ \t]*(?:\((${TIME})\)|\[(${TIME})\])?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]+|$|(?=\n))`, 'iu'),
    }));

const readMarkedLabel = (rest: string, timestamp: string | null, marked: readonly { speaker: string; pattern: RegExp }[]): LabelMatch | null => {
  for (const { speaker, pattern } of marked) {
    const match = pattern.exec(rest);
    if (match) return { speaker, timestamp: timestamp ?? match[1] ?? match[2] ?? null, rest: rest.slice(match[0].length).trimStart() };
  }
  return null;
};

/** "Name (00:01:02)" → Name and its timestamp (a bold Word label may carry one). */
const withoutTrailingTime = (label: string): { speaker: string; timestamp: string | null } => {
  const match = new RegExp(String.raw`^(.*?)[ \t]*(?:\((${TIME})\)|\[(${TIME})\])$`).exec(label);
  return match && match[1] !== '' ? { speaker: match[1], timestamp: match[2] ?? match[3] ?? null } : { speaker: label, timestamp: null };
};

/** Reads a label (with optional timestamp) at the start of a paragraph; null when there is none. */
export const readSpeakerLabel = (paragraph: string, hintedLabel?: string | null): LabelMatch | null => readLabel(paragraph, hintedLabel, []);

const readLabel = (paragraph: string, hintedLabel: string | null | undefined, marked: readonly { speaker: string; pattern: RegExp }[]): LabelMatch | null => {
  let rest = paragraph;
  let timestamp: string | null = null;
  const time = TIMESTAMP_PREFIX.exec(rest);
  if (time) {
    timestamp = time[1] ?? time[2] ?? time[3] ?? null;
    rest = rest.slice(time[0].length);
  }
  const markedMatch = readMarkedLabel(rest, timestamp, marked);
  if (markedMatch) return markedMatch;
  if (hintedLabel && rest.startsWith(hintedLabel)) {
    const named = withoutTrailingTime(hintedLabel.replace(/:\s*$/, '').trim());
    if (isPlausibleSpeakerLabel(named.speaker, true)) {
      return { speaker: named.speaker, timestamp: timestamp ?? named.timestamp, rest: rest.slice(hintedLabel.length).trimStart() };
    }
  }
  const bold = BOLD_LABEL.exec(rest);
  if (bold) {
    const speaker = bold[1].trim();
    if (isPlausibleSpeakerLabel(speaker, true)) return { speaker, timestamp, rest: rest.slice(bold[0].length).trimStart() };
    return null;
  }
  const timed = TIMED_LABEL.exec(rest);
  if (timed && isPlausibleSpeakerLabel(timed[1])) {
    return { speaker: timed[1], timestamp: timestamp ?? timed[2] ?? timed[3] ?? null, rest: rest.slice(timed[0].length).trimStart() };
  }
  const plain = PLAIN_LABEL.exec(rest);
  if (!plain) return null;
  const speaker = plain[1];
  if (!isPlausibleSpeakerLabel(speaker)) return null;
  return { speaker, timestamp, rest: rest.slice(plain[0].length).trimStart() };
};

/** Detection over blocks that may carry a page number or a format hint; the importers use this. */
export const detectTurnsInBlocks = (blocks: readonly TextBlock[], choices?: SpeakerLabelChoices): DetectedTurns => {
  const marked = markedLabelPatterns(choices?.mark ?? []);
  const markedNames = new Set(marked.map((entry) => entry.speaker));
  const unmarked = new Set(choices?.unmark ?? []);
  const candidates: (LabelMatch | null)[] = [];
  // Paragraphs led by an un-marked label or a header word ("Note: ...") are nobody's speech and end a turn.
  const asides: boolean[] = [];
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const found = block.plain ? null : readLabel(block.text, block.hintedLabel, marked);
    const match = found !== null && unmarked.has(found.speaker) ? null : found;
    candidates.push(match);
    asides.push((found !== null && match === null) || isHeaderLine(block.text));
    if (match) counts.set(match.speaker, (counts.get(match.speaker) ?? 0) + 1);
  }
  const recurs = (label: string): boolean => (counts.get(label) ?? 0) >= 2 || CONVENTIONAL.test(label) || markedNames.has(label);
  // Once a dialogue has begun, a one-off label (a third person chiming in once) is a speaker too;
  // before it, one-off labels are header lines ("Site: ...") and stay plain text.
  const dialogueStart = candidates.findIndex((match) => match !== null && recurs(match.speaker));
  const isSpeaker = (label: string, index: number): boolean => recurs(label) || (dialogueStart >= 0 && index > dialogueStart);

  const out: TurnBlock[] = [];
  let current: string | null = null;
  let pendingTimestamp: string | null = null;
  let labelOnly = false;
  blocks.forEach((block, index) => {
    const match = candidates[index];
    const page = block.page ?? null;
    if (match && isSpeaker(match.speaker, index)) {
      current = match.speaker;
      if (match.rest.trim() === '') {
        // A bare label: the next paragraph carries this speaker's words.
        labelOnly = true;
        pendingTimestamp = match.timestamp;
        return;
      }
      labelOnly = false;
      out.push({ text: match.rest, speaker: current, timestamp: match.timestamp, page });
      return;
    }
    if (block.endsTurn || asides[index]) current = null;
    // A paragraph that is only a bracketed note ("[End of recording]") is nobody's speech.
    const stageNote = STAGE_NOTE.test(block.text.trim());
    const timestamp = labelOnly ? pendingTimestamp : null;
    labelOnly = false;
    pendingTimestamp = null;
    out.push({ text: block.text, speaker: stageNote ? null : current, timestamp, page });
  });
  return assembleTurns(out);
};

/** Public entry: paragraphs (already split, any trimming done by the caller) → canonical text and turns. */
export const detectSpeakerTurns = (paragraphs: string[], choices?: SpeakerLabelChoices): DetectedTurns =>
  detectTurnsInBlocks(paragraphs.map((text) => ({ text })), choices);

/** Renames one speaker across a source's turns (pure; returns new turns). */
export const renameSpeakerInTurns = (turns: readonly Turn[], from: string, to: string): Turn[] =>
  turns.map((turn) => (turn.speaker === from ? { ...turn, speaker: to } : turn));

/** Distinct speakers in order of first appearance. */
export const speakersOfTurns = (turns: readonly Turn[]): string[] => {
  const seen = new Set<string>();
  for (const turn of turns) if (turn.speaker !== null) seen.add(turn.speaker);
  return [...seen];
};
