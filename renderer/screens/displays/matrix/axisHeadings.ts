// What runs down the rows and across the columns of a matrix display, in words, for the grid's corner and the
// exports' header: it follows the type (triangulation is codes × source kinds, a checklist sub-codes × its columns)
// and, where the type lets the user choose, the chosen rows.
import type { MatrixDisplayDefinition, MatrixDisplayType } from '../../../../shared/model/index.ts';
import type { Translator } from '../../../i18n/useTranslation.ts';

export const axisHeadings = (type: MatrixDisplayType, definition: MatrixDisplayDefinition, t: Translator['t']): { rows: string; columns: string } => {
  switch (type) {
    case 'triangulation':
      return { rows: t('displays.axis.codes'), columns: t(definition.splitByRole === true ? 'displays.axis.kindsByRole' : 'displays.axis.sourceKinds') };
    case 'cooccurrence':
      return { rows: t('displays.axis.codes'), columns: t('displays.axis.codes') };
    case 'triangulation-overview':
      return { rows: t('verification.overview.rows'), columns: t('verification.overview.columns') };
    case 'checklist':
      return { rows: t('displays.axis.subCodes'), columns: t(`displays.rows.${definition.rows}`) };
    case 'time-ordered':
    case 'event-listing':
      return { rows: t('displays.rows.period'), columns: t('displays.axis.codes') };
    case 'role-ordered':
      return { rows: t('displays.rows.role'), columns: t('displays.axis.codes') };
    case 'case-by-code':
    case 'clustered':
      return { rows: t(`displays.rows.${definition.rows}`), columns: t('displays.axis.codes') };
  }
};
