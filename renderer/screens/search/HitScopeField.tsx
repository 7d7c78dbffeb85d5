// The scope choice of "Code selected hits": code the hit only, or widen it to its sentence, paragraph or speaker
// turn (as auto-coding in MAXQDA and NVivo offers). The project remembers the last choice.
import { TEXT_UNITS, type TextUnit } from '../../../shared/text/textUnits.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { value: TextUnit; onChange: (scope: TextUnit) => void; disabled?: boolean };

const asTextUnit = (value: string): TextUnit | undefined => TEXT_UNITS.find((unit) => unit === value);

export const HitScopeField = ({ value, onChange, disabled = false }: Props) => {
  const { t } = useTranslation();
  return (
    <label className="hit-scope" title={t('search.scope.help')}>
      {t('search.scope.label')}
      <select
        value={value}
        disabled={disabled}
        onChange={(event) => {
          const scope = asTextUnit(event.currentTarget.value);
          if (scope !== undefined) onChange(scope);
        }}
      >
        {TEXT_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {t(`search.scope.${unit}`)}
          </option>
        ))}
      </select>
    </label>
  );
};
