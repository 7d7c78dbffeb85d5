// A conclusion's member-check tally in words, the same on its page, in the CLI and in reports: "member-checked by n
// of m informants whose words it uses", and each answer as "pseudonym: response (what was returned), date".
import { formatDate, getLocale, t, type Locale } from '../i18n/translate.ts';
import type { Id } from '../model/index.ts';
import type { MemberCheckTally, MemberCheckVerdict } from './memberCheckTally.ts';

export const memberCheckCountText = (tally: Pick<MemberCheckTally, 'checked' | 'informants'>, locale: Locale = getLocale()): string =>
  t('memberCheckTally.count', { checked: tally.checked, informants: tally.informants }, locale);

/** One answer; the informant is named by pseudonym (`pseudonymOf` gives their id back when they are unknown). */
export const memberCheckVerdictText = (verdict: MemberCheckVerdict, pseudonymOf: (informantId: Id) => string, locale: Locale = getLocale()): string => {
  const words = {
    pseudonym: pseudonymOf(verdict.informantId), response: t(`memberCheckTally.response.${verdict.response}`, undefined, locale),
    returned: t(`memberCheckTally.returned.${verdict.returned}`, undefined, locale),
  };
  return verdict.answeredOn === null
    ? t('memberCheckTally.verdictUndated', words, locale)
    : t('memberCheckTally.verdict', { ...words, date: formatDate(verdict.answeredOn, locale) }, locale);
};
