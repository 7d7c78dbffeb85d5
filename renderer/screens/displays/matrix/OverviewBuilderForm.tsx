// The builder form of the triangulation overview display: its rows are the project's conclusions, so the only
// choices are which conclusions (those linked to some codes, or all) and how the view shows them.
import type { MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import { MultiSelect } from '../../../components/MultiSelect.tsx';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { BuilderChoices } from './builderChoices.ts';
import { ViewOptionsFields } from './ViewOptionsFields.tsx';

type Props = { definition: MatrixDisplayDefinition; choices: BuilderChoices; onChange: (definition: MatrixDisplayDefinition) => void };

export const OverviewBuilderForm = ({ definition, choices, onChange }: Props) => {
  const { t } = useTranslation();
  const set = (patch: Partial<MatrixDisplayDefinition>) => onChange({ ...definition, ...patch });
  return (
    <form className="matrix-builder" aria-label={t('displays.builder.label')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="builder-section">
        <legend>{t('displays.builder.layout')}</legend>
        <p className="muted small">{t('verification.overview.builderHint')}</p>
        <div className="builder-field">
          <span className="builder-label">{t('verification.overview.codes')}</span>
          <MultiSelect
            label={t('verification.overview.codes')}
            options={choices.codes.map((code) => ({ value: code.id, label: code.path }))}
            selected={definition.codeIds ?? []}
            emptySummary={t('verification.overview.allConclusions')}
            noOptionsText={t('displays.builder.noCodes')}
            onChange={(values) => set({ codeIds: values.length === 0 ? null : values })}
          />
        </div>
      </fieldset>
      <ViewOptionsFields definition={definition} set={set} />
    </form>
  );
};
