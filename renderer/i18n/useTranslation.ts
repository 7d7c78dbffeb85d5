// React access to the shared i18n layer: components call useTranslation() rather than importing translate.ts directly,
// so a later locale switch only has to re-render from here.
import { useSyncExternalStore } from 'react';
import { formatDate, formatDateTime, formatNumber, getLocale, t } from '../../shared/i18n/translate.ts';
import type { Locale, MessageKey, MessageParams } from '../../shared/i18n/translate.ts';

export type Translator = {
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (isoDate: string) => string;
  formatDateTime: (isoInstant: string) => string;
  formatNumber: (value: number) => string;
  locale: Locale;
};

const subscribeToLocale = (): (() => void) => () => undefined;

export const useTranslation = (): Translator => {
  const locale = useSyncExternalStore(subscribeToLocale, getLocale, getLocale);
  return {
    t: (key, params) => t(key, params, locale),
    formatDate: (isoDate) => formatDate(isoDate, locale),
    formatDateTime: (isoInstant) => formatDateTime(isoInstant, locale),
    formatNumber: (value) => formatNumber(value, locale),
    locale,
  };
};
