// The memo of one coding, in a dialog: the shared MemoEditor on target {kind: 'coding', id}, which edits the
// coding's one memo; the first words written create it (one undo step), so retrieval and exports carry it.
import type { Code, Coding, Id } from '../../../shared/model/index.ts';
import { MemoEditor } from '../../components/MemoEditor.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { projectId: Id; coding: Coding; code: Code | undefined; excerpt: string; onClose: () => void };

const EXCERPT_LENGTH = 60;

export const CodingMemoDialog = ({ projectId, coding, code, excerpt, onClose }: Props) => {
  const { t } = useTranslation();
  const short = excerpt.length > EXCERPT_LENGTH ? `${excerpt.slice(0, EXCERPT_LENGTH).trimEnd()}…` : excerpt;
  return (
    <Modal
      title={t('coding.memo.title', { code: code?.name ?? '', excerpt: short })}
      onDismiss={onClose}
      wide
      footer={
        <button type="button" className="button primary" onClick={onClose}>
          {t('coding.memo.close')}
        </button>
      }
    >
      <MemoEditor projectId={projectId} target={{ kind: 'coding', id: coding.id }} startWriting />
    </Modal>
  );
};
