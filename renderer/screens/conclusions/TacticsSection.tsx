// The conclusion's log of Miles & Huberman's 13 verification tactics: "Log a tactic" records the tactic, its outcome
// ("none found" is a valid result) and a note; entries are listed newest first with who and when.
import { useId, useState } from 'react';
import { VERIFICATION_TACTICS, type Conclusion, type TacticOutcome, type VerificationTactic } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { logTactic } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { conclusion: Conclusion; coderName: (id: string) => string };

const OUTCOMES: readonly TacticOutcome[] = ['confirms', 'weakens', 'inconclusive', 'none-found'];
const asTactic = (value: string): VerificationTactic => VERIFICATION_TACTICS.find((tactic) => tactic === value) ?? 'representativeness';
const asOutcome = (value: string): TacticOutcome => OUTCOMES.find((outcome) => outcome === value) ?? 'confirms';

export const TacticsSection = ({ conclusion, coderName }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const [logging, setLogging] = useState(false);
  const [tactic, setTactic] = useState<VerificationTactic>('representativeness');
  const [outcome, setOutcome] = useState<TacticOutcome>('confirms');
  const [note, setNote] = useState('');

  const save = async () => {
    const done = await toasts.runWrite(() => logTactic(db, conclusion.id, tactic, outcome, note, undo));
    if (done === undefined) return;
    setLogging(false);
    setNote('');
  };

  return (
    <section className="conclusion-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conclusionsScreen.tactics.heading')}</h3>
      {!logging && <button type="button" className="button small" onClick={() => setLogging(true)}>{t('conclusionsScreen.tactics.log')}</button>}
      {logging && (
        <form
          className="conclusion-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setLogging(false);
          }}
        >
          <label>
            <span>{t('conclusionsScreen.tactics.tactic')}</span>
            <select autoFocus value={tactic} onChange={(event) => setTactic(asTactic(event.currentTarget.value))}>
              {VERIFICATION_TACTICS.map((option) => <option key={option} value={option}>{t(`conclusionsScreen.tactic.${option}`)}</option>)}
            </select>
          </label>
          <label>
            <span>{t('conclusionsScreen.tactics.outcome')}</span>
            <select value={outcome} onChange={(event) => setOutcome(asOutcome(event.currentTarget.value))}>
              {OUTCOMES.map((option) => <option key={option} value={option}>{t(`conclusionsScreen.outcome.${option}`)}</option>)}
            </select>
          </label>
          <label className="conclusion-reason">
            <span>{t('conclusionsScreen.tactics.note')}</span>
            <input type="text" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
          </label>
          <button type="submit" className="button primary small">{t('conclusionsScreen.tactics.save')}</button>
          <button type="button" className="button small" onClick={() => setLogging(false)}>{t('conclusionsScreen.cancel')}</button>
        </form>
      )}
      {conclusion.tactics.length === 0 ? <p className="muted">{t('conclusionsScreen.tactics.none')}</p> : (
        <ol className="conclusion-history" aria-label={t('conclusionsScreen.tactics.list')}>
          {[...conclusion.tactics].reverse().map((entry) => (
            <li key={entry.id}>
              <strong>{t(`conclusionsScreen.tactic.${entry.tactic}`)}</strong>: {t(`conclusionsScreen.outcome.${entry.outcome}`)}{' '}
              <span className="muted small">{t('conclusionsScreen.byWhen', { who: coderName(entry.coderId), when: formatDateTime(entry.at) })}</span>
              {entry.note !== '' && <span className="conclusion-history-reason">{entry.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
