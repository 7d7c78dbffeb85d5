// A conclusion's status and its history: "Change status…" opens a choice of status with the reason it needs; each
// change is listed with who made it, when and why, newest first.
import { useId, useState } from 'react';
import { CONCLUSION_STATUSES, conclusionStatus, type Conclusion, type ConclusionStatus } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { changeStatus } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { conclusion: Conclusion; coderName: (id: string) => string };

const asStatus = (value: string): ConclusionStatus => CONCLUSION_STATUSES.find((status) => status === value) ?? 'tentative';

export const StatusSection = ({ conclusion, coderName }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const current = conclusionStatus(conclusion);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<ConclusionStatus>(current);
  const [reason, setReason] = useState('');

  const save = async () => {
    const done = await toasts.runWrite(() => changeStatus(db, conclusion.id, status, reason, undo));
    if (done === undefined) return;
    setEditing(false);
    setReason('');
  };

  return (
    <section className="conclusion-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conclusionsScreen.status.heading')}</h3>
      <p>
        <span className={`conclusion-status status-${current}`} data-testid="conclusion-status">{t(`conclusionsScreen.status.${current}`)}</span>{' '}
        {!editing && (
          <button type="button" className="button small" onClick={() => { setStatus(current); setEditing(true); }}>
            {t('conclusionsScreen.status.change')}
          </button>
        )}
      </p>
      {editing && (
        <form
          className="conclusion-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
        >
          <label>
            <span>{t('conclusionsScreen.status.new')}</span>
            <select autoFocus value={status} onChange={(event) => setStatus(asStatus(event.currentTarget.value))}>
              {CONCLUSION_STATUSES.map((option) => <option key={option} value={option}>{t(`conclusionsScreen.status.${option}`)}</option>)}
            </select>
          </label>
          <label className="conclusion-reason">
            <span>{t('conclusionsScreen.status.reason')}</span>
            <input type="text" required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          </label>
          <button type="submit" className="button primary small" disabled={reason.trim() === '' || status === current}>{t('conclusionsScreen.status.save')}</button>
          <button type="button" className="button small" onClick={() => setEditing(false)}>{t('conclusionsScreen.cancel')}</button>
        </form>
      )}
      <ol className="conclusion-history" aria-label={t('conclusionsScreen.status.history')}>
        {[...conclusion.statusHistory].reverse().map((change) => (
          <li key={`${change.at}-${change.status}`}>
            <strong>{t(`conclusionsScreen.status.${change.status}`)}</strong>{' '}
            <span className="muted small">{t('conclusionsScreen.byWhen', { who: coderName(change.coderId), when: formatDateTime(change.at) })}</span>
            {change.reason !== '' && <span className="conclusion-history-reason">{change.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
};
