// The read-only transcript: the canonical text rendered through Lexical, one paragraph per turn, each speaker change
// opened by a speaker chip (and its timestamp). The whole state is built in one editor update, so 100k-word
// sources open in one pass.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { ParagraphNode } from 'lexical';
import type { Turn } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { transcriptBlocks } from './transcriptBlocks.ts';
import { $createSpeakerLabelNode, $createTimestampLabelNode, TRANSCRIPT_NODES } from './transcriptNodes.ts';

type Props = { text: string; turns: Turn[]; label: string };

const appendLines = (paragraph: ParagraphNode, words: string): void => {
  const lines = words.split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    if (index > 0) paragraph.append($createLineBreakNode());
    if (line !== '') paragraph.append($createTextNode(line));
  });
};

/** Runs inside LexicalComposer's initial editor.update: one pass over the blocks, no per-turn updates. */
const $buildTranscript = (text: string, turns: Turn[]): void => {
  const root = $getRoot();
  let previousSpeaker: string | null = null;
  const paragraphs: ParagraphNode[] = [];
  for (const block of transcriptBlocks(text, turns)) {
    const paragraph = $createParagraphNode();
    const speakerChanged = block.speaker !== null && block.speaker !== previousSpeaker;
    if (block.timestamp !== null) paragraph.append($createTimestampLabelNode(block.timestamp), $createTextNode(' '));
    if (speakerChanged && block.speaker !== null) paragraph.append($createSpeakerLabelNode(block.speaker), $createTextNode(' '));
    appendLines(paragraph, text.slice(block.start, block.end));
    paragraphs.push(paragraph);
    previousSpeaker = block.speaker;
  }
  root.clear();
  if (paragraphs.length === 0) root.append($createParagraphNode());
  else root.append(...paragraphs);
};

export const TranscriptView = ({ text, turns, label }: Props) => {
  const { t } = useTranslation();
  const initialConfig = {
    namespace: 'caseweave-transcript',
    editable: false,
    nodes: TRANSCRIPT_NODES,
    theme: { paragraph: 'turn' },
    onError: (error: Error) => {
      throw error;
    },
    editorState: () => $buildTranscript(text, turns),
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <PlainTextPlugin
        contentEditable={<ContentEditable className="transcript" aria-label={label} aria-readonly="true" />}
        placeholder={<div className="transcript-empty">{t('source.transcript.empty')}</div>}
        ErrorBoundary={LexicalErrorBoundary}
      />
    </LexicalComposer>
  );
};
