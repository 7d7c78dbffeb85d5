// Templates on the Codes screen: "Save code tree as template…" (name and description) and the saved templates,
// each with its size and a delete button (built-in templates are listed on the new-project form instead).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodebookTemplate } from '../../../shared/templates/index.ts';
import type { Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Modal } from '../../components/Modal.tsx';
import { deleteSavedTemplate, listTemplates, saveCodeTreeAsTemplate } from '../../data/templates.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { findBuiltInTemplate } from '../../../shared/templates/index.ts';
import { codeErrorMessage } from '../../codeTree/codeErrors.ts';
import { countLabel } from '../../codeTree/countLabel.ts';

const countCodes = (codes: CodebookTemplate['codes']): number => codes.reduce((sum, code) => sum + 1 + countCodes(code.children ?? []), 0);

export const TemplatesPanel = ({ projectId, hasCodes }: { projectId: Id; hasCodes: boolean }) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { notify, runWrite } = useToasts();
  const undo = useUndoManager();
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const saved = (templates ?? []).filter((template) => findBuiltInTemplate(template.id) === undefined);
  const [saving, setSaving] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<CodebookTemplate | null>(null);

  return (
    <section className="templates-panel" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t('codes.templates.title')}</h2>
      <button type="button" className="button" disabled={!hasCodes} onClick={() => setSaving(true)}>
        {t('codes.templates.save')}
      </button>
      <h3 className="templates-subheading">{t('codes.templates.savedList')}</h3>
      {saved.length === 0 && <p className="muted small">{t('codes.templates.noneSaved')}</p>}
      {saved.length > 0 && (
        <ul className="template-list" aria-label={t('codes.templates.savedList')}>
          {saved.map((template) => (
            <li key={template.id}>
              <div>
                <strong>{template.name}</strong> <span className="muted small">{countLabel('code', countCodes(template.codes))}</span>
                {template.description !== '' && <div className="muted small">{template.description}</div>}
              </div>
              <button
                type="button"
                className="button small danger-outline"
                aria-label={t('codes.templates.delete', { name: template.name })}
                onClick={() => setPendingDelete(template)}
              >
                {t('codes.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {saving && (
        <SaveTemplateDialog
          onCancel={() => setSaving(false)}
          onSave={async (name, description) => {
            const template = await saveCodeTreeAsTemplate(db, projectId, { name, description });
            setSaving(false);
            notify(t('codes.templates.saved', { name: template.name }));
          }}
        />
      )}
      {pendingDelete !== null && (
        <ConfirmDialog
          title={t('codes.templates.deleteTitle')}
          message={t('codes.templates.deleteMessage', { name: pendingDelete.name })}
          confirmLabel={t('codes.templates.deleteConfirm')}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => {
            const template = pendingDelete;
            setPendingDelete(null);
            void runWrite(async () => {
              await deleteSavedTemplate(db, template.id, undo);
              notify(t('codes.templates.deleted', { name: template.name }), undoToastAction(undo, t('app.action.undo')));
            });
          }}
        />
      )}
    </section>
  );
};

type SaveProps = { onCancel: () => void; onSave: (name: string, description: string) => Promise<void> };

const SaveTemplateDialog = ({ onCancel, onSave }: SaveProps) => {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await onSave(name, description);
    } catch (caught) {
      setError(codeErrorMessage(caught));
      setBusy(false);
    }
  };
  return (
    <Modal
      title={t('codes.templates.saveTitle')}
      onDismiss={busy ? undefined : onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel} disabled={busy}>
            {t('app.action.cancel')}
          </button>
          <button type="submit" form="save-template-form" className="button primary" disabled={busy || name.trim() === ''}>
            {t('codes.templates.saveConfirm')}
          </button>
        </>
      }
    >
      <form
        id="save-template-form"
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field-label" htmlFor="template-name">
          {t('codes.templates.name')}
        </label>
        <input id="template-name" type="text" className="wide-input" autoFocus value={name} onChange={(event) => setName(event.currentTarget.value)} />
        <label className="field-label" htmlFor="template-description">
          {t('codes.templates.description')}
        </label>
        <textarea id="template-description" rows={3} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
        {error !== null && (
          <p className="code-tree-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Modal>
  );
};
