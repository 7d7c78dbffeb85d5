// The i18n layer: message catalogs per locale, placeholder interpolation, Intl formatting of numbers and dates.
import { englishMessages } from './en/index.ts';

export type MessageKey = keyof typeof englishMessages;
export type MessageParams = Record<string, string | number>;
export type Locale = 'en' | 'id';

/** Catalogs other than English may be partial; missing keys fall back to English. */
const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en: englishMessages,
  id: {},
};

let activeLocale: Locale = 'en';

export const setLocale = (locale: Locale): void => {
  activeLocale = locale;
};

export const getLocale = (): Locale => activeLocale;

/** Replaces `{name}` placeholders; numbers are formatted with Intl for the active locale. */
const interpolate = (template: string, params: MessageParams | undefined, locale: Locale): string =>
  params === undefined
    ? template
    : template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? formatNumber(value, locale) : value;
      });

export const t = (key: MessageKey, params?: MessageParams, locale: Locale = activeLocale): string => {
  const template = catalogs[locale][key] ?? englishMessages[key];
  return interpolate(template, params, locale);
};

export const formatNumber = (value: number, locale: Locale = activeLocale): string =>
  new Intl.NumberFormat(locale).format(value);

export const formatDate = (isoDate: string, locale: Locale = activeLocale): string => {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: isoDate.length === 10 ? 'UTC' : undefined }).format(date);
};

export const formatDateTime = (isoInstant: string, locale: Locale = activeLocale): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
