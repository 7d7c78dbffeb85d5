// Asks before a file that needs repairs is opened: the repairs as the file reader words them, applied only when the
// user agrees (Escape or Cancel opens nothing). Any flow that opens a `.caseweave` file can ask with it.
import type { Repair } from '../../../shared/projectFile/projectFileProblem.ts';
import { projectFileMessageText } from '../../../shared/projectFile/projectFileProblem.ts';
import { Modal } from '../../components/Modal.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { title: string; message: string; confirmLabel: string; repairs: readonly Repair[]; answer: (agree: boolean) => void };

export const RepairsDialog = ({ title, message, confirmLabel, repairs, answer }: Props) => {
  const { t } = useTranslation();
  return (
    <Modal
      title={title}
      onDismiss={() => answer(false)}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => answer(false)} autoFocus>{t('app.action.cancel')}</button>
          <button type="button" className="button primary" onClick={() => answer(true)}>{confirmLabel}</button>
        </>
      }
    >
      <p>{message}</p>
      <ul className="file-problem-list">
        {repairs.map((repair, index) => <li key={index}>{projectFileMessageText(repair.message)}</li>)}
      </ul>
    </Modal>
  );
};
