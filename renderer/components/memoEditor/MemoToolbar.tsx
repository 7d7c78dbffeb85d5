// The memo editor's formatting toolbar: bold, italic, underline (pressed state follows the selection),
// heading and quote blocks (toggles), bulleted and numbered lists.
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type ElementNode, type TextFormatType } from 'lexical';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Block = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number';
type Formats = Record<'bold' | 'italic' | 'underline', boolean>;

const NO_FORMATS: Formats = { bold: false, italic: false, underline: false };

/** The top-level block holding the selection's anchor (a list item's list counts as its block). */
const $selectedBlock = (): ElementNode | null => {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return node.getTopLevelElement();
};

const blockKind = (block: ElementNode | null): Block => {
  if ($isHeadingNode(block)) return 'heading';
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
};

export const MemoToolbar = () => {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [formats, setFormats] = useState<Formats>(NO_FORMATS);
  const [block, setBlock] = useState<Block>('paragraph');

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          setFormats({ bold: selection.hasFormat('bold'), italic: selection.hasFormat('italic'), underline: selection.hasFormat('underline') });
          setBlock(blockKind($selectedBlock()));
        }),
      ),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);

  /** Turns the selected block into `kind`, or back into a paragraph when it already is one. */
  const toggleBlock = (kind: 'heading' | 'quote') =>
    editor.update(() => {
      const current = $selectedBlock();
      if (current === null || $isListNode(current)) return;
      const next = blockKind(current) === kind ? $createParagraphNode() : kind === 'heading' ? $createHeadingNode('h2') : $createQuoteNode();
      current.replace(next, true);
      next.selectEnd();
    });

  const toggleList = (kind: 'bullet' | 'number') => {
    if (block === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
  };

  const button = (label: string, pressed: boolean, onClick: () => void, glyph: string, className: string) => (
    <button
      type="button"
      className={`button small memo-tool ${className}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {glyph}
    </button>
  );

  return (
    <div className="memo-toolbar" role="toolbar" aria-label={t('memos.editor.toolbar')}>
      {button(t('memos.editor.bold'), formats.bold, () => format('bold'), 'B', 'tool-bold')}
      {button(t('memos.editor.italic'), formats.italic, () => format('italic'), 'I', 'tool-italic')}
      {button(t('memos.editor.underline'), formats.underline, () => format('underline'), 'U', 'tool-underline')}
      <span className="toolbar-separator" />
      {button(t('memos.editor.heading'), block === 'heading', () => toggleBlock('heading'), 'H', 'tool-heading')}
      {button(t('memos.editor.quote'), block === 'quote', () => toggleBlock('quote'), '❝', 'tool-quote')}
      {button(t('memos.editor.bulletList'), block === 'bullet', () => toggleList('bullet'), '•', 'tool-list')}
      {button(t('memos.editor.numberedList'), block === 'number', () => toggleList('number'), '1.', 'tool-list')}
    </div>
  );
};
