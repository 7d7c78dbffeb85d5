// The Lexical rich-text body of a memo: toolbar (bold, italic, underline, heading, quote, lists), its own
// history (Ctrl+Z inside the memo), and change reports as { content: editor JSON, plainText }.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $parseSerializedNode, type LexicalEditor } from 'lexical';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { MemoToolbar } from './MemoToolbar.tsx';

export type MemoBody = { content: string; plainText: string };

type Props = {
  /** Stored Lexical JSON, or '' for a new memo. */
  content: string;
  /** Used when the stored JSON cannot be read, so no words are lost. */
  fallbackText: string;
  onChange: (body: MemoBody) => void;
  onBlur: () => void;
  autoFocus?: boolean;
  /** The text box's accessible name and placeholder (default: a memo's); a summary sheet names each field. */
  label?: string;
  placeholder?: string;
};

const THEME = {
  paragraph: 'memo-paragraph',
  quote: 'memo-quote',
  heading: { h2: 'memo-heading', h3: 'memo-heading' },
  list: { ul: 'memo-list', ol: 'memo-list', listitem: 'memo-list-item' },
  text: { bold: 'memo-bold', italic: 'memo-italic', underline: 'memo-underline' },
};

const isSerializedChild = (value: unknown): value is { type: string; version: number } =>
  typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

/** Fills the empty root from stored JSON; damaged JSON falls back to the plain text, one paragraph per line. */
const loadInitialState = (content: string, fallbackText: string) => (): void => {
  const root = $getRoot();
  if (content !== '') {
    try {
      const parsed: unknown = JSON.parse(content);
      const children: unknown =
        typeof parsed === 'object' && parsed !== null && 'root' in parsed && typeof parsed.root === 'object' && parsed.root !== null && 'children' in parsed.root
          ? parsed.root.children
          : null;
      if (!Array.isArray(children) || !children.every(isSerializedChild)) throw new Error('not a Lexical editor state');
      root.append(...children.map((child) => $parseSerializedNode(child)));
      if (root.getChildrenSize() > 0) return;
    } catch (error) {
      console.warn('memo content could not be read; showing its plain text', error);
      root.clear();
    }
  }
  const lines = fallbackText === '' ? [''] : fallbackText.split('\n');
  for (const line of lines) root.append($createParagraphNode().append(...(line === '' ? [] : [$createTextNode(line)])));
};

export const RichTextMemo = ({ content, fallbackText, onChange, onBlur, autoFocus, label, placeholder }: Props) => {
  const { t } = useTranslation();
  const initialConfig = {
    namespace: 'caseweave-memo',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode],
    theme: THEME,
    editorState: loadInitialState(content, fallbackText),
    onError: (error: Error) => {
      console.error('memo editor error', error);
    },
  };
  const report = (_state: unknown, editor: LexicalEditor) => {
    const state = editor.getEditorState();
    onChange({ content: JSON.stringify(state.toJSON()), plainText: state.read(() => $getRoot().getTextContent()) });
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="memo-rich-text">
        <MemoToolbar />
        <div className="memo-body">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="memo-content"
                aria-label={label ?? t('memos.editor.label')}
                aria-multiline
                onBlur={onBlur}
                data-memo-editor=""
              />
            }
            placeholder={<div className="memo-placeholder">{placeholder ?? t('memos.editor.placeholder')}</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {autoFocus === true && <AutoFocusPlugin />}
        <HistoryPlugin />
        <ListPlugin />
        <OnChangePlugin ignoreSelectionChange ignoreHistoryMergeTagChange onChange={report} />
      </div>
    </LexicalComposer>
  );
};
