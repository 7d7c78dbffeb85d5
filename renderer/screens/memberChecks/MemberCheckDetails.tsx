// A record's dates sent and answered, mode and language, edited in place: a choice is saved at once, a date when the
// field is left or Enter is pressed (typing a year passes through dates nobody meant). A date the data layer refuses
// (answered before sent) is reported and the field goes back to what is stored.
import { useEffect, useRef, useState } from 'react';
import { MEMBER_CHECK_LANGUAGES, MEMBER_CHECK_MODES, type MemberCheck } from '../../../shared/model/index.ts';
import { updateMemberCheck, type MemberCheckDetails as Details } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { asLanguage, asMode } from './memberCheckText.ts';
import { useRecordWrite } from './useRecordWrite.ts';

type Props = { check: MemberCheck };

type DateField = 'sentOn' | 'answeredOn';

export const MemberCheckDetails = ({ check }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const write = useRecordWrite();
  const [dates, setDates] = useState({ sentOn: check.sentOn ?? '', answeredOn: check.answeredOn ?? '' });
  useEffect(() => setDates({ sentOn: check.sentOn ?? '', answeredOn: check.answeredOn ?? '' }), [check.sentOn, check.answeredOn]);

  const save = async (details: Details) => {
    if (await write(() => updateMemberCheck(db, check.id, details, undo))) return;
    written.current = { sentOn: check.sentOn, answeredOn: check.answeredOn };
    setDates({ sentOn: check.sentOn ?? '', answeredOn: check.answeredOn ?? '' });
  };
  // The date last written per field: Enter then leaving the field must not write the same date twice.
  const written = useRef<Record<DateField, string | null>>({ sentOn: check.sentOn, answeredOn: check.answeredOn });
  useEffect(() => {
    written.current = { sentOn: check.sentOn, answeredOn: check.answeredOn };
  }, [check.sentOn, check.answeredOn]);
  const saveDate = (field: DateField) => {
    const value = dates[field] === '' ? null : dates[field];
    if (value === written.current[field]) return;
    written.current[field] = value;
    void save({ [field]: value });
  };
  const dateInput = (field: DateField) => (
    <label className="member-check-field">
      <span>{t(`memberChecksScreen.field.${field}`)}</span>
      <input
        type="date"
        value={dates[field]}
        onChange={(event) => {
          const { value } = event.currentTarget;
          setDates((current) => ({ ...current, [field]: value }));
        }}
        onBlur={() => saveDate(field)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') saveDate(field);
        }}
      />
    </label>
  );

  return (
    <div className="member-check-fields">
      {dateInput('sentOn')}
      {dateInput('answeredOn')}
      <label className="member-check-field">
        <span>{t('memberChecksScreen.field.mode')}</span>
        <select value={check.mode} onChange={(event) => void save({ mode: asMode(event.currentTarget.value) })}>
          {MEMBER_CHECK_MODES.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.mode.${option}`)}</option>)}
        </select>
      </label>
      <label className="member-check-field">
        <span>{t('memberChecksScreen.field.language')}</span>
        <select value={check.language} onChange={(event) => void save({ language: asLanguage(event.currentTarget.value) })}>
          {MEMBER_CHECK_LANGUAGES.map((option) => <option key={option} value={option}>{t(`memberChecksScreen.language.${option}`)}</option>)}
        </select>
      </label>
    </div>
  );
};
