// Turns from timed captions (WebVTT, SubRip): resolves each cue's speaker and merges consecutive cues
// of the same speaker into one turn whose timestamp is the first cue's start time.
import type { ParsedDocument } from './parsedDocument.ts';
import { HEADER_LENGTH } from './parsedDocument.ts';
import { assembleTurns, type TurnBlock } from './assembleTurns.ts';
import { isConventionalSpeakerLabel, isPlausibleSpeakerLabel, readSpeakerLabel } from './speakerTurns.ts';

export type Cue = {
  /** Start time as written ("00:00:04.200", "00:00:01,000"). */
  start: string;
  /** Cue payload with markup removed; caption line breaks already joined with spaces. */
  text: string;
  /** Speaker from a WebVTT voice span, if any. */
  voice: string | null;
};

const SENTENCE_END = /[.?!…"”')\]]$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

/** Removes caption markup (<i>, <c.x>, <00:01.000>, {\an8}) and decodes the few entities captions use. */
export const stripCueMarkup = (payload: string): string =>
  payload
    .replace(/<[^>]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (_whole, name: string) => ENTITIES[name] ?? '')
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();

/** A `<v Name>` (or `<v.loud Name>`) voice span at the start of a WebVTT payload. */
export const readVoice = (payload: string): string | null => {
  const match = /<v(?:\.[^\s>]+)*[ \t]+([^>]+)>/.exec(payload);
  if (!match) return null;
  const voice = match[1].trim();
  return voice !== '' && isPlausibleSpeakerLabel(voice, true) ? voice : null;
};

export const cuesToDocument = (cues: readonly Cue[], headerText: string): ParsedDocument => {
  const labels = cues.map((cue) => (cue.voice === null ? readSpeakerLabel(cue.text) : null));
  const counts = new Map<string, number>();
  for (const label of labels) if (label) counts.set(label.speaker, (counts.get(label.speaker) ?? 0) + 1);

  const recurs = (speaker: string): boolean => (counts.get(speaker) ?? 0) >= 2 || isConventionalSpeakerLabel(speaker);
  // As in paragraph transcripts: a one-off label counts once the dialogue has begun.
  const dialogueStart = cues.findIndex((cue, index) => cue.voice !== null || (labels[index] !== null && recurs(labels[index]?.speaker ?? '')));
  const blocks: TurnBlock[] = [];
  let open: { speaker: string | null; timestamp: string; parts: string[] } | null = null;
  let current: string | null = null;
  const close = (): void => {
    if (open) blocks.push({ text: open.parts.join(' '), speaker: open.speaker, timestamp: open.timestamp, page: null });
    open = null;
  };
  cues.forEach((cue, index) => {
    const label = labels[index];
    let text = cue.text;
    if (cue.voice !== null) {
      current = cue.voice;
    } else if (label && (recurs(label.speaker) || (dialogueStart >= 0 && index > dialogueStart))) {
      current = label.speaker;
      text = label.rest;
    }
    if (text === '') return;
    const speaker = current;
    const continues =
      open !== null &&
      open.speaker === speaker &&
      (speaker !== null || !SENTENCE_END.test(open.parts[open.parts.length - 1] ?? ''));
    if (continues && open) {
      open.parts.push(text);
      return;
    }
    close();
    open = { speaker, timestamp: cue.start, parts: [text] };
  });
  close();
  const assembled = assembleTurns(blocks);
  return { ...assembled, titleHint: null, headerText: headerText.slice(0, HEADER_LENGTH) };
};
