// English messages of the UI language switch in Settings. Each language is named in itself (an autonym), so a user who
// cannot read the current language still finds their own.
export const languageMessages = {
  'language.settings.title': 'Language',
  'language.settings.legend': 'Language of the app',
  'language.settings.help': 'Menus, screens and messages switch at once; your projects’ own text is not changed. The choice is remembered on this computer.',
  'language.name.en': 'English',
  'language.name.id': 'Bahasa Indonesia',
  'language.settings.saveFailed': 'The language was switched, but could not be remembered for the next start: {reason}',
} as const;
