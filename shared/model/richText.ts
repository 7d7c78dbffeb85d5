// Rich text the researcher writes outside memos (display cell summaries, summary-sheet fields): the Lexical editor
// state as JSON beside its plain text, which search, exports and the report read.
export type RichText = {
  /** Lexical editor state as JSON; "" when nothing was written. */
  content: string;
  plainText: string;
};

export const EMPTY_RICH_TEXT: RichText = { content: '', plainText: '' };

export const isEmptyRichText = (value: RichText): boolean => value.plainText.trim() === '';
