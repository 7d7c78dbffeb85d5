// The codes a contact summary's salient themes are linked to: chips (each with its unlink button) and the keyboard
// code picker of the coding screens to link one more (components/LinkedCodesField.tsx).
import { useId } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import type { PickableCode } from '../../coding/codeMatcher.ts';
import { LinkedCodesField } from '../../components/LinkedCodesField.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { codes: readonly PickableCode[]; value: readonly Id[]; onChange: (codeIds: Id[]) => void };

export const ThemeCodesField = ({ codes, value, onChange }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="sheet-field" aria-labelledby={headingId}>
      <h3 id={headingId} className="sheet-field-label">{t('summaries.field.themeCodes')}</h3>
      <LinkedCodesField
        codes={codes}
        value={value}
        onChange={onChange}
        words={{
          list: t('summaries.field.themeCodes'),
          none: t('summaries.field.themeCodes.none'),
          add: t('summaries.field.themeCodes.add'),
          remove: (code) => t('summaries.field.themeCodes.remove', { code }),
        }}
      />
    </section>
  );
};
