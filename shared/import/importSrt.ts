// SubRip (.srt) importer: numbered cues with `NAME:` prefixes (labels may contain spaces), tags stripped.
import { ImportRefusal } from './importTypes.ts';
import { decodeText } from './decodeText.ts';
import type { ParseChoices, ParsedDocument } from './parsedDocument.ts';
import { cuesToDocument, stripCueMarkup, type Cue } from './captionTurns.ts';

const TIMING = /^\s*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})\s*-->\s*(\d{1,2}:\d{2}:\d{2}[,.]\d{1,3})/;

export const parseSrtCues = (text: string): Cue[] => {
  const cues: Cue[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    const timingIndex = lines.findIndex((line) => TIMING.test(line));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const timing = TIMING.exec(lines[timingIndex]);
    if (!timing) continue;
    const cueText = stripCueMarkup(lines.slice(timingIndex + 1).join('\n'));
    if (cueText !== '') cues.push({ start: timing[1], text: cueText, voice: null });
  }
  return cues;
};

export const importSrt = (bytes: Uint8Array, choices: ParseChoices = {}): ParsedDocument => {
  const { text, encoding, warnings } = decodeText(bytes, choices.encoding);
  const cues = parseSrtCues(text);
  if (cues.length === 0) throw new ImportRefusal('corrupt', 'no subtitle cues found');
  return { ...cuesToDocument(cues, text), encoding, warnings };
};
