// The transcript's paragraph numbers in the margin, as MAXQDA shows them: the n-th block of the source (speaker turn or
// plain paragraph, see shared/text/transcriptBlocks.ts) is ¶ n, the number excerpts, citations and exports use.
// The number is an attribute on the block's paragraph, drawn by CSS (turnNumbers.css), not a text node: offsets,
// selections, copying and the caret never meet it. Stamped after each rebuild of the text only, never while coding.
import { useLayoutEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import '../styles/turnNumbers.css';

export const PARAGRAPH_NUMBER_ATTRIBUTE = 'data-paragraph-number';

/** Each block's paragraph node with its number: $buildTranscript makes one root paragraph per block, in order. */
export const $paragraphNumbers = (): [NodeKey, number][] => $getRoot().getChildrenKeys().map((key, index) => [key, index + 1]);

const stampNumbers = (editor: LexicalEditor): void => {
  const numbers = editor.getEditorState().read($paragraphNumbers);
  for (const [key, number] of numbers) {
    const element = editor.getElementByKey(key);
    const value = String(number);
    if (element !== null && element.getAttribute(PARAGRAPH_NUMBER_ATTRIBUTE) !== value) element.setAttribute(PARAGRAPH_NUMBER_ATTRIBUTE, value);
  }
};

export const TurnNumbers = () => {
  const [editor] = useLexicalComposerContext();
  // Before paint, so a transcript shows its numbers from its first frame (registering calls the root listener at once).
  useLayoutEffect(() => {
    const stopRoot = editor.registerRootListener((root) => {
      if (root !== null) stampNumbers(editor);
    });
    // Selection changes update the read-only editor too; only a rebuilt text (dirty paragraphs) needs new numbers.
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size > 0) stampNumbers(editor);
    });
    return () => {
      stopRoot();
      stopUpdates();
    };
  }, [editor]);
  return null;
};
