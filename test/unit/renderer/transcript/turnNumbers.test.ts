// The margin's paragraph numbers are the shared block numbers: paragraph n of the transcript shows exactly the text of
// block n - 1 of transcriptBlocks, so "¶ n" in an excerpt or a CSV points at the row the margin numbers n.
import { $getNodeByKey, $isElementNode, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../../shared/model/index.ts';
import { transcriptBlocks } from '../../../../shared/text/index.ts';
import { $buildTranscript } from '../../../../renderer/transcript/transcriptBuild.ts';
import { $isSourceTextNode, TRANSCRIPT_NODES } from '../../../../renderer/transcript/transcriptNodes.ts';
import { $paragraphNumbers } from '../../../../renderer/transcript/TurnNumbers.tsx';

const numberedTexts = (text: string, turns: Turn[]): [number, string][] => {
  const editor = createEditor({ namespace: 'test', nodes: TRANSCRIPT_NODES, onError: (error) => { throw error; } });
  editor.update(() => $buildTranscript(text, turns), { discrete: true });
  return editor.getEditorState().read(() =>
    $paragraphNumbers().map(([key, number]): [number, string] => {
      const paragraph = $getNodeByKey(key);
      const spoken = $isElementNode(paragraph) ? paragraph.getChildren().filter($isSourceTextNode) : [];
      const first = spoken[0];
      const last = spoken[spoken.length - 1];
      const from = first?.getSourceStart() ?? 0;
      const to = last === undefined ? 0 : last.getSourceStart() + last.getTextContentSize();
      return [number, text.slice(from, to)];
    }),
  );
};

describe('$paragraphNumbers', () => {
  it('numbers every block from 1 in text order, turns and plain paragraphs alike', () => {
    const text = 'Site: Sentul\n\nWhere do you sell?\n\nIn Bali.\nAnd Jakarta.\n\n[pause]\n\nThank you.';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const turns: Turn[] = [
      { ...at('Where do you sell?'), speaker: 'INT', timestamp: '00:00:05' },
      { ...at('In Bali.\nAnd Jakarta.'), speaker: 'R1', timestamp: null },
      { ...at('Thank you.'), speaker: 'INT', timestamp: null },
    ];
    const numbered = numberedTexts(text, turns);
    expect(numbered).toEqual(transcriptBlocks(text, turns).map((block, index) => [index + 1, text.slice(block.start, block.end)]));
    expect(numbered.map(([number, words]) => `${number}:${words}`)).toEqual([
      '1:Site: Sentul', '2:Where do you sell?', '3:In Bali.\nAnd Jakarta.', '4:[pause]', '5:Thank you.',
    ]);
  });

  it('numbers the paragraphs of a source without turns', () => {
    expect(numberedTexts('One.\n\nTwo.\n\n\n\nThree.', [])).toEqual([[1, 'One.'], [2, 'Two.'], [3, 'Three.']]);
  });
});
