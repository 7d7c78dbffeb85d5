// The builder's "View" options every matrix type shares: hide empty rows, hide empty columns, heat shading.
import type { MatrixDisplayDefinition } from '../../../../shared/model/index.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';

type Props = { definition: MatrixDisplayDefinition; set: (patch: Partial<MatrixDisplayDefinition>) => void };

export const ViewOptionsFields = ({ definition, set }: Props) => {
  const { t } = useTranslation();
  return (
    <fieldset className="builder-section">
      <legend>{t('displays.builder.view')}</legend>
      <label className="checkbox-row">
        <input type="checkbox" checked={definition.hideEmptyRows} onChange={(event) => set({ hideEmptyRows: event.currentTarget.checked })} />
        {t('displays.builder.hideEmptyRows')}
      </label>
      <label className="checkbox-row">
        <input type="checkbox" checked={definition.hideEmptyColumns} onChange={(event) => set({ hideEmptyColumns: event.currentTarget.checked })} />
        {t('displays.builder.hideEmptyColumns')}
      </label>
      <label className="checkbox-row">
        <input type="checkbox" checked={definition.heatShading} onChange={(event) => set({ heatShading: event.currentTarget.checked })} />
        {t('displays.builder.heatShading')}
      </label>
    </fieldset>
  );
};
