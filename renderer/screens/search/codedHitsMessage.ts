// The toast after "Code all hits": how many ticked hits got the code and how many already had it, in the
// singular or plural the counts call for ("Coded 1 hit …; 2 were already coded.").
import { t } from '../../../shared/i18n/translate.ts';
import { pluralForm } from './searchCountLabel.ts';

export const codedHitsMessage = (created: number, skipped: number, code: string): string => {
  if (skipped === 0) return t(`search.codeAllHits.done.${pluralForm(created)}`, { count: created, code });
  if (created === 0) return t(`search.codeAllHits.nothingNew.${pluralForm(skipped)}`, { skipped, code });
  return t(`search.codeAllHits.skipped.${pluralForm(created)}.${pluralForm(skipped)}`, { count: created, skipped, code });
};
