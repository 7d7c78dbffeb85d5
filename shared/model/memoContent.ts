// A memo's stored content is Lexical editor state as JSON; memos made from plain text (the example's, imported
// ones, the CLI's) get the state the editor itself would hold for that text.

/** The Lexical editor state of plain text: one paragraph per line. */
export const lexicalJsonFromPlainText = (text: string): string =>
  JSON.stringify({
    root: {
      type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
      children: text.split('\n').map((line) => ({
        type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '',
        children: line === '' ? [] : [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: line }],
      })),
    },
  });
