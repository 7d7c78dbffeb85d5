// "Return more…" on a record's page: what is returned to the same informant later, chosen as in "New member check",
// added to the record in one undoable step. Escape or Cancel closes it without writing.
import { useId, useState } from 'react';
import type { Id, MemberCheck } from '../../../shared/model/index.ts';
import { addMemberCheckItems } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { NOTHING_PICKED, ReturnedChoices, targetsOf, type Picked } from './ReturnedChoices.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';
import { useRecordWrite } from './useRecordWrite.ts';

type Props = { projectId: Id; check: MemberCheck; data: MemberCheckData; onDone: () => void };

export const ReturnMoreForm = ({ projectId, check, data, onDone }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const write = useRecordWrite();
  const headingId = useId();
  const [picked, setPicked] = useState<Picked>(NOTHING_PICKED);
  const targets = targetsOf(picked);

  return (
    <form
      className="new-member-check-form member-check-return-more"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (targets.length === 0) return;
        void write(() => addMemberCheckItems(db, check.id, targets, undo)).then((done) => {
          if (done) onDone();
        });
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onDone();
      }}
    >
      <h4 id={headingId}>{t('memberChecksScreen.more.heading')}</h4>
      <ReturnedChoices projectId={projectId} data={data} informantId={check.informantId} picked={picked} onPick={setPicked} />
      <div className="member-check-actions">
        <button type="submit" className="button primary small" disabled={targets.length === 0}>
          {t('memberChecksScreen.more.add', { count: targets.length })}
        </button>
        <button type="button" className="button small" onClick={onDone}>{t('memberChecksScreen.cancel')}</button>
      </div>
    </form>
  );
};
