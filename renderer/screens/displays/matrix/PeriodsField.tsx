// The periods of a time-ordered matrix or event listing: source dates (or an informant date attribute) binned by
// year, by quarter, or into periods the user defines (label, first and last day, both inclusive).
import { newId, type DisplayPeriods, type UserPeriod } from '../../../../shared/model/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { AttributeChoice } from './builderChoices.ts';

type Props = {
  periods: DisplayPeriods;
  dateAttribute: string | null;
  attributes: readonly AttributeChoice[];
  onChange: (periods: DisplayPeriods, dateAttribute: string | null) => void;
};

export const PeriodsField = ({ periods, dateAttribute, attributes, onChange }: Props) => {
  const { t } = useTranslation();
  const custom = periods.kind === 'custom' ? periods.periods : [];
  const setCustom = (next: UserPeriod[]) => onChange({ kind: 'custom', periods: next }, dateAttribute);
  const edit = (id: string, patch: Partial<UserPeriod>) => setCustom(custom.map((period) => (period.id === id ? { ...period, ...patch } : period)));
  return (
    <fieldset className="builder-section">
      <legend>{t('displays.builder.periods')}</legend>
      <label className="builder-field">
        <span className="builder-label">{t('displays.builder.datedBy')}</span>
        <select value={dateAttribute ?? ''} onChange={(event) => onChange(periods, event.currentTarget.value || null)}>
          <option value="">{t('displays.builder.sourceDates')}</option>
          {attributes.filter((attribute) => attribute.type === 'date').map((attribute) => (
            <option key={attribute.name} value={attribute.name}>
              {t('displays.builder.dateAttribute', { name: attribute.name })}
            </option>
          ))}
        </select>
      </label>
      <label className="builder-field">
        <span className="builder-label">{t('displays.builder.binning')}</span>
        <select
          value={periods.kind}
          onChange={(event) => {
            const kind = event.currentTarget.value;
            onChange(kind === 'custom' ? { kind, periods: custom } : kind === 'quarter' ? { kind } : { kind: 'year' }, dateAttribute);
          }}
        >
          <option value="year">{t('displays.builder.binning.year')}</option>
          <option value="quarter">{t('displays.builder.binning.quarter')}</option>
          <option value="custom">{t('displays.builder.binning.custom')}</option>
        </select>
      </label>
      {periods.kind === 'custom' && (
        <div className="custom-periods">
          {custom.map((period, index) => (
            <div key={period.id} className="custom-period">
              <input
                type="text"
                aria-label={t('displays.builder.periodLabel', { number: index + 1 })}
                value={period.label}
                onChange={(event) => edit(period.id, { label: event.currentTarget.value })}
              />
              <input type="date" aria-label={t('displays.builder.periodFrom', { number: index + 1 })} value={period.from} onChange={(event) => edit(period.id, { from: event.currentTarget.value })} />
              <input type="date" aria-label={t('displays.builder.periodTo', { number: index + 1 })} value={period.to} onChange={(event) => edit(period.id, { to: event.currentTarget.value })} />
              <button
                type="button"
                className="button icon small"
                aria-label={t('displays.builder.removePeriod', { number: index + 1 })}
                onClick={() => setCustom(custom.filter((other) => other.id !== period.id))}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => setCustom([...custom, { id: newId(), label: t('displays.builder.periodDefault', { number: custom.length + 1 }), from: '', to: '' }])}
          >
            {t('displays.builder.addPeriod')}
          </button>
        </div>
      )}
    </fieldset>
  );
};
