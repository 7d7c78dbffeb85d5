// Counted phrases of the search screen ("1 hit" / "7 hits", "Code 1 hit" / "Code 3 hits", …): picks the
// singular or plural message by the locale's plural rules instead of comparing counts with 1 in each place.
import { pluralCategory, t } from '../../../shared/i18n/translate.ts';

export type PluralForm = 'one' | 'other';

export const pluralForm = (count: number): PluralForm => (pluralCategory(count) === 'one' ? 'one' : 'other');

export type SearchCountedPhrase = 'hits' | 'sources' | 'apply' | 'busy' | 'showMore' | 'shownOf';

const KEYS = {
  hits: 'search.count.hits',
  sources: 'search.count.sources',
  apply: 'search.codeAllHits.apply',
  busy: 'search.codeAllHits.busy',
  showMore: 'search.showMore',
  shownOf: 'search.shownOf',
} as const satisfies Record<SearchCountedPhrase, string>;

/** The phrase for `count` ({count} in the message), with any further placeholders from `params`. */
export const searchCountLabel = (phrase: SearchCountedPhrase, count: number, params: Record<string, string | number> = {}): string =>
  t(`${KEYS[phrase]}.${pluralForm(count)}`, { ...params, count });
