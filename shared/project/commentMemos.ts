// The memos an imported file's Word comments become (issue 12): one memo per comment on the new source, anchored to
// the commented words, with the comment's author and date kept as its origin. The comment's words are the memo's,
// never the transcript's. Written with the source in one change by the app's import and the CLI's `import --into`.
import type { ImportedComment } from '../import/importTypes.ts';
import { t } from '../i18n/translate.ts';
import { isRangeInText, memoTargetKey, newId, type Id, type IsoInstant, type Memo, type MemoTarget } from '../model/index.ts';
import { lexicalJsonFromPlainText } from '../model/memoContent.ts';

const TITLE_WORDS = 8;
const TITLE_CHARACTERS = 60;

/** The comment's first words, or "Comment by {author}" when it has none. */
export const commentMemoTitle = (comment: Pick<ImportedComment, 'text' | 'author'>): string => {
  const words = comment.text.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) {
    const author = comment.author?.trim() ?? '';
    return author === '' ? t('memoAnchors.commentTitleAnonymous') : t('memoAnchors.commentTitle', { author });
  }
  const first = words.slice(0, TITLE_WORDS).join(' ');
  const shortened = first.length > TITLE_CHARACTERS ? `${first.slice(0, TITLE_CHARACTERS).trimEnd()}…` : first;
  return words.length > TITLE_WORDS && shortened === first ? `${first}…` : shortened;
};

export type CommentMemoContext = { projectId: Id; sourceId: Id; textLength: number; authorId: Id; at: IsoInstant };

/**
 * The memo of one comment. A range that covers none of the text (a comment on an insertion point, or offsets past
 * the end) leaves the memo on the whole source rather than losing the comment.
 */
export const commentMemo = (comment: ImportedComment, context: CommentMemoContext): Memo => {
  const range = { start: comment.start, end: comment.end };
  const target: MemoTarget = isRangeInText(range, context.textLength)
    ? { kind: 'source', id: context.sourceId, range }
    : { kind: 'source', id: context.sourceId };
  const author = comment.author?.trim() ?? '';
  return {
    id: newId(),
    projectId: context.projectId,
    target,
    targetKey: memoTargetKey(target),
    title: commentMemoTitle(comment),
    content: lexicalJsonFromPlainText(comment.text),
    plainText: comment.text,
    authorId: context.authorId,
    origin: { kind: 'wordComment', author: author === '' ? null : author, date: comment.date },
    createdAt: context.at,
    updatedAt: context.at,
  };
};

/** The memos of every comment, in the file's order. */
export const commentMemos = (comments: readonly ImportedComment[] | undefined, context: CommentMemoContext): Memo[] =>
  (comments ?? []).map((comment) => commentMemo(comment, context));
