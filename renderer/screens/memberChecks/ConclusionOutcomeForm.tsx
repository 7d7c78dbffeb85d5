// "Change the conclusion's status…" and "Link a wording change": a conclusion to act on (those the item returned
// first), then either its new status with the reason it needs — the status change and the outcome are one write —
// or a note of the rewording, with a link that opens the conclusion to reword it.
import { useState } from 'react';
import { CONCLUSION_STATUSES, conclusionStatus, type ConclusionStatus, type Id, type MemberCheck, type MemberCheckItem } from '../../../shared/model/index.ts';
import { conclusionName } from '../../data/conclusions.ts';
import { addOutcome, changeConclusionStatusFromCheck } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';
import { useRecordWrite } from './useRecordWrite.ts';

type Props = {
  kind: 'status' | 'wording';
  check: MemberCheck;
  item: MemberCheckItem;
  data: MemberCheckData;
  navigate: (route: Route) => void;
  onDone: () => void;
};

const asStatus = (value: string): ConclusionStatus => CONCLUSION_STATUSES.find((status) => status === value) ?? 'tentative';

export const ConclusionOutcomeForm = ({ kind, check, item, data, navigate, onDone }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const write = useRecordWrite();
  const returned = item.target.kind === 'conclusions' ? item.target.conclusionIds.filter((id) => data.conclusions.has(id)) : [];
  const ordered = [...returned.flatMap((id) => data.conclusions.get(id) ?? []), ...data.conclusionList.filter((conclusion) => !returned.includes(conclusion.id))];
  const [conclusionId, setConclusionId] = useState<Id>(ordered[0]?.id ?? '');
  const current = data.conclusions.get(conclusionId);
  const [status, setStatus] = useState<ConclusionStatus>(current === undefined ? 'tentative' : conclusionStatus(current));
  const [text, setText] = useState('');
  const ready = current !== undefined && text.trim() !== '' && (kind === 'wording' || status !== conclusionStatus(current));

  const save = async () => {
    if (!ready) return;
    const done = await write(() => (kind === 'status'
      ? changeConclusionStatusFromCheck(db, check.id, item.id, conclusionId, status, text.trim(), undo)
      : addOutcome(db, check.id, item.id, { kind: 'conclusion-wording', conclusionId, note: text.trim() }, undo)));
    if (done) onDone();
  };

  return (
    <form
      className="member-check-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="member-check-field member-check-wide">
        <span>{t('memberChecksScreen.conclusion.pick')}</span>
        <select
          autoFocus
          value={conclusionId}
          onChange={(event) => {
            const picked = data.conclusions.get(event.currentTarget.value);
            setConclusionId(event.currentTarget.value);
            if (picked !== undefined) setStatus(conclusionStatus(picked));
          }}
        >
          {ordered.map((conclusion) => (
            <option key={conclusion.id} value={conclusion.id}>
              {conclusionName(conclusion)} ({t(`memberChecksScreen.status.${conclusionStatus(conclusion)}`)})
            </option>
          ))}
        </select>
      </label>
      {kind === 'status' && (
        <label className="member-check-field">
          <span>{t('memberChecksScreen.conclusion.status')}</span>
          <select value={status} onChange={(event) => setStatus(asStatus(event.currentTarget.value))}>
            {CONCLUSION_STATUSES.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.status.${option}`)}</option>)}
          </select>
        </label>
      )}
      <label className="member-check-field member-check-wide">
        <span>{t(kind === 'status' ? 'memberChecksScreen.conclusion.reason' : 'memberChecksScreen.conclusion.wordingNote')}</span>
        <input type="text" required value={text} onChange={(event) => setText(event.currentTarget.value)} />
      </label>
      <div className="member-check-buttons">
        <button type="submit" className="button primary small" disabled={!ready}>
          {t(kind === 'status' ? 'memberChecksScreen.conclusion.saveStatus' : 'memberChecksScreen.conclusion.saveWording')}
        </button>
        {kind === 'wording' && current !== undefined && (
          <button type="button" className="button small" onClick={() => navigate({ screen: 'conclusions', conclusionId })}>
            {t('memberChecksScreen.conclusion.open')}
          </button>
        )}
        <button type="button" className="button small" onClick={onDone}>{t('memberChecksScreen.cancel')}</button>
      </div>
    </form>
  );
};
