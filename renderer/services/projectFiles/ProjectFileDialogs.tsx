// The dialogs of opening and saving project files: the progress of a long open or save, the repairs a file needs
// (opened only when the user agrees), replace-or-copy for a project already here, and why a file was refused.
import { projectFileMessageText } from '../../../shared/projectFile/projectFileProblem.ts';
import { Modal } from '../../components/Modal.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';
import { RepairsDialog } from './RepairsDialog.tsx';
import type { PendingQuestion } from './useOpenQuestions.ts';

const PERCENT = 100;

const QuestionDialog = ({ question }: { question: PendingQuestion }) => {
  const { t, formatDateTime } = useTranslation();
  if (question.kind === 'repairs') {
    return (
      <RepairsDialog
        title={t('projectFiles.repairs.title', { file: question.fileName })}
        message={t('projectFiles.repairs.message', { count: question.repairs.length })}
        confirmLabel={t('projectFiles.repairs.confirm')}
        repairs={question.repairs}
        answer={question.answer}
      />
    );
  }
  const { local, fromFile, fileName } = question;
  return (
    <Modal
      title={t('projectFiles.existing.title', { name: local.name })}
      onDismiss={() => question.answer('cancel')}
      wide
      footer={<button type="button" className="button" onClick={() => question.answer('cancel')}>{t('app.action.cancel')}</button>}
    >
      <p>{t('projectFiles.existing.message', { file: fileName, name: fromFile.name, date: formatDateTime(local.updatedAt) })}</p>
      <div className="file-choices">
        <button type="button" className="file-choice" onClick={() => question.answer('replace')}>
          <strong>{t('projectFiles.existing.replace')}</strong>
          <span className="muted small">{t('projectFiles.existing.replaceHint')}</span>
        </button>
        <button type="button" className="file-choice" onClick={() => question.answer('copy')} autoFocus>
          <strong>{t('projectFiles.existing.copy')}</strong>
          <span className="muted small">{t('projectFiles.existing.copyHint')}</span>
        </button>
      </div>
    </Modal>
  );
};

export const ProjectFileDialogs = () => {
  const { t } = useTranslation();
  const { progress, question, refused, dismissRefused } = useProjectFiles();
  if (question !== null) return <QuestionDialog question={question} />;
  if (refused !== null) {
    return (
      <Modal
        title={t('projectFiles.refused.title', { file: refused.fileName })}
        onDismiss={dismissRefused}
        footer={<button type="button" className="button primary" onClick={dismissRefused} autoFocus>{t('app.action.close')}</button>}
      >
        <ul className="file-problem-list" role="alert">
          {refused.problems.map((problem, index) => <li key={index}>{projectFileMessageText(problem)}</li>)}
        </ul>
        <p className="muted">{t('projectFiles.refused.nothingChanged')}</p>
      </Modal>
    );
  }
  if (progress === null) return null;
  const percent = Math.round(progress.fraction * PERCENT);
  return (
    <Modal title={progress.label} footer={null}>
      <ProgressBar label={progress.label} done={percent} total={PERCENT} caption={t('projectFiles.progress.caption', { percent })} />
    </Modal>
  );
};
