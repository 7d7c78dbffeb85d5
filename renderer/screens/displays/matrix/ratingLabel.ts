// A checklist rating as the researcher reads it: the default scale's ratings through i18n, a custom scale's as typed.
import type { MessageKey } from '../../../../shared/i18n/translate.ts';
import type { Translator } from '../../../i18n/useTranslation.ts';

const DEFAULT_RATING_KEYS: Readonly<Record<string, MessageKey>> = {
  strong: 'displays.rating.strong',
  present: 'displays.rating.present',
  sketchy: 'displays.rating.sketchy',
  absent: 'displays.rating.absent',
};

export const ratingLabel = (t: Translator['t'], rating: string): string =>
  Object.hasOwn(DEFAULT_RATING_KEYS, rating) ? t(DEFAULT_RATING_KEYS[rating]) : rating;
