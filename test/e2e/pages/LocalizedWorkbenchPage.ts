// Page model of the workbench in any UI language: names come from the catalogs (t(key, params, locale)) rather than
// English literals, the language switch in Settings, and the check that a screen shows no English UI text.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { englishMessages } from '../../../shared/i18n/en/index.ts';
import { t, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate.ts';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English UI phrases that must not be seen in `locale`: each English message split at its placeholders and
 * plural blocks into literal runs, kept when a run has two words or more and the message's text in `locale` differs
 * from the English (a message left in English is found; an autonym like "Bahasa Indonesia" is not).
 */
export const englishPhrases = (locale: Locale): Map<string, MessageKey[]> => {
  const phrases = new Map<string, MessageKey[]>();
  for (const key of Object.keys(englishMessages) as MessageKey[]) {
    const english = englishMessages[key];
    const translated = t(key, undefined, locale);
    if (translated === english) continue;
    for (const run of english.split(/\{\w+, plural,(?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+\s*\}|\{\w+\}/)) {
      const phrase = run.trim().replace(/^[\s.,;:()“”"'—–·-]+|[\s.,;:()“”"'—–·-]+$/g, '');
      if (phrase.split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word)).length >= 2 && !translated.includes(phrase)) phrases.set(phrase, [...(phrases.get(phrase) ?? []), key]);
    }
  }
  return phrases;
};

export class LocalizedWorkbenchPage {
  readonly page: Page;
  readonly locale: Locale;
  readonly navigation: Locator;

  constructor(page: Page, locale: Locale) {
    this.page = page;
    this.locale = locale;
    this.navigation = page.locator('nav.sidebar');
  }

  text(key: MessageKey, params?: MessageParams): string {
    return t(key, params, this.locale);
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.navigation).toBeVisible();
  }

  /** A sidebar entry by its catalog key (its name may be followed by a count). */
  async goTo(key: MessageKey): Promise<void> {
    await this.navigation.getByRole('button', { name: new RegExp(`^${escape(this.text(key))}`) }).click();
  }

  /** Settings → Language: picks `locale` (named in itself) with the keyboard, as a user without a mouse would. */
  async switchLanguage(to: Locale): Promise<void> {
    const radio = this.page.getByRole('radio', { name: t(to === 'id' ? 'language.name.id' : 'language.name.en', undefined, to), exact: true });
    await radio.focus();
    await this.page.keyboard.press('Space');
    await expect(radio).toBeChecked();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  /** The English UI phrases the visible page shows (document.body.innerText), each with the catalog keys holding it. */
  async englishOnScreen(): Promise<string[]> {
    const text = await this.page.evaluate(() => document.body.innerText);
    return [...englishPhrases(this.locale)]
      .filter(([phrase]) => text.includes(phrase))
      .map(([phrase, keys]) => `"${phrase}" (${keys.slice(0, 3).join(', ')}${keys.length > 3 ? ', …' : ''})`);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: false });
  }
}
