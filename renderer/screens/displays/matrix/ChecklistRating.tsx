// A checklist cell's rating (one of the display's scale, or none) and the quote that justifies it, picked from the
// cell's own excerpts. Each choice is saved at once with the cell's evidence as it is now.
import type { CellNote } from '../../../../shared/model/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { CellExcerpt } from './cellExcerpts.ts';
import { ratingLabel } from '../../../../shared/export/matrixViewTable.ts';

type Props = {
  scale: readonly string[];
  note: CellNote | undefined;
  excerpts: readonly CellExcerpt[];
  onChange: (input: { rating?: string | null; quoteCodingId?: string | null }) => void;
};

const QUOTE_OPTION_CHARACTERS = 90;

export const ChecklistRating = ({ scale, note, excerpts, onChange }: Props) => {
  const { t, locale } = useTranslation();
  const quoteId = note?.quoteCodingId ?? null;
  const quote = quoteId === null ? null : (excerpts.find((excerpt) => excerpt.coding.id === quoteId) ?? null);
  return (
    <fieldset className="checklist-rating">
      <legend>{t('displays.rating.title')}</legend>
      <label className="builder-field">
        <span className="builder-label">{t('displays.rating.label')}</span>
        <select value={note?.rating ?? ''} onChange={(event) => onChange({ rating: event.currentTarget.value || null })}>
          <option value="">{t('displays.rating.none')}</option>
          {scale.map((rating) => (
            <option key={rating} value={rating}>
              {ratingLabel(rating, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="builder-field">
        <span className="builder-label">{t('displays.rating.quote')}</span>
        <select value={quoteId ?? ''} onChange={(event) => onChange({ quoteCodingId: event.currentTarget.value || null })}>
          <option value="">{t('displays.rating.noQuote')}</option>
          {excerpts.map((excerpt) => (
            <option key={excerpt.coding.id} value={excerpt.coding.id}>
              {excerpt.quote.length > QUOTE_OPTION_CHARACTERS ? `${excerpt.quote.slice(0, QUOTE_OPTION_CHARACTERS - 1)}…` : excerpt.quote}
            </option>
          ))}
        </select>
      </label>
      {quote !== null && <blockquote className="cell-excerpt-quote justifying">{quote.quote}</blockquote>}
      {quoteId !== null && quote === null && <p className="small warning">{t('displays.rating.quoteGone')}</p>}
    </fieldset>
  );
};
