// The four ways of recording what changed because of an item's answer — link a transcript correction, change a
// conclusion's status, link a wording change, or keep it with a reason — each a button opening its small form;
// one form is open at a time, and Escape closes it.
import { useState } from 'react';
import type { MemberCheck, MemberCheckItem } from '../../../shared/model/index.ts';
import { addOutcome } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { ConclusionOutcomeForm } from './ConclusionOutcomeForm.tsx';
import { CorrectionOutcomeForm } from './CorrectionOutcomeForm.tsx';
import { sourcesOfTarget } from './memberCheckText.ts';
import type { MemberCheckData } from './useMemberCheckData.ts';
import { useRecordWrite } from './useRecordWrite.ts';

type Props = { check: MemberCheck; item: MemberCheckItem; data: MemberCheckData; navigate: (route: Route) => void };

type Open = 'correction' | 'status' | 'wording' | 'kept' | null;

export const OutcomeActions = ({ check, item, data, navigate }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const write = useRecordWrite();
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const sourceIds = sourcesOfTarget(item.target, data);
  const hasConclusions = data.conclusionList.length > 0;

  const keep = async () => {
    if (!(await write(() => addOutcome(db, check.id, item.id, { kind: 'kept', reason }, undo)))) return;
    setReason('');
    setOpen(null);
  };
  const button = (kind: Exclude<Open, null>, disabled = false) => (
    <button type="button" className="button small" aria-expanded={open === kind} disabled={disabled} onClick={() => setOpen(open === kind ? null : kind)}>
      {t(`memberChecksScreen.action.${kind}`)}
    </button>
  );

  return (
    <div
      className="member-check-outcome-actions"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open !== null) {
          event.stopPropagation();
          setOpen(null);
        }
      }}
    >
      <div className="member-check-buttons" role="group" aria-label={t('memberChecksScreen.action.group')}>
        {sourceIds.length > 0 && button('correction')}
        {button('status', !hasConclusions)}
        {button('wording', !hasConclusions)}
        {button('kept')}
      </div>
      {open === 'correction' && (
        <CorrectionOutcomeForm check={check} item={item} sourceIds={sourceIds} data={data} navigate={navigate} onDone={() => setOpen(null)} />
      )}
      {(open === 'status' || open === 'wording') && (
        <ConclusionOutcomeForm key={open} kind={open} check={check} item={item} data={data} navigate={navigate} onDone={() => setOpen(null)} />
      )}
      {open === 'kept' && (
        <form
          className="member-check-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void keep();
          }}
        >
          <label className="member-check-field member-check-wide">
            <span>{t('memberChecksScreen.kept.reason')}</span>
            <input type="text" autoFocus required value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
          </label>
          <button type="submit" className="button primary small" disabled={reason.trim() === ''}>{t('memberChecksScreen.kept.save')}</button>
          <button type="button" className="button small" onClick={() => setOpen(null)}>{t('memberChecksScreen.cancel')}</button>
        </form>
      )}
    </div>
  );
};
