// "Add excerpts…": the coded excerpts of the conclusion's linked codes, each with a checkbox, added as supporting or
// disconfirming evidence. Excerpts already on the conclusion with that stance are left out.
import { useId, useMemo, useState } from 'react';
import type { Conclusion, EvidenceStance, Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { addEvidence } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = { conclusion: Conclusion; evidence: ConclusionEvidence; onClose: () => void };

export const AddExcerptsPicker = ({ conclusion, evidence, onClose }: Props) => {
  const { t, formatDate } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const [stance, setStance] = useState<EvidenceStance>('supporting');
  const [chosen, setChosen] = useState<Id[]>([]);
  const all = useMemo(() => evidence.cards.ofCodes(conclusion.codeIds), [evidence, conclusion.codeIds]);
  const present = new Set(conclusion.evidence.flatMap((item) => (item.stance === stance && item.target.kind === 'coding' ? [item.target.codingId] : [])));
  const offered = all.filter((card) => !present.has(card.codingId));
  const toggle = (id: Id) => setChosen((current) => (current.includes(id) ? current.filter((other) => other !== id) : [...current, id]));

  const add = async () => {
    const done = await toasts.runWrite(async () => {
      for (const codingId of chosen) await addEvidence(db, conclusion.id, { kind: 'coding', codingId }, stance, '', undo);
      return true;
    });
    if (done === true) onClose();
  };

  return (
    <form
      className="add-excerpts"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <h4 id={headingId}>{t('conclusionsScreen.picker.heading')}</h4>
      <label>
        <span>{t('conclusionsScreen.picker.stance')}</span>
        <select autoFocus value={stance} onChange={(event) => setStance(event.currentTarget.value === 'disconfirming' ? 'disconfirming' : 'supporting')}>
          <option value="supporting">{t('conclusionsScreen.picker.supporting')}</option>
          <option value="disconfirming">{t('conclusionsScreen.picker.disconfirming')}</option>
        </select>
      </label>
      {conclusion.codeIds.length === 0 && <p className="muted">{t('conclusionsScreen.picker.noCodes')}</p>}
      {conclusion.codeIds.length > 0 && offered.length === 0 && <p className="muted">{t('conclusionsScreen.picker.noExcerpts')}</p>}
      <ul className="add-excerpts-list" aria-label={t('conclusionsScreen.picker.list')}>
        {offered.map((card) => (
          <li key={card.codingId}>
            <label>
              <input type="checkbox" checked={chosen.includes(card.codingId)} onChange={() => toggle(card.codingId)} />
              <span className="add-excerpt-quote">{card.quote}</span>
              <span className="muted small">
                {[card.informants.map((person) => person.pseudonym).join(', '), card.sourceTitle, card.date === null ? '' : formatDate(card.date)].filter((part) => part !== '').join(' · ')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div className="new-conclusion-actions">
        <button type="submit" className="button primary small" disabled={chosen.length === 0}>{t('conclusionsScreen.picker.add', { count: chosen.length })}</button>
        <button type="button" className="button small" onClick={onClose}>{t('conclusionsScreen.cancel')}</button>
      </div>
    </form>
  );
};
