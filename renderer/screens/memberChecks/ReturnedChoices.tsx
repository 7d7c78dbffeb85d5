// Choosing what is returned to an informant, shared by "New member check" and a record's "Return more…": their
// transcripts, the summary sheets of those, excerpts of their own words (read from the matrix data), conclusions.
// Each chosen transcript and sheet becomes one item; the chosen excerpts one item; the chosen conclusions one item.
import { useEffect, useMemo, useState } from 'react';
import type { Id, MemberCheckItemTarget } from '../../../shared/model/index.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { conclusionName } from '../../data/conclusions.ts';
import { matrixDataFor } from '../../data/matrixDataCache.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { informantExcerpts } from './informantExcerpts.ts';
import { ChoiceGroup, type Choice } from './ChoiceGroup.tsx';
import { sourcesOfInformant, type MemberCheckData } from './useMemberCheckData.ts';

export type Picked = { transcripts: Id[]; sheets: Id[]; excerpts: Id[]; conclusions: Id[] };
export const NOTHING_PICKED: Picked = { transcripts: [], sheets: [], excerpts: [], conclusions: [] };

export const targetsOf = (picked: Picked): MemberCheckItemTarget[] => [
  ...picked.transcripts.map((sourceId): MemberCheckItemTarget => ({ kind: 'transcript', sourceId })),
  ...picked.sheets.map((summarySheetId): MemberCheckItemTarget => ({ kind: 'summary', summarySheetId })),
  ...(picked.excerpts.length === 0 ? [] : [{ kind: 'excerpts', codingIds: picked.excerpts } satisfies MemberCheckItemTarget]),
  ...(picked.conclusions.length === 0 ? [] : [{ kind: 'conclusions', conclusionIds: picked.conclusions } satisfies MemberCheckItemTarget]),
];

type Props = { projectId: Id; data: MemberCheckData; informantId: Id; picked: Picked; onPick: (picked: Picked) => void };

export const ReturnedChoices = ({ projectId, data, informantId, picked, onPick }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
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
  const toggle = (group: keyof Picked) => (ids: Id[]) => onPick({ ...picked, [group]: ids });

  return (
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
  );
};
