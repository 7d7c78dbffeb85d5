// A compact multi-select (a disclosure with checkboxes) for picking informants in dense tables.
import { useTranslation } from '../i18n/useTranslation.ts';

type Option = { value: string; label: string };
type Props = { label: string; options: Option[]; selected: string[]; onChange: (selected: string[]) => void };

export const MultiSelect = ({ label, options, selected, onChange }: Props) => {
  const { t } = useTranslation();
  const chosen = options.filter((option) => selected.includes(option.value));
  const summary = chosen.length === 0 ? t('app.multiSelect.none') : chosen.map((option) => option.label).join(', ');
  return (
    <details className="multi-select">
      <summary aria-label={label} title={summary}>
        {summary}
      </summary>
      <fieldset className="multi-select-options">
        <legend className="visually-hidden">{label}</legend>
        {options.length === 0 && <div className="muted">{t('app.multiSelect.noOptions')}</div>}
        {options.map((option) => (
          <label key={option.value} className="checkbox-row">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(event.currentTarget.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
              }
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
};
