// Builds the transcript's Lexical state from a source's canonical text: one paragraph per block (turn or paragraph),
// a timestamp and speaker label where a turn opens, then the spoken words as SourceTextNodes (one per line, with
// line breaks between) that each record their offset in the text. Runs in one editor update, no per-turn updates.
import { $createLineBreakNode, $createParagraphNode, $getRoot } from 'lexical';
import type { ParagraphNode } from 'lexical';
import type { Turn } from '../../shared/model/index.ts';
import { transcriptBlocks } from '../../shared/text/transcriptBlocks.ts';
import { $createSourceTextNode, $createSpeakerLabelNode, $createTimestampLabelNode } from './transcriptNodes.ts';

const LINE_BREAK = /\r\n|\n|\r/g;

/** Appends the lines of text[start, end) to the paragraph, each line a SourceTextNode that knows its offset. */
const appendLines = (paragraph: ParagraphNode, text: string, start: number, end: number): void => {
  const words = text.slice(start, end);
  let lineStart = 0;
  LINE_BREAK.lastIndex = 0;
  for (let match = LINE_BREAK.exec(words); match !== null; match = LINE_BREAK.exec(words)) {
    if (match.index > lineStart) paragraph.append($createSourceTextNode(words.slice(lineStart, match.index), start + lineStart));
    paragraph.append($createLineBreakNode());
    lineStart = match.index + match[0].length;
  }
  if (lineStart < words.length) paragraph.append($createSourceTextNode(words.slice(lineStart), start + lineStart));
};

/** Replaces the editor's content with the transcript of `text`; call inside editor.update (or as initial state). */
export const $buildTranscript = (text: string, turns: Turn[]): void => {
  const root = $getRoot();
  let previousSpeaker: string | null = null;
  const paragraphs: ParagraphNode[] = [];
  for (const block of transcriptBlocks(text, turns)) {
    const paragraph = $createParagraphNode();
    const speakerChanged = block.speaker !== null && block.speaker !== previousSpeaker;
    if (block.timestamp !== null) paragraph.append($createTimestampLabelNode(block.timestamp));
    if (speakerChanged && block.speaker !== null) paragraph.append($createSpeakerLabelNode(block.speaker));
    appendLines(paragraph, text, block.start, block.end);
    paragraphs.push(paragraph);
    previousSpeaker = block.speaker;
  }
  root.clear();
  if (paragraphs.length === 0) root.append($createParagraphNode());
  else root.append(...paragraphs);
};
