// "Export codebook…": asks for the format (Word, Markdown, HTML), the language, and whether to add each code's change
// history and to replace real names, then makes the codebook off the render path and saves it as every export is
// saved (native save dialog in Electron, a download in the browser). Opened from the Codes screen.
import { useState, type FormEvent } from 'react';
import type { Locale } from '../../../shared/i18n/translate.ts';
import type { Id } from '../../../shared/model/index.ts';
import { CODEBOOK_FORMATS, type CodebookFormat } from '../../../shared/report/codebookFiles.ts';
import { Modal } from '../../components/Modal.tsx';
import { codebookExportFiles } from '../../data/codebookExport.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { hasNativeFileDialog, saveBytes } from '../../platform/platform.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import '../../styles/memberCheckPacket.css';
import '../../styles/codebookExport.css';

const LANGUAGES: readonly Locale[] = ['en', 'id'];

type Props = { projectId: Id; onClose: () => void };

export const CodebookExportDialog = ({ projectId, onClose }: Props) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { notify, reportError } = useToasts();
  const [format, setFormat] = useState<CodebookFormat>('docx');
  const [language, setLanguage] = useState<Locale>(locale);
  const [includeHistory, setIncludeHistory] = useState(false);
  const [pseudonymise, setPseudonymise] = useState(true);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const { fileName, files } = await codebookExportFiles(db, projectId, format, { language, includeHistory, pseudonymise, generatedAt: new Date().toISOString() });
      const outcome = await saveBytes(fileName, files.main, [{ name: t(`codebookExport.filter.${format}`), extensions: [format] }]);
      if (outcome.saved) {
        notify(hasNativeFileDialog() ? t('codebookExport.saved', { path: outcome.path }) : t('codebookExport.downloaded', { file: fileName }));
        onClose();
      }
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('codebookExport.dialog.title')}
      onDismiss={busy ? undefined : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('codebookExport.dialog.cancel')}
          </button>
          <button type="submit" form="codebook-export-form" className="button primary" disabled={busy}>
            {busy ? t('codebookExport.dialog.saving') : t('codebookExport.dialog.save')}
          </button>
        </>
      }
    >
      <form id="codebook-export-form" className="packet-dialog" onSubmit={(event) => void save(event)}>
        <p className="muted">{t('codebookExport.dialog.explanation')}</p>
        <fieldset disabled={busy}>
          <legend>{t('codebookExport.dialog.format')}</legend>
          <div className="packet-choices">
            {CODEBOOK_FORMATS.map((option) => (
              <label key={option}>
                <input type="radio" name="codebook-format" checked={format === option} onChange={() => setFormat(option)} />
                {t(`codebookExport.dialog.format.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('codebookExport.dialog.language')}</legend>
          <div className="packet-choices">
            {LANGUAGES.map((option) => (
              <label key={option}>
                <input type="radio" name="codebook-language" checked={language === option} onChange={() => setLanguage(option)} />
                {t(`codebookExport.language.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset disabled={busy}>
          <legend>{t('codebookExport.dialog.options')}</legend>
          <label className="codebook-option">
            <input type="checkbox" checked={includeHistory} onChange={(event) => setIncludeHistory(event.target.checked)} />
            {t('codebookExport.dialog.history')}
          </label>
          <label className="codebook-option">
            <input type="checkbox" checked={pseudonymise} onChange={(event) => setPseudonymise(event.target.checked)} />
            {t('codebookExport.dialog.pseudonymise')}
          </label>
        </fieldset>
      </form>
    </Modal>
  );
};
