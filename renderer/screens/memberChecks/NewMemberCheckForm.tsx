// Recording a member check: the informant, what is returned to them (their transcripts, the summary sheets of those,
// chosen excerpts of their own words, conclusions: ReturnedChoices), the date it was sent, the mode and the language.
import { useId, useState } from 'react';
import {
  MEMBER_CHECK_LANGUAGES, MEMBER_CHECK_MODES, type Id, type MemberCheckLanguage, type MemberCheckMode,
} from '../../../shared/model/index.ts';
import type { NewMemberCheck } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { asLanguage, asMode } from './memberCheckText.ts';
import { NOTHING_PICKED, ReturnedChoices, targetsOf, type Picked } from './ReturnedChoices.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';

type Props = {
  projectId: Id;
  data: MemberCheckData;
  initialInformantId: Id | null;
  onCreate: (input: NewMemberCheck) => void;
  onCancel: () => void;
};

export const NewMemberCheckForm = ({ projectId, data, initialInformantId, onCreate, onCancel }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  const [informantId, setInformantId] = useState<Id>(initialInformantId ?? data.informantList[0]?.id ?? '');
  const [picked, setPicked] = useState<Picked>(NOTHING_PICKED);
  const [sentOn, setSentOn] = useState('');
  const [mode, setMode] = useState<MemberCheckMode>('in-person');
  const [language, setLanguage] = useState<MemberCheckLanguage>('en');
  const targets = targetsOf(picked);

  return (
    <form
      className="new-member-check-form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (targets.length === 0 || informantId === '') return;
        onCreate({ informantId, targets, sentOn: sentOn === '' ? null : sentOn, mode, language });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId}>{t('memberChecksScreen.new.heading')}</h2>
      <label className="member-check-field">
        <span>{t('memberChecksScreen.field.informant')}</span>
        <select
          autoFocus
          value={informantId}
          onChange={(event) => {
            setInformantId(event.currentTarget.value);
            setPicked(NOTHING_PICKED);
          }}
        >
          {data.informantList.map((informant) => <option key={informant.id} value={informant.id}>{informant.pseudonym}</option>)}
        </select>
      </label>
      <ReturnedChoices projectId={projectId} data={data} informantId={informantId} picked={picked} onPick={setPicked} />
      <div className="member-check-fields">
        <label className="member-check-field">
          <span>{t('memberChecksScreen.field.sentOn')}</span>
          <input type="date" value={sentOn} onChange={(event) => setSentOn(event.currentTarget.value)} />
        </label>
        <label className="member-check-field">
          <span>{t('memberChecksScreen.field.mode')}</span>
          <select value={mode} onChange={(event) => setMode(asMode(event.currentTarget.value))}>
            {MEMBER_CHECK_MODES.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.mode.${option}`)}</option>)}
          </select>
        </label>
        <label className="member-check-field">
          <span>{t('memberChecksScreen.field.language')}</span>
          <select value={language} onChange={(event) => setLanguage(asLanguage(event.currentTarget.value))}>
            {MEMBER_CHECK_LANGUAGES.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.language.${option}`)}</option>)}
          </select>
        </label>
      </div>
      <div className="member-check-actions">
        <button type="submit" className="button primary" disabled={targets.length === 0}>
          {t('memberChecksScreen.new.create', { count: targets.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>{t('memberChecksScreen.cancel')}</button>
      </div>
    </form>
  );
};
