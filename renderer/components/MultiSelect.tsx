// A compact multi-select (a disclosure with checkboxes) for picking informants in dense tables; it closes when the
// user clicks elsewhere or presses Escape, so it never hides the buttons below it.
import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';

type Option = { value: string; label: string };
type Props = {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Shown when nothing is ticked (default "None"; a filter says "All"). */
  emptySummary?: string;
  /** Shown inside when there is nothing to pick (default: no informants yet). */
  noOptionsText?: string;
};

export const MultiSelect = ({ label, options, selected, onChange, emptySummary, noOptionsText }: Props) => {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const closeOutside = (event: Event) => {
      const details = ref.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, []);
  const chosen = options.filter((option) => selected.includes(option.value));
  const summary = chosen.length === 0 ? (emptySummary ?? t('app.multiSelect.none')) : chosen.map((option) => option.label).join(', ');
  return (
    <details
      ref={ref}
      className="multi-select"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && ref.current?.open) {
          event.preventDefault();
          event.stopPropagation();
          ref.current.open = false;
        }
      }}
    >
      <summary aria-label={label} title={summary}>
        {summary}
      </summary>
      <fieldset className="multi-select-options">
        <legend className="visually-hidden">{label}</legend>
        {options.length === 0 && <div className="muted">{noOptionsText ?? t('app.multiSelect.noOptions')}</div>}
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
