// The compact history on an object's own page (a conclusion, a code): its latest audit events, newest first — when,
// what, who — with merges and renames naming both codes. Every entry, and the "all events" link, opens the audit trail
// filtered to this object. Reads only; the trail is append-only.
import { useId, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { historyWording, objectHistory } from '../../shared/analysis/auditTrail.ts';
import type { AuditEvent, Id } from '../../shared/model/index.ts';
import { listObjectEvents } from '../data/audit.ts';
import { listCoders } from '../data/coders.ts';
import { actionLabel } from '../i18n/auditLabels.ts';
import { useTranslation, type Translator } from '../i18n/useTranslation.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import { routeToHash } from '../services/routes.ts';
import '../styles/objectHistory.css';

/** Entries shown on the page; the audit trail shows the rest. */
const SHOWN = 6;

/** `name`: what the object's events call it, dropped before their details (the page says whose history it is). */
type Props = { projectId: Id; objectId: Id; name?: string };

const entryText = (event: AuditEvent, translator: Translator, name: string | undefined): string => {
  const wording = historyWording(event, name);
  if (wording.kind === 'merge') return translator.t('history.merged', { from: wording.from, into: wording.into });
  if (wording.kind === 'rename') return translator.t('history.renamed', { from: wording.from, to: wording.to });
  const action = actionLabel(event.action, translator);
  return wording.detail.trim() === '' ? action : translator.t('history.entry', { action, detail: wording.detail });
};

export const ObjectHistory = ({ projectId, objectId, name }: Props) => {
  const db = useDatabase();
  const translator = useTranslation();
  const { t, formatDateTime } = translator;
  const headingId = useId();
  const events = useLiveQuery(() => listObjectEvents(db, projectId, objectId), [db, projectId, objectId]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const history = useMemo(() => objectHistory(events ?? [], objectId), [events, objectId]);
  const coderName = (id: Id) => coders?.find((coder) => coder.id === id)?.name ?? t('audit.unknownCoder');
  const trail = routeToHash({ screen: 'audit', objectId });
  return (
    <section className="object-history" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('history.heading')}</h3>
      {events !== undefined && history.length === 0 && <p className="muted small">{t('history.none')}</p>}
      {history.length > 0 && (
        <ol className="object-history-list" aria-label={t('history.heading')}>
          {history.slice(0, SHOWN).map((event) => (
            <li key={event.id ?? `${event.at}-${event.action}`}>
              <a className="object-history-entry" href={trail} title={t('history.openTrail')}>
                <span className="object-history-text">{entryText(event, translator, name)}</span>
                <span className="object-history-meta muted small">{t('history.byWhen', { who: coderName(event.actorId), when: formatDateTime(event.at) })}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
      {history.length > 0 && <a className="object-history-all small" href={trail}>{t('history.all', { count: history.length })}</a>}
    </section>
  );
};
