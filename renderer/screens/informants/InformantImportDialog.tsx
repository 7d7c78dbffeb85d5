// Importing informants from a CSV or XLSX file: the columns mapped (pseudonym, role, real name, typed attributes),
// a preview of every row with the refusals named, and one undoable commit for the whole import.
import { useMemo, useState } from 'react';
import { checkColumnUses, guessColumnUses, readInformantRows, type ColumnUse } from '../../../shared/import/informantRows.ts';
import type { SheetTable } from '../../../shared/import/sheetTable.ts';
import { pluralForm } from '../../../shared/i18n/translate.ts';
import type { AttributeType, Informant } from '../../../shared/model/index.ts';
import { Modal } from '../../components/Modal.tsx';
import { importInformants } from '../../data/informantImport.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ColumnUseTable } from './ColumnUseTable.tsx';
import { InformantImportPreview } from './InformantImportPreview.tsx';

type Props = {
  projectId: string;
  table: SheetTable;
  informants: readonly Informant[];
  /** The project's attribute columns: a file column of the same name fills that attribute. */
  attributes: readonly { name: string; type: AttributeType }[];
  onClose: () => void;
};

export const InformantImportDialog = ({ projectId, table, informants, attributes, onClose }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const [uses, setUses] = useState<ColumnUse[]>(() => guessColumnUses(table, attributes));
  const [busy, setBusy] = useState(false);
  const problem = useMemo(() => checkColumnUses(uses), [uses]);
  const rows = useMemo(() => (problem === null ? readInformantRows(table, uses, informants) : []), [problem, table, uses, informants]);
  const count = (action: 'create' | 'update' | 'refuse') => rows.filter((row) => row.action === action).length;
  const importable = count('create') + count('update');

  const confirm = async () => {
    setBusy(true);
    const outcome = await runWrite(() => importInformants(db, projectId, { fileName: table.fileName, uses, rows }, undo));
    setBusy(false);
    if (outcome === undefined) return;
    notify(t('informantImport.done', { file: table.fileName, create: outcome.created, update: outcome.updated }), undoToastAction(undo, t('app.action.undo')));
    onClose();
  };

  return (
    <Modal
      wide
      title={t('informantImport.title', { file: table.fileName })}
      onDismiss={busy ? undefined : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>{t('app.action.cancel')}</button>
          <button type="button" className="button primary" disabled={busy || problem !== null || importable === 0} onClick={() => void confirm()}>
            {t(`informantImport.confirm.${pluralForm(importable)}`, { count: importable })}
          </button>
        </>
      }
    >
      <h3>{t('informantImport.columns.title')}</h3>
      <ColumnUseTable table={table} uses={uses} onChange={(index, use) => setUses((current) => current.map((old, at) => (at === index ? use : old)))} />
      <h3>{t('informantImport.preview.title')}</h3>
      {problem !== null ? (
        <p className="warning" role="alert">{problem}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('informantImport.summary', { create: count('create'), update: count('update'), refuse: count('refuse') })}
          </p>
          <InformantImportPreview rows={rows} />
        </>
      )}
    </Modal>
  );
};
