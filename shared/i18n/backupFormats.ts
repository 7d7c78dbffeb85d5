// How a listing of backups shows them, through Intl: a file's size with its unit ("340 kB", "1.2 MB", "1,2 MB":
// decimal units, as file managers on macOS and in GNOME show them, one decimal at most), and when it was saved to
// the second (a busy session writes several backups within one minute, which the short time would not tell apart).
import { getLocale, type Locale } from './translate.ts';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

const formats = new Map<string, Intl.NumberFormat>();

const unitFormat = (locale: Locale, unit: (typeof UNITS)[number]): Intl.NumberFormat => {
  const key = `${locale}:${unit}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 });
    formats.set(key, format);
  }
  return format;
};

export const formatByteSize = (bytes: number, locale: Locale = getLocale()): string => {
  let unitIndex = 0;
  let value = bytes;
  while (value >= 1000 && unitIndex < UNITS.length - 1) {
    value /= 1000;
    unitIndex += 1;
  }
  // 999.96 kB rounds to "1,000 kB"; show it as the next unit instead.
  if (unitIndex > 0 && unitIndex < UNITS.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unitIndex += 1;
  }
  return unitFormat(locale, UNITS[unitIndex]).format(value);
};

const secondsFormats = new Map<string, Intl.DateTimeFormat>();

export const formatSavedAt = (isoInstant: string, locale: Locale = getLocale()): string => {
  let format = secondsFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    secondsFormats.set(locale, format);
  }
  return format.format(new Date(isoInstant));
};
