// What an anchored memo is about and where it came from, shown above its text wherever the memo is read (the source's
// margin panel, the Memos screen): the quoted words of its source and, for an imported Word comment, "Word comment
// by {author}, {date}" (the author and date of the file, not a coder of the project).
import type { Memo } from '../../shared/model/index.ts';
import { memoRangeOf } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import '../styles/memoAnchors.css';

type Props = {
  memo: Memo;
  /** The text of the memo's source, when it is at hand (the quote is left out without it). */
  sourceText?: string | null;
};

/** "Word comment by Dewi, 5 Mar 2024, 10:15", or null for a memo written in Caseweave. */
export const useMemoOriginLine = (memo: Memo): string | null => {
  const { t, formatDateTime } = useTranslation();
  if (memo.origin === undefined) return null;
  const author = memo.origin.author ?? t('memoAnchors.unknownAuthor');
  return memo.origin.date === null
    ? t('memoAnchors.originNoDate', { author })
    : t('memoAnchors.origin', { author, date: formatDateTime(memo.origin.date) });
};

export const MemoAnchorFacts = ({ memo, sourceText = null }: Props) => {
  const { t } = useTranslation();
  const origin = useMemoOriginLine(memo);
  const range = memoRangeOf(memo);
  const quote = range === null || sourceText === null ? null : sourceText.slice(range.start, range.end);
  if (origin === null && quote === null) return null;
  return (
    <div className="memo-anchor-facts">
      {origin !== null && <p className="memo-origin muted small">{origin}</p>}
      {quote !== null && (
        <figure className="memo-anchor-quote">
          <figcaption className="muted small">{t('memoAnchors.quote')}</figcaption>
          <blockquote>{quote}</blockquote>
        </figure>
      )}
    </div>
  );
};
