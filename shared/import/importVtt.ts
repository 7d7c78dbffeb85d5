// WebVTT (.vtt) importer: cues with `<v Name>` voices or `NAME:` prefixes; NOTE/STYLE/REGION blocks skipped,
// cue settings ignored, tags stripped.
import { ImportRefusal } from './importTypes.ts';
import { decodeText } from './decodeText.ts';
import type { ParseChoices, ParsedDocument } from './parsedDocument.ts';
import { cuesToDocument, readVoice, stripCueMarkup, type Cue } from './captionTurns.ts';

const TIMING = /^\s*((?:\d+:)?\d{2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{2}:\d{2}[.,]\d{1,3})/;

export const parseVttCues = (text: string): Cue[] => {
  const cues: Cue[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    const first = lines[0]?.trim() ?? '';
    if (first.startsWith('WEBVTT') || /^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    const timingIndex = lines.findIndex((line) => line.includes('-->'));
    if (timingIndex < 0) continue;
    const timing = TIMING.exec(lines[timingIndex]);
    if (!timing) continue;
    const payload = lines.slice(timingIndex + 1).join('\n');
    const voice = readVoice(payload);
    const cueText = stripCueMarkup(payload);
    if (cueText !== '') cues.push({ start: timing[1], text: cueText, voice });
  }
  return cues;
};

export const importVtt = (bytes: Uint8Array, choices: ParseChoices = {}): ParsedDocument => {
  const { text, encoding, warnings } = decodeText(bytes, choices.encoding);
  const cues = parseVttCues(text);
  if (cues.length === 0) {
    if (!text.trimStart().startsWith('WEBVTT')) throw new ImportRefusal('corrupt', 'no WEBVTT header and no cues');
    throw new ImportRefusal('noText', 'no cues');
  }
  return { ...cuesToDocument(cues, text), encoding, warnings };
};
