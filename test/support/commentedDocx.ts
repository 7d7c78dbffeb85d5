// A Word file with comments, written by the `docx` package (as Word writes them: a range start and end around the
// commented words and a reference run after them), for the tests of Word comments imported as memos.
import { CommentRangeEnd, CommentRangeStart, CommentReference, Document, Packer, Paragraph, TextRun } from 'docx';

export type CommentSpec = { author: string; date: string; text: string };

/**
 * An interview of two turns whose second paragraph has `commented` (words of its text) under a comment by `comment`.
 * `before` and `after`: the words around them in that paragraph.
 */
export const commentedInterviewDocx = async (parts: { question: string; before: string; commented: string; after: string }, comment: CommentSpec): Promise<Buffer> => {
  const document = new Document({
    comments: {
      children: [{ id: 0, author: comment.author, date: new Date(comment.date), children: [new Paragraph({ children: [new TextRun(comment.text)] })] }],
    },
    sections: [{
      children: [
        new Paragraph({ children: [new TextRun(parts.question)] }),
        new Paragraph({
          children: [
            new TextRun(parts.before),
            new CommentRangeStart(0),
            new TextRun(parts.commented),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new TextRun(parts.after),
          ],
        }),
      ],
    }],
  });
  return Packer.toBuffer(document);
};
