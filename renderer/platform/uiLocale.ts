// Tells Electron's main process the UI language, so it rebuilds the native menus in it and remembers it for the next
// start; in the browser there is no native menu and nothing to tell.
import type { Locale } from '../../shared/i18n/translate.ts';
import { readBridge } from './platform.ts';

export const tellPlatformUiLocale = (locale: Locale): void => {
  // A menu left in the previous language is not worth an error: the page itself has switched.
  void readBridge()?.setUiLocale(locale).catch(() => undefined);
};
