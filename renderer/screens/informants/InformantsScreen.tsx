// Informants (cases): a table of pseudonym, role and free attributes, edited in place; add and delete (with undo).
import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AttributeType, Informant } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { MemberCheckPacketDialog } from '../../components/MemberCheckPacketDialog.tsx';
import { addAttributeDefinition, deleteInformant, listAttributeNames, listInformants } from '../../data/informants.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { getProject } from '../../data/projects.ts';
import { listSourceSummaries } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { AddAttributeForm } from './AddAttributeForm.tsx';
import { AddInformantForm } from './AddInformantForm.tsx';
import { InformantRow } from './InformantRow.tsx';
import { InformantImportDialog } from './InformantImportDialog.tsx';
import { INFORMANT_FILE_ACCEPT, useInformantImport } from './useInformantImport.ts';

type Props = { projectId: string; navigate: (route: Route) => void };

export type AttributeColumn = { name: string; type: AttributeType };

export const ROLE_LIST_ID = 'informant-role-presets';

export const InformantsScreen = ({ projectId, navigate }: Props) => {
  const db = useDatabase();
  const { t } = useTranslation();
  const { runWrite, notify } = useToasts();
  const undo = useUndoManager();
  const informants = useLiveQuery(() => listInformants(db, projectId), [db, projectId]);
  const columns = useLiveQuery(() => listAttributeNames(db, projectId), [db, projectId]) ?? [];
  const project = useLiveQuery(() => getProject(db, projectId), [db, projectId]);
  const sources = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]) ?? [];
  const [pendingDelete, setPendingDelete] = useState<Informant | null>(null);
  const [packetFor, setPacketFor] = useState<Informant | null>(null);
  const informantImport = useInformantImport();
  const fileInput = useRef<HTMLInputElement>(null);

  const roles = [...new Set([...(project?.settings.rolePresets ?? []), ...(informants ?? []).map((informant) => informant.role)])].filter(
    (role) => role !== '',
  );

  const confirmDelete = async (informant: Informant) => {
    setPendingDelete(null);
    const deleted = await runWrite(async () => {
      await deleteInformant(db, informant.id, undo);
      return true;
    });
    if (deleted === undefined) return;
    notify(t('informants.deleted', { name: informant.pseudonym }), undoToastAction(undo, t('app.action.undo')));
  };

  return (
    <section className="screen" aria-labelledby="informants-heading">
      <div className="screen-header">
        <h1 id="informants-heading">{t('informants.title')}</h1>
        {informants !== undefined && <span className="muted">{t('informants.count', { count: informants.length })}</span>}
      </div>
      <datalist id={ROLE_LIST_ID}>
        {roles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <div className="toolbar">
        <AddInformantForm projectId={projectId} roleListId={ROLE_LIST_ID} />
        <span className="toolbar-separator" aria-hidden="true" />
        <AddAttributeForm
          existing={columns.map((column) => column.name)}
          onAdd={(column) => void runWrite(() => addAttributeDefinition(db, projectId, column))}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('informantImport.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept={INFORMANT_FILE_ACCEPT}
          aria-label={t('informantImport.fileInput')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file !== undefined) informantImport.open(file);
          }}
        />
      </div>
      {informantImport.table !== null && (
        <InformantImportDialog projectId={projectId} table={informantImport.table} informants={informants ?? []} attributes={columns} onClose={informantImport.close} />
      )}
      {informants !== undefined && informants.length === 0 && <p className="empty-state">{t('informants.empty')}</p>}
      {informants !== undefined && informants.length > 0 && (
        <div className="table-scroll">
          <table className="data-table informants-table" aria-label={t('informants.table')}>
            <thead>
              <tr>
                <th scope="col">{t('informants.column.pseudonym')}</th>
                <th scope="col">{t('informants.column.role')}</th>
                {columns.map((column) => (
                  <th key={column.name} scope="col">
                    {column.name}
                    <span className="column-type">{t(`informants.type.${column.type}`)}</span>
                  </th>
                ))}
                <th scope="col">{t('informants.column.sources')}</th>
                <th scope="col" className="actions-column">
                  <span className="visually-hidden">{t('informants.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {informants.map((informant) => (
                <InformantRow
                  key={informant.id}
                  informant={informant}
                  columns={columns}
                  sources={sources.filter((source) => source.informantIds.includes(informant.id))}
                  roleListId={ROLE_LIST_ID}
                  onShowSources={() => navigate({ screen: 'sources', informantId: informant.id })}
                  onDelete={() => setPendingDelete(informant)}
                  onPacket={() => setPacketFor(informant)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {packetFor !== null && <MemberCheckPacketDialog projectId={projectId} informant={packetFor} onClose={() => setPacketFor(null)} />}
      {pendingDelete !== null && (
        <ConfirmDialog
          title={t('informants.delete.title')}
          message={t('informants.delete.message', { name: pendingDelete.pseudonym })}
          confirmLabel={t('informants.delete.confirm')}
          onCancel={() => setPendingDelete(null)}
          onConfirm={() => void confirmDelete(pendingDelete)}
        />
      )}
    </section>
  );
};
