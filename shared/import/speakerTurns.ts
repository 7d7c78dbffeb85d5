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

type LabelMatch = { speaker: string; timestamp: string | null; rest: string };

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
// [00:01:02] Name:  |  (00:01:02) Name:  |  00:01:02 Name:  — the timestamp is optional.
const TIMESTAMP_PREFIX = new RegExp(String.raw`^(?:\[(${TIME})\]|\((${TIME})\)|(${TIME})(?=\s))\s*`);
// **Name:** rest  |  **Name**: rest  |  __Name:__ rest
const BOLD_LABEL = /^(?:\*\*|__)([^*_\n]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]*/;
const PLAIN_LABEL = /^([^:\n]{1,40}?):(?:[ \t]+|$|(?=\n))/;
const CONVENTIONAL = /^(?:Q|A|I|INT|IV|R\d{1,3}|P\d{1,3}|S\d{1,3}|Speaker \d{1,3})$/i;

/** Transcript conventions that are speakers even when they occur only once (Q, A, INT, R1, ...). */
export const isConventionalSpeakerLabel = (label: string): boolean => CONVENTIONAL.test(label);
/** Words that start header lines ("Date: ...") and never name a speaker. */
const HEADER_WORDS = new Set([
  'note', 'notes', 'date', 'time', 'place', 'location', 'site', 'convention', 'duration', 'language', 'source',
  'subject', 're', 'title', 'page', 'total', 'tanggal', 'tempat', 'waktu', 'lokasi', 'durasi', 'bahasa',
  'catatan', 'keterangan', 'topik', 'judul', 'see', 'tip', 'warning', 'summary', 'example', 'http', 'https',
]);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'bin', 'binti', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ter', 'ten', 'del']);
const UPPER_START = /^[\p{Lu}\d]/u;
const STAGE_NOTE = /^(?:\[[^\]\n]*\]|\([^)\n]*\))$/;

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

/** Reads a label (with optional timestamp) at the start of a paragraph; null when there is none. */
export const readSpeakerLabel = (paragraph: string, hintedLabel?: string | null): LabelMatch | null => {
  let rest = paragraph;
  let timestamp: string | null = null;
  const time = TIMESTAMP_PREFIX.exec(rest);
  if (time) {
    timestamp = time[1] ?? time[2] ?? time[3] ?? null;
    rest = rest.slice(time[0].length);
  }
  if (hintedLabel && rest.startsWith(hintedLabel)) {
    const speaker = hintedLabel.replace(/:\s*$/, '').trim();
    if (isPlausibleSpeakerLabel(speaker, true)) return { speaker, timestamp, rest: rest.slice(hintedLabel.length).trimStart() };
  }
  const bold = BOLD_LABEL.exec(rest);
  if (bold) {
    const speaker = bold[1].trim();
    if (isPlausibleSpeakerLabel(speaker, true)) return { speaker, timestamp, rest: rest.slice(bold[0].length).trimStart() };
    return null;
  }
  const plain = PLAIN_LABEL.exec(rest);
  if (!plain) return null;
  const speaker = plain[1];
  if (!isPlausibleSpeakerLabel(speaker)) return null;
  return { speaker, timestamp, rest: rest.slice(plain[0].length).trimStart() };
};

/** Detection over blocks that may carry a page number or a format hint; the importers use this. */
export const detectTurnsInBlocks = (blocks: readonly TextBlock[]): DetectedTurns => {
  const candidates: (LabelMatch | null)[] = [];
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const match = block.plain ? null : readSpeakerLabel(block.text, block.hintedLabel);
    candidates.push(match);
    if (match) counts.set(match.speaker, (counts.get(match.speaker) ?? 0) + 1);
  }
  const recurs = (label: string): boolean => (counts.get(label) ?? 0) >= 2 || CONVENTIONAL.test(label);
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
    if (block.endsTurn) current = null;
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
export const detectSpeakerTurns = (paragraphs: string[]): DetectedTurns =>
  detectTurnsInBlocks(paragraphs.map((text) => ({ text })));

/** Renames one speaker across a source's turns (pure; returns new turns). */
export const renameSpeakerInTurns = (turns: readonly Turn[], from: string, to: string): Turn[] =>
  turns.map((turn) => (turn.speaker === from ? { ...turn, speaker: to } : turn));

/** Distinct speakers in order of first appearance. */
export const speakersOfTurns = (turns: readonly Turn[]): string[] => {
  const seen = new Set<string>();
  for (const turn of turns) if (turn.speaker !== null) seen.add(turn.speaker);
  return [...seen];
};
