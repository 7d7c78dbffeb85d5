// Plain-text (.txt) importer: decode, split into paragraphs, detect speaker turns.
import { decodeText } from './decodeText.ts';
import { HEADER_LENGTH, type ParseChoices, type ParsedDocument } from './parsedDocument.ts';
import { detectTurnsInBlocks } from './speakerTurns.ts';

/**
 * Paragraphs are separated by blank lines; single line breaks inside a paragraph are kept.
 * A file without any blank line is one paragraph per line (common for exported transcripts).
 */
export const splitParagraphs = (text: string): string[] => {
  const hasBlankLine = /\n[ \t]*\n/.test(text);
  const pieces = hasBlankLine ? text.split(/\n[ \t]*\n/) : text.split('\n');
  const paragraphs: string[] = [];
  for (const piece of pieces) {
    const trimmed = piece.replace(/[ \t]+$/gm, '').trim();
    if (trimmed !== '') paragraphs.push(trimmed);
  }
  return paragraphs;
};

export const importText = (bytes: Uint8Array, choices: ParseChoices = {}): ParsedDocument => {
  const { text, encoding, warnings } = decodeText(bytes, choices.encoding);
  const detected = detectTurnsInBlocks(splitParagraphs(text).map((paragraph) => ({ text: paragraph })), choices.speakerLabels);
  return { ...detected, titleHint: null, headerText: text.slice(0, HEADER_LENGTH), encoding, warnings };
};
