// The top bar's status of the project file: its name, and "Saving…", "Saved 14:32", "Unsaved changes", a failed
// save with its reason and Save now, the browser's "Allow saving" (a click grants it), or read-only.
import { useTranslation } from '../../i18n/useTranslation.ts';
import { describeError } from '../errorMessage.ts';
import { useProjectFiles } from './ProjectFilesContext.tsx';

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:32" in the user's locale. */
const timeOf = (isoInstant: string, locale: string): string => {
  let format = timeFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    timeFormats.set(locale, format);
  }
  return format.format(new Date(isoInstant));
};

export const SaveStatus = () => {
  const { t, locale } = useTranslation();
  const { state, saveNow } = useProjectFiles();
  const { file, status, readOnly, permission } = state;
  if (state.projectId === null) return null;
  if (file === null) {
    return (
      <div className="save-status" role="status" aria-label={t('projectFiles.status.label')}>
        <span className="muted">{readOnly ? t('projectFiles.status.readOnly') : t('projectFiles.status.notLinked')}</span>
      </div>
    );
  }
  const action = (label: string, title: string) => (
    <button type="button" className="button link" title={title} onClick={() => void saveNow()}>
      {label}
    </button>
  );
  let text: string;
  if (readOnly) text = t('projectFiles.status.readOnly');
  else if (status.kind === 'saving') text = t('projectFiles.status.saving');
  else if (status.kind === 'pending') text = t('projectFiles.status.pending');
  else if (status.kind === 'failed') text = t('projectFiles.status.failed');
  else text = status.at === null ? t('projectFiles.status.inSync') : t('projectFiles.status.saved', { time: timeOf(status.at, locale) });
  return (
    <div className="save-status" role="status" aria-label={t('projectFiles.status.label')}>
      <span className="save-status-file" title={file.fileName}>{file.fileName}</span>
      <span className={`save-status-text ${status.kind}`} title={status.kind === 'failed' ? t('projectFiles.status.failedDetail', { reason: describeError(status.error) }) : undefined}>
        {text}
      </span>
      {!readOnly && permission === 'prompt' && action(t('projectFiles.status.allow'), t('projectFiles.status.allowDetail', { file: file.fileName }))}
      {!readOnly && permission !== 'prompt' && status.kind === 'failed' && action(t('projectFiles.status.retry'), t('projectFiles.status.failedDetail', { reason: describeError(status.error) }))}
    </div>
  );
};
