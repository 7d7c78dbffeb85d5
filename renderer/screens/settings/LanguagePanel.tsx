// Settings' language switch: English or Bahasa Indonesia, as a radio group (Tab reaches it, the arrow keys choose).
// The whole window switches at once (uiLocale.ts), the native menus follow, and the choice is remembered.
import { LOCALES } from '../../../shared/i18n/locales.ts';
import type { Locale, MessageKey } from '../../../shared/i18n/translate.ts';
import { switchUiLocale } from '../../i18n/uiLocale.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { describeError } from '../../services/errorMessage.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';

const LANGUAGE_NAMES: Record<Locale, MessageKey> = { en: 'language.name.en', id: 'language.name.id' };

export const LanguagePanel = () => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { notify } = useToasts();

  const choose = (next: Locale): void => {
    // The toast is written after the switch, so it is in the language just chosen.
    switchUiLocale(db, next).catch((error: unknown) => notify(t('language.settings.saveFailed', { reason: describeError(error) })));
  };

  return (
    <section className="panel" aria-labelledby="language-heading">
      <h2 id="language-heading" className="panel-title">{t('language.settings.title')}</h2>
      <fieldset className="language-choice" aria-describedby="language-help">
        <legend className="visually-hidden">{t('language.settings.legend')}</legend>
        {LOCALES.map((option) => (
          <label key={option} className="checkbox-row">
            <input type="radio" name="ui-language" value={option} lang={option} checked={locale === option} onChange={() => choose(option)} />
            <span lang={option}>{t(LANGUAGE_NAMES[option])}</span>
          </label>
        ))}
      </fieldset>
      <p id="language-help" className="muted small">{t('language.settings.help')}</p>
    </section>
  );
};
