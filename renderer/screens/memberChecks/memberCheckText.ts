// What the Member checks screen says about a record in words: the title of each thing returned (or that it is gone),
// the summary of the informant's answers, and the sources an item's transcript corrections can come from.
import {
  MEMBER_CHECK_LANGUAGES, MEMBER_CHECK_MODES, MEMBER_CHECK_RESPONSES, isAnswered,
  type Id, type MemberCheck, type MemberCheckItemTarget, type MemberCheckLanguage, type MemberCheckMode, type MemberCheckResponse,
} from '../../../shared/model/index.ts';
import { conclusionName } from '../../data/conclusions.ts';
import type { Translator } from '../../i18n/useTranslation.ts';
import type { MemberCheckData } from './useMemberCheckData.ts';

export const asMode = (value: string): MemberCheckMode => MEMBER_CHECK_MODES.find((mode) => mode === value) ?? 'in-person';
export const asLanguage = (value: string): MemberCheckLanguage => MEMBER_CHECK_LANGUAGES.find((language) => language === value) ?? 'en';
export const asResponse = (value: string): MemberCheckResponse => MEMBER_CHECK_RESPONSES.find((response) => response === value) ?? 'none';

/** One line naming a returned thing; `gone` when what it names no longer exists. */
export type TargetLine = { text: string; gone: boolean; conclusionId?: Id; sourceId?: Id };

export const targetLines = (target: MemberCheckItemTarget, data: MemberCheckData, t: Translator['t']): TargetLine[] => {
  switch (target.kind) {
    case 'transcript': {
      const source = data.sources.get(target.sourceId);
      return [source === undefined
        ? { text: t('memberChecksScreen.target.transcriptGone'), gone: true }
        : { text: t('memberChecksScreen.target.transcript', { title: source.title }), gone: false, sourceId: source.id }];
    }
    case 'summary': {
      const sheet = data.sheets.get(target.summarySheetId);
      const source = sheet === undefined ? undefined : data.sources.get(sheet.sourceId);
      return [sheet === undefined || source === undefined
        ? { text: t('memberChecksScreen.target.summaryGone'), gone: true }
        : { text: t('memberChecksScreen.target.summary', { title: source.title }), gone: false, sourceId: source.id }];
    }
    case 'excerpts': {
      const kept = target.codingIds.filter((id) => data.codingSources.has(id)).length;
      const lost = target.codingIds.length - kept;
      if (kept === 0) return [{ text: t('memberChecksScreen.target.excerptsGone', { count: lost }), gone: true }];
      return [{ text: t('memberChecksScreen.target.excerpts', { count: kept }), gone: false },
        ...(lost === 0 ? [] : [{ text: t('memberChecksScreen.target.excerptsGone', { count: lost }), gone: true }])];
    }
    case 'conclusions':
      return target.conclusionIds.map((id) => {
        const conclusion = data.conclusions.get(id);
        return conclusion === undefined
          ? { text: t('memberChecksScreen.target.conclusionGone'), gone: true }
          : { text: t('memberChecksScreen.target.conclusion', { statement: conclusionName(conclusion) }), gone: false, conclusionId: id };
      });
  }
};

/** "Transcript: Interview with Pak Harjo; Conclusion: …" — the item's label for the evidence dialog and the list. */
export const targetTitle = (target: MemberCheckItemTarget, data: MemberCheckData, t: Translator['t']): string =>
  targetLines(target, data, t).map((line) => line.text).join('; ');

/** "2 of 3 answered: 1 confirmed, 1 corrected", or "3 items, not answered yet". */
export const responseSummary = (check: MemberCheck, t: Translator['t']): string => {
  const answered = check.items.filter(isAnswered);
  if (answered.length === 0) return t('memberChecksScreen.summary.none', { count: check.items.length });
  const counts = MEMBER_CHECK_RESPONSES.flatMap((response) => {
    const count = answered.filter((item) => item.response === response).length;
    return response === 'none' || count === 0 ? [] : [t('memberChecksScreen.summary.response', { count, response: t(`memberChecksScreen.answer.${response}`) })];
  });
  return t('memberChecksScreen.summary.answered', { answered: answered.length, count: check.items.length, responses: counts.join(', ') });
};

/** The sources a returned item rests on: its transcript, its sheet's source, its excerpts' sources. */
export const sourcesOfTarget = (target: MemberCheckItemTarget, data: MemberCheckData): Id[] => {
  if (target.kind === 'transcript') return data.sources.has(target.sourceId) ? [target.sourceId] : [];
  if (target.kind === 'summary') {
    const sourceId = data.sheets.get(target.summarySheetId)?.sourceId;
    return sourceId !== undefined && data.sources.has(sourceId) ? [sourceId] : [];
  }
  if (target.kind === 'excerpts') return [...new Set(target.codingIds.flatMap((id) => data.codingSources.get(id) ?? []))].filter((id) => data.sources.has(id));
  return [];
};
