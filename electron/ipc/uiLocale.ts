// The UI language in main: a small JSON file in the app's data folder ({"locale":"id"}), read at start so the native
// menus open in the language of the last session, and written whenever the renderer reports a choice. Main switches
// its own i18n locale too, so its dialogs and messages follow, and rebuilds the menu through `changed`.
import { chooseLocale, isLocale } from '../../shared/i18n/locales.ts';
import { setLocale, type Locale } from '../../shared/i18n/translate.ts';

export type UiLocaleDeps = {
  /** e.g. <userData>/ui-locale.json */
  settingsFile: string;
  readFile: (file: string) => Promise<string>;
  writeFile: (file: string, text: string) => Promise<void>;
  /** The system's preferred languages (app.getPreferredSystemLanguages()), used when nothing was saved yet. */
  systemLanguages: () => readonly string[];
  /** Told after every change, e.g. to rebuild the application menu. */
  changed: (locale: Locale) => void;
};

/** A missing, damaged or foreign file is read as no choice: the language is a convenience, never a reason to fail. */
export const parseSavedUiLocale = (text: string): Locale | null => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'locale' in value && isLocale(value.locale)) return value.locale;
  } catch {
    // Not JSON: no saved choice.
  }
  return null;
};

export const createUiLocale = (deps: UiLocaleDeps) => {
  let current: Locale = 'en';
  return {
    current: (): Locale => current,
    /** At start: the saved language, else the system's, else English; applied to main's messages. */
    load: async (): Promise<Locale> => {
      const saved = parseSavedUiLocale(await deps.readFile(deps.settingsFile).catch(() => ''));
      // A system that cannot name its languages starts in English rather than failing the start-up.
      const system = ((): readonly string[] => {
        try {
          return deps.systemLanguages();
        } catch {
          return [];
        }
      })();
      current = chooseLocale(saved, system);
      setLocale(current);
      return current;
    },
    /** The renderer's choice (already validated by the IPC layer): applied, the menu rebuilt, then remembered. */
    choose: async (locale: Locale): Promise<void> => {
      const changed = locale !== current;
      current = locale;
      setLocale(locale);
      if (changed) deps.changed(locale);
      await deps.writeFile(deps.settingsFile, `${JSON.stringify({ locale })}\n`);
    },
  };
};
