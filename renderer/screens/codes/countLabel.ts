// "1 coding" / "7 codings": picks the singular or plural message of a counted unit by the locale's plural rules.
import { getLocale, t } from '../../../shared/i18n/translate.ts';

export type CountedUnit = 'coding' | 'subCode' | 'source' | 'code' | 'duplicate';

export const countLabel = (unit: CountedUnit, count: number): string => {
  const form = new Intl.PluralRules(getLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`codes.unit.${unit}.${form}`, { count });
};
