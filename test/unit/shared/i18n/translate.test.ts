// The i18n layer: placeholders, English fallback, and Intl formatting of numbers, plurals and dates.
import { afterEach, describe, expect, it } from 'vitest';
import { indonesianMessages } from '../../../../shared/i18n/id/index.ts';
import { formatDate, formatNumber, pluralCategory, setLocale, t } from '../../../../shared/i18n/translate.ts';
import { englishMessages } from '../../../../shared/i18n/en/index.ts';

afterEach(() => setLocale('en'));

describe('translate', () => {
  it('fills placeholders and formats numeric ones for the locale', () => {
    expect(t('import.error.empty', { file: 'I01.txt' })).toBe('I01.txt: the file is empty.');
    expect(t('import.error.tooLarge', { file: 'a.pdf', size: 1234.5, limit: 100 })).toContain('1,234.5 MB');
    expect(formatNumber(1234567.5, 'id')).toBe('1.234.567,5');
  });

  // The Indonesian catalog is complete (catalogCompleteness.test.ts), so no key falls back to English any more.
  it('uses the Indonesian text in Indonesian and the English one in English', () => {
    setLocale('id');
    expect(t('import.error.empty', { file: 'x.txt' })).toBe(indonesianMessages['import.error.empty']?.replace('{file}', 'x.txt'));
    expect(t('import.error.empty', { file: 'x.txt' }, 'en')).toBe(englishMessages['import.error.empty'].replace('{file}', 'x.txt'));
  });

  it('shows a calendar date as the same day in every time zone, and leaves unreadable dates as written', () => {
    expect(formatDate('2024-03-12', 'en')).toBe('Mar 12, 2024');
    expect(formatDate('2024-03-12', 'id')).toMatch(/^12 Mar 2024$/);
    expect(formatDate('sometime in 2024', 'en')).toBe('sometime in 2024');
  });

  it('picks plural categories by the locale rules', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(7, 'en')).toBe('other');
    // Indonesian has no grammatical plural.
    expect(pluralCategory(1, 'id')).toBe('other');
  });

  it('chooses the plural variant of a message by the count and the locale, with # as the formatted count', () => {
    expect(t('source.speakers.turns', { count: 1 })).toBe('1 turn');
    expect(t('source.speakers.turns', { count: 1200 })).toBe('1,200 turns');
    expect(t('source.speakers.turns', { count: 0 })).toBe('0 turns');
  });
});
