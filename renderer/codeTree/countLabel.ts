// "1 coding" / "7 codings": picks the singular or plural message of a counted unit by the locale's plural rules.
import { pluralCategory, t } from '../../shared/i18n/translate.ts';

export type CountedUnit = 'coding' | 'subCode' | 'source' | 'code' | 'duplicate';

export const countLabel = (unit: CountedUnit, count: number): string => {
  const form = pluralCategory(count) === 'one' ? 'one' : 'other';
  return t(`codes.unit.${unit}.${form}`, { count });
};
