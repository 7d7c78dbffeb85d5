// The import dialog: shows the step the import flow is in (parsing, review, storing, results).
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { Modal } from '../../components/Modal.tsx';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { listInformants } from '../../data/informants.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { ImportResults } from './ImportResults.tsx';
import { ImportReviewTable } from './ImportReviewTable.tsx';
import { KeepRunningLinesContext } from './ReviewRunningLines.tsx';
import type { ImportFlow, Progress } from './useImportFlow.ts';

type Props = { flow: ImportFlow; projectId: string | null; onOpenSource: (sourceId: string) => void };

export const ImportDialog = ({ flow, projectId, onOpenSource }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const informants = useLiveQuery(async () => (projectId === null ? [] : listInformants(db, projectId)), [db, projectId]) ?? [];
  const { state } = flow;
  const progressCaption = (progress: Progress) => t('importUi.progress.caption', { done: progress.done, total: progress.total, file: progress.fileName });

  switch (state.step) {
    case 'idle':
      return null;
    case 'parsing':
      return (
        <Modal
          title={t('importUi.title.parsing')}
          onDismiss={flow.cancel}
          footer={<button type="button" className="button" onClick={flow.cancel}>{t('app.action.cancel')}</button>}
        >
          <ProgressBar label={t('importUi.progress.parsing')} done={state.progress.done} total={state.progress.total} caption={progressCaption(state.progress)} />
        </Modal>
      );
    case 'review': {
      const count = state.rows.filter((row) => row.include).length;
      return (
        <Modal
          wide
          title={t('importUi.title.review')}
          onDismiss={flow.close}
          footer={
            <>
              <button type="button" className="button" onClick={flow.close}>{t('app.action.cancel')}</button>
              <button type="button" className="button primary" disabled={count === 0} onClick={flow.confirm}>
                {t(count === 1 ? 'importUi.confirm.one' : 'importUi.confirm.many', { count })}
              </button>
            </>
          }
        >
          {state.rows.length > 0 && (
            <KeepRunningLinesContext.Provider value={flow.keepRunningLines}>
            <ImportReviewTable
              rows={state.rows}
              informants={informants}
              newInformants={state.newInformants}
              onChange={flow.updateRow}
              onLinkSpeaker={flow.linkSpeaker}
              onInformantFromSpeaker={flow.informantFromSpeaker}
              onReparse={flow.reparse}
            />
            </KeepRunningLinesContext.Provider>
          )}
          {state.failures.length > 0 && (
            <section className="import-failures" aria-label={t('importUi.failures.title')}>
              <h3>{t('importUi.failures.title')}</h3>
              <ul>
                {state.failures.map((failure, index) => (
                  <li key={`${failure.fileName}-${index}`} className="failure-row">
                    <span className="badge failed">{t('importUi.status.failed')}</span>
                    <span className="failure-message">{failure.message}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </Modal>
      );
    }
    case 'storing':
      return (
        <Modal
          title={t('importUi.title.storing')}
          footer={<button type="button" className="button" onClick={flow.cancel}>{t('app.action.cancel')}</button>}
        >
          <ProgressBar label={t('importUi.progress.storing')} done={state.progress.done} total={state.progress.total} caption={progressCaption(state.progress)} />
        </Modal>
      );
    case 'results':
      return (
        <Modal
          wide
          title={t('importUi.title.results')}
          onDismiss={flow.close}
          footer={<button type="button" className="button primary" onClick={flow.close}>{t('app.action.close')}</button>}
        >
          <ImportResults
            results={state.results}
            onOpenSource={(sourceId) => {
              flow.close();
              onOpenSource(sourceId);
            }}
          />
        </Modal>
      );
  }
};
