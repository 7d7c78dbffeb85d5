// The i18n layer: message catalogs per locale, placeholder interpolation, Intl formatting of numbers and dates.
import { englishMessages } from './en/index.ts';
import { indonesianMessages } from './id/index.ts';

export type MessageKey = keyof typeof englishMessages;
export type MessageParams = Record<string, string | number>;
export type Locale = 'en' | 'id';

/** Catalogs other than English may be partial; missing keys fall back to English. */
const catalogs: Record<Locale, Partial<Record<MessageKey, string>>> = {
  en: englishMessages,
  id: indonesianMessages,
};

let activeLocale: Locale = 'en';
const localeListeners = new Set<() => void>();

/** Sets the language `t` uses by default and tells the subscribers (the React hook) when it changed. */
export const setLocale = (locale: Locale): void => {
  if (locale === activeLocale) return;
  activeLocale = locale;
  for (const listener of [...localeListeners]) listener();
};

/** Calls `listener` after every change of the active locale; returns the unsubscribe function. */
export const subscribeToLocale = (listener: () => void): (() => void) => {
  localeListeners.add(listener);
  return () => {
    localeListeners.delete(listener);
  };
};

export const getLocale = (): Locale => activeLocale;

/** `{count, plural, one {# turn} other {# turns}}`: the variant for the count's plural category (or `other`). */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_VARIANT = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

const choosePlural = (variants: string, count: number, locale: Locale): string | undefined => {
  const found = new Map<string, string>();
  for (const [, selector, text] of variants.matchAll(PLURAL_VARIANT)) found.set(selector, text);
  return found.get(`=${count}`) ?? found.get(pluralCategory(count, locale)) ?? found.get('other');
};

/**
 * Replaces `{name}` placeholders (numbers formatted with Intl for the locale) and chooses plural variants
 * (`{count, plural, one {# source} other {# sources}}`, `#` standing for the formatted count) by the locale's rules.
 */
const interpolate = (template: string, params: MessageParams | undefined, locale: Locale): string => {
  if (params === undefined) return template;
  const plural = template.replace(PLURAL, (whole, name: string, variants: string) => {
    const count = params[name];
    if (typeof count !== 'number') return whole;
    return choosePlural(variants, count, locale)?.replace(/#/g, formatNumber(count, locale)) ?? whole;
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
};

export const t = (key: MessageKey, params?: MessageParams, locale: Locale = activeLocale): string => {
  const template = catalogs[locale][key] ?? englishMessages[key];
  return interpolate(template, params, locale);
};

/**
 * Intl formatters are costly to construct (a code tree of 80 rows re-rendering on every coding made one per row),
 * so each is built once per locale and kind.
 */
const memoise = <T>(make: (key: string) => T): ((key: string) => T) => {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
};

const numberFormat = memoise((locale) => new Intl.NumberFormat(locale));
const pluralRules = memoise((locale) => new Intl.PluralRules(locale));
const dateFormat = memoise((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const dateTimeFormat = memoise((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
const instantDateFormat = memoise((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));

export const formatNumber = (value: number, locale: Locale = activeLocale): string =>
  numberFormat(locale).format(value);

/** Plural category of a count ("one", "other", …) for choosing a message variant. */
export const pluralCategory = (count: number, locale: Locale = activeLocale): Intl.LDMLPluralRule =>
  pluralRules(locale).select(count);

/** The variant of a message that has a singular ("….one") and a plural ("….other") form only. */
export const pluralForm = (count: number, locale: Locale = activeLocale): 'one' | 'other' =>
  (pluralCategory(count, locale) === 'one' ? 'one' : 'other');

/** ISO calendar dates and instants only: V8's lenient parser would read "sometime in 2024" as 1 January. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export const formatDate = (isoDate: string, locale: Locale = activeLocale): string => {
  if (!ISO_DATE.test(isoDate)) return isoDate;
  const dateOnly = isoDate.length === 10;
  const date = new Date(dateOnly ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  // A calendar date is read and shown in UTC so it never shifts by a day in the user's time zone.
  return (dateOnly ? dateFormat(locale) : instantDateFormat(locale)).format(date);
};

export const formatDateTime = (isoInstant: string, locale: Locale = activeLocale): string =>
  dateTimeFormat(locale).format(new Date(isoInstant));
