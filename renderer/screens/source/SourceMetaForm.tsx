// Edits a source's metadata after import: kind, title, date, language and informants.
import { useState } from 'react';
import { SOURCE_KINDS } from '../../../shared/model/index.ts';
import type { Informant, Source, SourceKind } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { MultiSelect } from '../../components/MultiSelect.tsx';
import { updateSourceMeta } from '../../data/sources.ts';
import type { SourceMetaPatch } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { source: Source; informants: Informant[]; onDone: () => void };

const asKind = (value: string): SourceKind | undefined => SOURCE_KINDS.find((kind) => kind === value);

export const SourceMetaForm = ({ source, informants, onDone }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite } = useToasts();
  const [draft, setDraft] = useState<Required<SourceMetaPatch>>({
    kind: source.kind,
    title: source.title,
    date: source.date,
    language: source.language,
    informantIds: source.informantIds,
  });

  return (
    <form
      className="meta-form"
      aria-label={t('source.edit.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void runWrite(async () => {
          await updateSourceMeta(db, source.id, { ...draft, title: draft.title.trim() || source.title });
          return true;
        }).then((saved) => saved && onDone());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label>
        {t('source.meta.kind')}
        <select
          value={draft.kind}
          onChange={(event) => {
            const kind = asKind(event.currentTarget.value);
            if (kind !== undefined) setDraft({ ...draft, kind });
          }}
        >
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`sources.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('source.edit.titleField')}
        <input type="text" value={draft.title} onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
      </label>
      <label>
        {t('source.meta.date')}
        <input type="date" value={draft.date ?? ''} onChange={(event) => setDraft({ ...draft, date: event.currentTarget.value || null })} />
      </label>
      <label>
        {t('source.meta.language')}
        <input type="text" value={draft.language} onChange={(event) => setDraft({ ...draft, language: event.currentTarget.value.trim() })} />
      </label>
      <div className="meta-form-field">
        <span>{t('source.meta.informants')}</span>
        <MultiSelect
          label={t('source.edit.informants')}
          options={informants.map((informant) => ({ value: informant.id, label: informant.pseudonym }))}
          selected={draft.informantIds}
          onChange={(informantIds) => setDraft({ ...draft, informantIds })}
        />
      </div>
      <div className="meta-form-actions">
        <button type="button" className="button" onClick={onDone}>
          {t('app.action.cancel')}
        </button>
        <button type="submit" className="button primary">
          {t('app.action.save')}
        </button>
      </div>
    </form>
  );
};
