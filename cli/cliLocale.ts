// The language of the CLI's own messages (help, usage problems, refusals, what a command prints): `--lang id|en`
// when given on the line (the option packet, codebook and report take for their document), else the POSIX locale
// variables in their order of precedence (LC_ALL, LC_MESSAGES, LANG: "id_ID.UTF-8" → Indonesian), else English.
import { localeFromLanguageTag } from '../shared/i18n/locales.ts';
import type { Locale } from '../shared/i18n/translate.ts';

const langOption = (argv: readonly string[]): string | null => {
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index];
    if (token === '--') return null;
    if (token === '--lang') return argv[index + 1] ?? null;
    if (token.startsWith('--lang=')) return token.slice('--lang='.length);
  }
  return null;
};

export const chooseCliLocale = (argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale => {
  const fromOption = localeFromLanguageTag(langOption(argv));
  if (fromOption !== null) return fromOption;
  // The first variable that is set decides, as for any POSIX program ("C" or "POSIX" means English).
  const posix = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return localeFromLanguageTag(posix) ?? 'en';
};
