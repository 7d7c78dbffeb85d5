// The audit trail screen (issue 10): the project's append-only trail as a timeline, newest first — who, when, the
// action, the object and its detail — filtered by coder, kind of object, action, dates and words; a click on an
// object shows that object's history. The events shown export as CSV. Nothing in the timeline writes; the second tab
// is the decision log (DecisionLog.tsx).
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { auditChoices, filterAuditEvents, firstEventOf, NO_AUDIT_FILTER, type AuditFilter } from '../../../shared/analysis/auditTrail.ts';
import { auditCsvBytes } from '../../../shared/export/auditCsv.ts';
import { listAuditEvents } from '../../data/audit.ts';
import { listCoders } from '../../data/coders.ts';
import { hasNativeFileDialog, saveBytes } from '../../platform/platform.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { actionLabel, objectTypeLabel } from '../../i18n/auditLabels.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { DecisionLog } from './DecisionLog.tsx';
import '../../styles/audit.css';

/** `objectId`: open on that object's history (a link from the object's own page). */
type Props = { projectId: string; objectId: string | null };

/** Events shown before "Show all": a trail of months of work holds thousands. */
const FIRST_PAGE = 200;

export const AuditScreen = ({ projectId, objectId }: Props) => {
  const db = useDatabase();
  const translator = useTranslation();
  const { t, formatDateTime, formatNumber } = translator;
  const toasts = useToasts();
  const events = useLiveQuery(() => listAuditEvents(db, projectId), [db, projectId]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const [filter, setFilter] = useState<AuditFilter>({ ...NO_AUDIT_FILTER, objectId });
  const [showAll, setShowAll] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [tab, setTab] = useState<'timeline' | 'decisions'>('timeline');
  // Another object's history link followed while the screen is open.
  const [openedFor, setOpenedFor] = useState(objectId);
  if (openedFor !== objectId) {
    setOpenedFor(objectId);
    setFilter({ ...NO_AUDIT_FILTER, objectId });
    setTab('timeline');
  }

  const coderNames = useMemo(() => new Map((coders ?? []).map((coder) => [coder.id, coder.name])), [coders]);
  const coderName = (id: string): string => coderNames.get(id) ?? t('audit.unknownCoder');
  const kept = useMemo(() => filterAuditEvents(events ?? [], filter), [events, filter]);
  const shown = showAll ? kept : kept.slice(0, FIRST_PAGE);
  const historyOf = filter.objectId === null ? undefined : firstEventOf(events ?? [], filter.objectId);
  const choices = useMemo(() => ({
    coders: auditChoices(events ?? [], 'actorId'),
    objectTypes: auditChoices(events ?? [], 'objectType'),
    actions: auditChoices(events ?? [], 'action'),
  }), [events]);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const fileName = `${t('audit.export.fileName')}.csv`;
      const outcome = await saveBytes(fileName, auditCsvBytes(kept, coderName, translator.locale), [{ name: t('audit.export.filterName'), extensions: ['csv'] }]);
      if (outcome.saved) {
        const count = kept.length;
        toasts.notify(hasNativeFileDialog() ? t('audit.export.saved', { count, path: outcome.path }) : t('audit.export.downloaded', { count, file: fileName }));
      }
    } catch (error) {
      toasts.reportError(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="screen audit-screen" aria-labelledby="audit-heading">
      <div className="screen-header">
        <h1 id="audit-heading">{t('audit.title')}</h1>
        {events !== undefined && tab === 'timeline' && <span className="muted">{t('audit.count', { shown: kept.length, total: events.length })}</span>}
        <div className="screen-header-actions">
          <button type="button" className="button" hidden={tab !== 'timeline'} disabled={kept.length === 0 || exporting} onClick={() => void exportCsv()}>
            {t('audit.export')}
          </button>
        </div>
      </div>
      <p className="muted">{t('audit.intro')}</p>
      <div className="audit-tabs" role="tablist" aria-label={t('audit.tabs')}>
        {(['timeline', 'decisions'] as const).map((name) => (
          <button key={name} type="button" role="tab" className="audit-tab" aria-selected={tab === name} onClick={() => setTab(name)}>
            {t(`audit.tab.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'decisions' ? <DecisionLog projectId={projectId} coderName={coderName} /> : (
      <>
        <AuditFilters
          filter={filter}
          choices={choices}
          coderName={coderName}
          onChange={(next) => {
            setFilter(next);
            setShowAll(false);
          }}
        />
        {historyOf !== undefined && (
          <div className="audit-history" role="status">
            <strong>{t('audit.history', { object: `${objectTypeLabel(historyOf.objectType, translator)} “${historyOf.detail}”` })}</strong>
            <button type="button" className="button small" onClick={() => setFilter({ ...filter, objectId: null })}>
              {t('audit.history.clear')}
            </button>
          </div>
        )}
        {events === undefined ? (
          <p className="muted">{t('audit.loading')}</p>
        ) : kept.length === 0 ? (
          <p className="empty-state">{t('audit.empty')}</p>
        ) : (
          <table className="audit-table" aria-label={t('audit.table')}>
            <thead>
              <tr>
                <th scope="col">{t('audit.column.time')}</th>
                <th scope="col">{t('audit.column.coder')}</th>
                <th scope="col">{t('audit.column.action')}</th>
                <th scope="col">{t('audit.column.object')}</th>
                <th scope="col">{t('audit.column.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <tr key={event.id ?? `${event.at}-${event.objectId}`}>
                  <td className="audit-time">{formatDateTime(event.at)}</td>
                  <td>{coderName(event.actorId)}</td>
                  <td>{actionLabel(event.action, translator)}</td>
                  <td>
                    <button
                      type="button"
                      className="button link small"
                      aria-label={t('audit.history.open', { object: `${objectTypeLabel(event.objectType, translator)} ${event.detail}` })}
                      onClick={() => setFilter({ ...filter, objectId: event.objectId })}
                    >
                      {objectTypeLabel(event.objectType, translator)}
                    </button>
                  </td>
                  <td className="audit-detail">{event.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {shown.length < kept.length && (
          <button type="button" className="button" onClick={() => setShowAll(true)}>
            {t('audit.showAll', { count: formatNumber(kept.length) })}
          </button>
        )}
      </>
      )}
    </section>
  );
};
