// The toast after "Code selected hits": what was coded — the hits themselves, or passages of whole sentences,
// paragraphs or speaker turns and how many hits they hold — and how many already had the code, in the singular
// or plural the counts call for ("Coded 4 passages of whole sentences with Drying house (9 hits).").
import { t } from '../../../shared/i18n/translate.ts';
import type { TextUnit } from '../../../shared/text/textUnits.ts';
import { pluralForm, searchCountLabel } from './searchCountLabel.ts';

export type CodedHitsReport = {
  /** Ticked hits the codings cover. */
  hits: number;
  /** Codings written, and ranges the code already covered exactly. */
  created: number;
  skipped: number;
  scope: TextUnit;
  /** The code's path as shown. */
  code: string;
};

export const codedHitsMessage = ({ hits, created, skipped, scope, code }: CodedHitsReport): string => {
  if (created === 0) return t(`search.codeAllHits.nothingNew.${pluralForm(hits)}`, { skipped: hits, code });
  // One coding per hit: the hits themselves were coded.
  if (scope === 'hit' && created + skipped === hits) {
    if (skipped === 0) return t(`search.codeAllHits.done.${pluralForm(created)}`, { count: created, code });
    return t(`search.codeAllHits.skipped.${pluralForm(created)}.${pluralForm(skipped)}`, { count: created, skipped, code });
  }
  const params = {
    units: t(`search.codeAllHits.units.${scope}.${pluralForm(created)}`, { count: created }),
    hits: searchCountLabel('hits', hits),
    code,
  };
  if (skipped === 0) return t('search.codeAllHits.scoped', params);
  return t('search.codeAllHits.scopedSkipped', { ...params, skipped: t(`search.codeAllHits.alreadyCoded.${pluralForm(skipped)}`, { count: skipped }) });
};
