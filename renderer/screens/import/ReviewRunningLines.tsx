// The running headers, footers and page numbers a PDF import left out, in one file's review row: their count, the
// lines themselves, and "Keep them in the text", which reads the file again with the lines kept.
import { createContext, useContext } from 'react';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ReviewRow } from './useImportFlow.ts';

/** The flow's keepRunningLines, provided once around the review table so its rows need no extra prop. */
export const KeepRunningLinesContext = createContext<(rowId: number, keep: boolean) => void>(() => undefined);

type Props = { row: ReviewRow };

export const ReviewRunningLines = ({ row }: Props) => {
  const { t } = useTranslation();
  const onKeep = useContext(KeepRunningLinesContext);
  const review = row.runningLines;
  if (!review) return null;
  const file = row.source.fileName;
  return (
    <details className="review-running-lines small" aria-label={t('importUi.runningLines.region', { file })}>
      <summary role="note">{review.kept ? t('importUi.runningLines.kept', { count: review.lines.length }) : review.message}</summary>
      <ul aria-label={t('importUi.runningLines.list', { file })}>
        {review.lines.map((line) => (
          <li key={line}>
            <q>{line}</q>
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          aria-label={t('importUi.runningLines.keepFor', { file })}
          checked={review.kept}
          disabled={row.rereading === true}
          onChange={(event) => onKeep(row.rowId, event.currentTarget.checked)}
        />{' '}
        {t('importUi.runningLines.keep')}
      </label>
      {row.rereading === true && <span className="muted"> {t('importUi.runningLines.rereading')}</span>}
    </details>
  );
};
