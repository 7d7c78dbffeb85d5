// "Link a transcript correction": the corrections made to the item's source through correction mode (newest first,
// from the audit trail), one to link with a note; and "Correct the transcript…", which opens that source in its
// correction mode so the correction can be made first and linked on return.
import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, MemberCheck, MemberCheckItem } from '../../../shared/model/index.ts';
import { listCoders } from '../../data/coders.ts';
import { addOutcome, sourceCorrections } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useUndoManager } from '../../services/UndoContext.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';
import { useRecordWrite } from './useRecordWrite.ts';

type Props = {
  check: MemberCheck;
  item: MemberCheckItem;
  sourceIds: readonly Id[];
  data: MemberCheckData;
  navigate: (route: Route) => void;
  onDone: () => void;
};

export const CorrectionOutcomeForm = ({ check, item, sourceIds, data, navigate, onDone }: Props) => {
  const { t, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const write = useRecordWrite();
  const groupId = useId();
  const [sourceId, setSourceId] = useState<Id>(sourceIds[0] ?? '');
  const [correctedAt, setCorrectedAt] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const corrections = useLiveQuery(() => (sourceId === '' ? [] : sourceCorrections(db, sourceId)), [db, sourceId]);
  const coders = useLiveQuery(() => listCoders(db), [db]);
  const linked = new Set(item.outcomes.flatMap((outcome) => (outcome.kind === 'transcript-correction' && outcome.sourceId === sourceId ? [outcome.correctedAt] : [])));
  const coderName = (id: Id) => coders?.find((coder) => coder.id === id)?.name ?? id;

  const link = async () => {
    if (correctedAt === null) return;
    const done = await write(() => addOutcome(db, check.id, item.id, { kind: 'transcript-correction', sourceId, correctedAt, note: note.trim() }, undo));
    if (done) onDone();
  };

  return (
    <form
      className="member-check-inline-form member-check-column"
      onSubmit={(event) => {
        event.preventDefault();
        void link();
      }}
    >
      {sourceIds.length > 1 && (
        <label className="member-check-field">
          <span>{t('memberChecksScreen.correction.source')}</span>
          <select value={sourceId} onChange={(event) => { setSourceId(event.currentTarget.value); setCorrectedAt(null); }}>
            {sourceIds.map((id) => <option key={id} value={id}>{data.sources.get(id)?.title ?? id}</option>)}
          </select>
        </label>
      )}
      <fieldset className="member-check-corrections" aria-describedby={groupId}>
        <legend>{t('memberChecksScreen.correction.legend', { title: data.sources.get(sourceId)?.title ?? '' })}</legend>
        {corrections !== undefined && corrections.length === 0 && <p id={groupId} className="muted small">{t('memberChecksScreen.correction.none')}</p>}
        {corrections?.map((correction) => (
          <label key={correction.at} className="checkbox-row">
            <input
              type="radio"
              name={`${item.id}-correction`}
              disabled={linked.has(correction.at)}
              checked={correctedAt === correction.at}
              onChange={() => setCorrectedAt(correction.at)}
            />
            <span>
              {t('memberChecksScreen.correction.entry', { when: formatDateTime(correction.at), who: coderName(correction.actorId) })}
              {linked.has(correction.at) && <span className="muted small"> · {t('memberChecksScreen.correction.linked')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <label className="member-check-field member-check-wide">
        <span>{t('memberChecksScreen.outcome.note')}</span>
        <input type="text" value={note} onChange={(event) => setNote(event.currentTarget.value)} />
      </label>
      <div className="member-check-buttons">
        <button type="submit" className="button primary small" disabled={correctedAt === null}>{t('memberChecksScreen.correction.link')}</button>
        <button type="button" className="button small" disabled={sourceId === ''} onClick={() => navigate({ screen: 'source', sourceId, correct: true, fromMemberCheckId: check.id })}>
          {t('memberChecksScreen.correction.open')}
        </button>
        <button type="button" className="button small" onClick={onDone}>{t('memberChecksScreen.cancel')}</button>
      </div>
    </form>
  );
};
