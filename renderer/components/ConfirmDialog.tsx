// Confirmation of a destructive action ("Delete project …?") with an explicit, named confirm button.
import { Modal } from './Modal.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

type Props = { title: string; message: string; confirmLabel: string; onConfirm: () => void; onCancel: () => void };

export const ConfirmDialog = ({ title, message, confirmLabel, onConfirm, onCancel }: Props) => {
  const { t } = useTranslation();
  return (
    <Modal
      title={title}
      onDismiss={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {t('app.action.cancel')}
          </button>
          <button type="button" className="button danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{message}</p>
    </Modal>
  );
};
