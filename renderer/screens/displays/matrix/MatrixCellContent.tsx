// What one matrix cell shows, by the display's cell content: a count (with its detail: sources and informants, a
// co-occurrence coefficient), the excerpts, or the researcher's summary with "n informants / n excerpts" beside it;
// a checklist's rating; the mark of a cell whose evidence changed since its note was written; empty cells plainly
// marked.
import type { ViewCell } from '../../../../shared/analysis/displayView.ts';
import type { CellNote, MatrixDisplayDefinition, MatrixDisplayType } from '../../../../shared/model/index.ts';
import type { Translator } from '../../../i18n/useTranslation.ts';
import { ratingLabel } from '../../../../shared/export/matrixViewTable.ts';

type Props = {
  /** Passed down from the grid: thousands of cells should not each subscribe to the locale. */
  translator: Translator;
  type: MatrixDisplayType;
  definition: MatrixDisplayDefinition;
  cell: ViewCell;
  note: CellNote | undefined;
  flagged: boolean;
};

/** Quotes shown inside a cell before "+ n more"; the excerpts panel has them all. */
const QUOTES_IN_CELL = 2;
const SUMMARY_CHARACTERS = 180;

const shortened = (text: string, limit: number): string => (text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`);

export const MatrixCellContent = ({ translator, type, definition, cell, note, flagged }: Props) => {
  const { t, formatNumber, locale } = translator;
  const summary = note?.summary.plainText.trim() ?? '';
  const rating = type === 'checklist' && note?.rating != null ? note.rating : null;
  return (
    <>
      {flagged && (
        <span className="cell-flag" title={t('displays.cell.flagged')}>
          <span aria-hidden="true">⚠</span>
          <span className="visually-hidden">{t('displays.cell.flagged')}</span>
        </span>
      )}
      {rating !== null && <span className={`rating-chip rating-${rating}`}>{ratingLabel(rating, locale)}</span>}
      {cell.empty && summary === '' && rating === null ? (
        <span className="cell-empty-mark">{cell.detail ?? t(type === 'triangulation' ? 'displays.cell.none' : 'displays.cell.empty')}</span>
      ) : cell.value !== null ? (
        <span className="cell-value">{formatNumber(cell.value)}</span>
      ) : definition.cell === 'excerpts' ? (
        cell.quotes === null ? (
          <span className="cell-count">{t('displays.cell.excerptCount', { count: cell.excerpts })}</span>
        ) : (
          <span className="cell-quotes">
            {cell.quotes.slice(0, QUOTES_IN_CELL).map((quote) => (
              <q key={quote.codingId} className="cell-quote">
                {shortened(quote.quote, 120)}
              </q>
            ))}
            {cell.quotes.length > QUOTES_IN_CELL && <span className="muted small">{t('displays.cell.moreQuotes', { count: cell.quotes.length - QUOTES_IN_CELL })}</span>}
          </span>
        )
      ) : summary !== '' ? (
        <span className="cell-summary">{shortened(summary, SUMMARY_CHARACTERS)}</span>
      ) : null}
      {cell.detail !== null && !cell.empty && <span className="cell-detail">{cell.detail}</span>}
      {cell.value === null && cell.detail === null && !cell.empty && (
        <span className="cell-detail">{t('display.roleOrdered.detail', { informants: cell.informants, excerpts: cell.excerpts })}</span>
      )}
    </>
  );
};
