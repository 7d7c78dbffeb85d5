// Asks before a backup that needs repairs is restored: the repairs listed as the file reader words them, restored
// only when the user agrees (Escape or Cancel restores nothing).
import type { Repair } from '../../shared/projectFile/projectFileProblem.ts';
import { projectFileMessageText } from '../../shared/projectFile/projectFileProblem.ts';
import { Modal } from '../components/Modal.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

export type RepairQuestion = { date: string; repairs: readonly Repair[]; answer: (agree: boolean) => void };

export const BackupRepairsDialog = ({ question }: { question: RepairQuestion }) => {
  const { t } = useTranslation();
  return (
    <Modal
      title={t('backups.repairs.title', { date: question.date })}
      onDismiss={() => question.answer(false)}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={() => question.answer(false)} autoFocus>{t('app.action.cancel')}</button>
          <button type="button" className="button primary" onClick={() => question.answer(true)}>{t('backups.repairs.confirm')}</button>
        </>
      }
    >
      <p>{t('backups.repairs.message', { count: question.repairs.length })}</p>
      <ul className="file-problem-list">
        {question.repairs.map((repair, index) => <li key={index}>{projectFileMessageText(repair.message)}</li>)}
      </ul>
    </Modal>
  );
};
