// Logging one verification tactic from the section that checked it (outliers, negative evidence): the tactic is fixed,
// the researcher picks the outcome and may reword the note the section prepared (what was looked at).
import { useState } from 'react';
import type { Id, TacticOutcome, VerificationTactic } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { logTactic } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { conclusionId: Id; tactic: VerificationTactic; note: string; onDone: () => void };

const OUTCOMES: readonly TacticOutcome[] = ['confirms', 'weakens', 'inconclusive', 'none-found'];
const asOutcome = (value: string): TacticOutcome => OUTCOMES.find((outcome) => outcome === value) ?? 'confirms';

export const LogTacticForm = ({ conclusionId, tactic, note: prepared, onDone }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const [outcome, setOutcome] = useState<TacticOutcome>('confirms');
  const [note, setNote] = useState(prepared);

  const save = async () => {
    const done = await toasts.runWrite(() => logTactic(db, conclusionId, tactic, outcome, note, undo));
    if (done === undefined) return;
    toasts.notify(t('verification.tactic.logged', { tactic: t(`conclusionsScreen.tactic.${tactic}`) }));
    onDone();
  };

  return (
    <form
      className="conclusion-inline-form"
      aria-label={t(`conclusionsScreen.tactic.${tactic}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <label>
        <span>{t('verification.tactic.outcome')}</span>
        <select autoFocus value={outcome} onChange={(event) => setOutcome(asOutcome(event.currentTarget.value))}>
          {OUTCOMES.map((option) => <option key={option} value={option}>{t(`conclusionsScreen.outcome.${option}`)}</option>)}
        </select>
      </label>
      <label className="conclusion-reason">
        <span>{t('verification.tactic.note')}</span>
        <input type="text" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      </label>
      <button type="submit" className="button primary small">{t('verification.tactic.save')}</button>
      <button type="button" className="button small" onClick={onDone}>{t('verification.tactic.cancel')}</button>
    </form>
  );
};
