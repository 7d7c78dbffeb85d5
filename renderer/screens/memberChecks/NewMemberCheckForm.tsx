// Recording a member check: the informant, what is returned to them (their transcripts, the summary sheets of those,
// chosen excerpts of their own words, conclusions), the date it was sent, the mode and the language. Each transcript
// and sheet becomes one item; the chosen excerpts one item; the chosen conclusions one item.
import { useEffect, useId, useMemo, useState } from 'react';
import {
  MEMBER_CHECK_LANGUAGES, MEMBER_CHECK_MODES, type Id, type MemberCheckItemTarget, type MemberCheckLanguage, type MemberCheckMode,
} from '../../../shared/model/index.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { conclusionName } from '../../data/conclusions.ts';
import { matrixDataFor } from '../../data/matrixDataCache.ts';
import type { NewMemberCheck } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { informantExcerpts } from './informantExcerpts.ts';
import { asLanguage, asMode } from './memberCheckText.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { sourcesOfInformant, type MemberCheckData } from './useMemberCheckData.ts';

type Props = {
  projectId: Id;
  data: MemberCheckData;
  initialInformantId: Id | null;
  onCreate: (input: NewMemberCheck) => void;
  onCancel: () => void;
};

type Picked = { transcripts: Id[]; sheets: Id[]; excerpts: Id[]; conclusions: Id[] };
const NOTHING: Picked = { transcripts: [], sheets: [], excerpts: [], conclusions: [] };

const targetsOf = (picked: Picked): MemberCheckItemTarget[] => [
  ...picked.transcripts.map((sourceId): MemberCheckItemTarget => ({ kind: 'transcript', sourceId })),
  ...picked.sheets.map((summarySheetId): MemberCheckItemTarget => ({ kind: 'summary', summarySheetId })),
  ...(picked.excerpts.length === 0 ? [] : [{ kind: 'excerpts', codingIds: picked.excerpts } satisfies MemberCheckItemTarget]),
  ...(picked.conclusions.length === 0 ? [] : [{ kind: 'conclusions', conclusionIds: picked.conclusions } satisfies MemberCheckItemTarget]),
];

export const NewMemberCheckForm = ({ projectId, data, initialInformantId, onCreate, onCancel }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const headingId = useId();
  const [informantId, setInformantId] = useState<Id>(initialInformantId ?? data.informantList[0]?.id ?? '');
  const [picked, setPicked] = useState<Picked>(NOTHING);
  const [sentOn, setSentOn] = useState('');
  const [mode, setMode] = useState<MemberCheckMode>('in-person');
  const [language, setLanguage] = useState<MemberCheckLanguage>('en');
  const [matrix, setMatrix] = useState<MatrixData | null>(null);
  useEffect(() => {
    let live = true;
    void matrixDataFor(db, projectId).then((read) => {
      if (live) setMatrix(read.data);
    });
    return () => {
      live = false;
    };
  }, [db, projectId]);

  const transcripts = useMemo(() => sourcesOfInformant(data.sourceList, informantId), [data.sourceList, informantId]);
  const choices = useMemo(() => {
    const ownSources = new Map(transcripts.map((source) => [source.id, source.title]));
    return {
      transcripts: transcripts.map((source): Choice => ({ id: source.id, label: source.title })),
      sheets: data.sheetList.flatMap((sheet): Choice[] => {
        const title = ownSources.get(sheet.sourceId);
        return title === undefined ? [] : [{ id: sheet.id, label: t('memberChecksScreen.target.summary', { title }) }];
      }),
      excerpts: matrix === null ? null : informantExcerpts(matrix, informantId).map((excerpt): Choice => ({
        id: excerpt.codingId, label: `“${excerpt.quote}”`, detail: `${excerpt.codeName} · ${excerpt.sourceTitle}`,
      })),
      conclusions: data.conclusionList.map((conclusion): Choice => ({ id: conclusion.id, label: conclusionName(conclusion) })),
    };
  }, [transcripts, data.sheetList, data.conclusionList, matrix, informantId, t]);
  const targets = targetsOf(picked);
  const toggle = (group: keyof Picked) => (ids: Id[]) => setPicked((current) => ({ ...current, [group]: ids }));

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
            setPicked(NOTHING);
          }}
        >
          {data.informantList.map((informant) => <option key={informant.id} value={informant.id}>{informant.pseudonym}</option>)}
        </select>
      </label>
      <fieldset className="member-check-returned">
        <legend>{t('memberChecksScreen.new.returned')}</legend>
        <ChoiceGroup label={t('memberChecksScreen.new.transcripts')} empty={t('memberChecksScreen.new.noTranscripts')} choices={choices.transcripts} picked={picked.transcripts} onChange={toggle('transcripts')} />
        <ChoiceGroup label={t('memberChecksScreen.new.sheets')} empty={t('memberChecksScreen.new.noSheets')} choices={choices.sheets} picked={picked.sheets} onChange={toggle('sheets')} />
        <ChoiceGroup
          label={t('memberChecksScreen.new.excerpts')}
          empty={choices.excerpts === null ? t('memberChecksScreen.loading') : t('memberChecksScreen.new.noExcerpts')}
          choices={choices.excerpts ?? []}
          picked={picked.excerpts}
          onChange={toggle('excerpts')}
        />
        <ChoiceGroup label={t('memberChecksScreen.new.conclusions')} empty={t('memberChecksScreen.new.noConclusions')} choices={choices.conclusions} picked={picked.conclusions} onChange={toggle('conclusions')} />
      </fieldset>
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
