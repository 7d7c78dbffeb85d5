// Starting a summary sheet: choose the source it summarises — an interview, observation or other source for a
// contact summary, a document for a document summary form — among those without a sheet yet.
import { useId, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { SourceSummary } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { SheetKind } from './sheetListing.ts';

type Props = {
  kind: SheetKind;
  /** The sources that may get a sheet of this kind (none yet). */
  sources: readonly SourceSummary[];
  onCreate: (sourceId: Id) => void;
  onCancel: () => void;
};

export const NewSheetForm = ({ kind, sources, onCreate, onCancel }: Props) => {
  const { t, formatDate } = useTranslation();
  const headingId = useId();
  const [sourceId, setSourceId] = useState('');
  return (
    <form
      className="new-sheet-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (sourceId !== '') onCreate(sourceId);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId}>{t(kind === 'contact' ? 'summaries.new.heading.contact' : 'summaries.new.heading.document')}</h2>
      {sources.length === 0 ? (
        <p className="empty-state">{t(kind === 'contact' ? 'summaries.new.noSources.contact' : 'summaries.new.noSources.document')}</p>
      ) : (
        <label className="new-sheet-source">
          <span>{t('summaries.new.source')}</span>
          <select autoFocus value={sourceId} onChange={(event) => setSourceId(event.currentTarget.value)}>
            <option value="">{t('summaries.new.chooseSource')}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.date === null ? source.title : `${source.title} (${formatDate(source.date)})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted small">{t('summaries.new.existing')}</p>
      <div className="new-sheet-actions">
        <button type="submit" className="button primary" disabled={sourceId === ''}>
          {t('summaries.new.create')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('summaries.new.cancel')}
        </button>
      </div>
    </form>
  );
};
