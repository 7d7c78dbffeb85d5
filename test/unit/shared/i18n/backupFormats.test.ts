import { describe, expect, it } from 'vitest';
import { formatByteSize, formatSavedAt } from '../../../../shared/i18n/backupFormats.ts';

describe('formatByteSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [345_678, '345.7 kB'],
    [999_960, '1 MB'],
    [1_234_567, '1.2 MB'],
    [2_500_000_000, '2.5 GB'],
    [3_000_000_000_000, '3,000 GB'],
  ])('shows %i bytes as %s in English', (bytes, shown) => {
    expect(formatByteSize(bytes, 'en')).toBe(shown);
  });

  it('writes the decimal separator of the locale', () => {
    expect(formatByteSize(1_234_567, 'id')).toBe('1,2 MB');
  });
});

describe('formatSavedAt', () => {
  it('tells apart two backups of the same minute', () => {
    const first = formatSavedAt('2026-12-07T14:32:05.000Z', 'en');
    const second = formatSavedAt('2026-12-07T14:32:45.000Z', 'en');
    expect(first).not.toBe(second);
    expect(first).toMatch(/2026/);
  });
});
