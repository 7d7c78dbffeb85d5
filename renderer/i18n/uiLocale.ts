// The UI language of the whole window. It is kept in the appState table (installation-wide, like the current coder,
// and written through commit like every other setting) and read once before the first paint, so the app never
// flashes English first; the saved choice wins, else the system language (navigator.languages), else English.
// Applying one sets the i18n layer's locale (every useTranslation re-renders), <html lang> and the native menus.
import { chooseLocale } from '../../shared/i18n/locales.ts';
import { setLocale, type Locale } from '../../shared/i18n/translate.ts';
import { readSavedUiLocale, saveUiLocale } from '../data/appState.ts';
import type { CaseweaveDatabase } from '../data/database.ts';
import { tellPlatformUiLocale } from '../platform/uiLocale.ts';

/** How long the first paint waits for the saved choice before using the system language. */
const START_READ_LIMIT_MS = 2000;

const systemLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
};

export const applyUiLocale = (locale: Locale): void => {
  setLocale(locale);
  document.documentElement.lang = locale;
  tellPlatformUiLocale(locale);
};

/** Start-up: the saved choice or the system's language, applied; a database that cannot be read falls back too. */
export const startUiLocale = async (db: CaseweaveDatabase): Promise<Locale> => {
  // A database another tab blocks from opening would hold the first paint forever; the app's own start reports it.
  const blocked = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), START_READ_LIMIT_MS));
  const saved = await Promise.race([readSavedUiLocale(db).catch(() => undefined), blocked]);
  const locale = chooseLocale(saved, systemLanguages());
  applyUiLocale(locale);
  return locale;
};

/** Settings → Language: switches at once, then remembers the choice for the next start. */
export const switchUiLocale = async (db: CaseweaveDatabase, locale: Locale): Promise<void> => {
  applyUiLocale(locale);
  await saveUiLocale(db, locale);
};
