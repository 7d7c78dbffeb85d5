// Confirmation of deleting a code: names how many sub-codes and codings (in how many sources) go with it.
import type { DeleteImpact } from '../../shared/codebook/index.ts';
import type { Code } from '../../shared/model/index.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { countLabel } from './countLabel.ts';

type Props = { code: Code; impact: DeleteImpact; onConfirm: () => void; onCancel: () => void };

export const DeleteCodeDialog = ({ code, impact, onConfirm, onCancel }: Props) => {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('codes.delete.title')}
      message={t('codes.delete.message', {
        name: code.name,
        subCodes: countLabel('subCode', impact.subCodeCount),
        codings: countLabel('coding', impact.codingCount),
        sources: countLabel('source', impact.sourceCount),
      })}
      confirmLabel={t('codes.delete.confirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
};
