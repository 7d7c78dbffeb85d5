// React access to the shared i18n layer: components call useTranslation() rather than importing translate.ts directly,
// and every component that does re-renders when the language is switched (the hook subscribes to setLocale).
import { useSyncExternalStore } from 'react';
import { formatDate, formatDateTime, formatNumber, getLocale, subscribeToLocale, t } from '../../shared/i18n/translate.ts';
import type { Locale, MessageKey, MessageParams } from '../../shared/i18n/translate.ts';

export type Translator = {
  t: (key: MessageKey, params?: MessageParams) => string;
  formatDate: (isoDate: string) => string;
  formatDateTime: (isoInstant: string) => string;
  formatNumber: (value: number) => string;
  locale: Locale;
};

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
