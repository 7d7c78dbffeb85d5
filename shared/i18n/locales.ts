// The UI languages Caseweave offers and how one is chosen: a saved choice when it names one of them, else the
// system's language (a BCP 47 tag such as "id-ID" or a POSIX locale such as "id_ID.UTF-8"), else English. Shared by
// the renderer, Electron's main process (which must refuse any other value from IPC) and the CLI.
import type { Locale } from './translate.ts';

export const LOCALES: readonly Locale[] = ['en', 'id'];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && LOCALES.some((locale) => locale === value);

/** The offered locale a system language names ("id", "id-ID", "id_ID.UTF-8", "in" → Indonesian), else null. */
export const localeFromLanguageTag = (tag: string | null | undefined): Locale | null => {
  if (typeof tag !== 'string') return null;
  const language = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  // "in" is the withdrawn ISO 639 code for Indonesian that older Java-based systems still report.
  if (language === 'id' || language === 'in') return 'id';
  if (language === 'en') return 'en';
  return null;
};

/** The saved choice if it is valid, else the first system language Caseweave offers, else English. */
export const chooseLocale = (saved: unknown, systemLanguages: readonly (string | null | undefined)[]): Locale => {
  if (isLocale(saved)) return saved;
  for (const tag of systemLanguages) {
    const found = localeFromLanguageTag(tag);
    if (found !== null) return found;
  }
  return 'en';
};
