// The audit trail's filter bar: coder, kind of object and action (each offering only the values the trail holds),
// a date range, words of the detail, and "Clear filters".
import type { AuditFilter } from '../../../shared/analysis/auditTrail.ts';
import { NO_AUDIT_FILTER } from '../../../shared/analysis/auditTrail.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { actionLabel, objectTypeLabel } from '../../i18n/auditLabels.ts';

type Props = {
  filter: AuditFilter;
  choices: { coders: string[]; objectTypes: string[]; actions: string[] };
  coderName: (id: string) => string;
  onChange: (filter: AuditFilter) => void;
};

const one = (value: string): string[] => (value === '' ? [] : [value]);

export const AuditFilters = ({ filter, choices, coderName, onChange }: Props) => {
  const translator = useTranslation();
  const { t } = translator;
  const set = (change: Partial<AuditFilter>) => onChange({ ...filter, ...change });
  return (
    <form className="audit-filters" aria-label={t('audit.filters')} onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('audit.filter.coder')}
        <select value={filter.coderIds[0] ?? ''} onChange={(event) => set({ coderIds: one(event.target.value) })}>
          <option value="">{t('audit.filter.any')}</option>
          {choices.coders.map((id) => <option key={id} value={id}>{coderName(id)}</option>)}
        </select>
      </label>
      <label>
        {t('audit.filter.objectType')}
        <select value={filter.objectTypes[0] ?? ''} onChange={(event) => set({ objectTypes: one(event.target.value) })}>
          <option value="">{t('audit.filter.any')}</option>
          {choices.objectTypes.map((type) => <option key={type} value={type}>{objectTypeLabel(type, translator)}</option>)}
        </select>
      </label>
      <label>
        {t('audit.filter.action')}
        <select value={filter.actions[0] ?? ''} onChange={(event) => set({ actions: one(event.target.value) })}>
          <option value="">{t('audit.filter.any')}</option>
          {choices.actions.map((action) => <option key={action} value={action}>{actionLabel(action, translator)}</option>)}
        </select>
      </label>
      <label>
        {t('audit.filter.from')}
        <input type="date" value={filter.from ?? ''} onChange={(event) => set({ from: event.target.value === '' ? null : event.target.value })} />
      </label>
      <label>
        {t('audit.filter.to')}
        <input type="date" value={filter.to ?? ''} onChange={(event) => set({ to: event.target.value === '' ? null : event.target.value })} />
      </label>
      <label className="audit-filter-text">
        {t('audit.filter.text')}
        <input type="search" value={filter.text} onChange={(event) => set({ text: event.target.value })} />
      </label>
      <button type="button" className="button small" disabled={JSON.stringify(filter) === JSON.stringify(NO_AUDIT_FILTER)} onClick={() => onChange(NO_AUDIT_FILTER)}>
        {t('audit.filter.clear')}
      </button>
    </form>
  );
};
