// Turns anything thrown by a data write into a sentence for the user (DataError carries an i18n key).
import { t } from '../../shared/i18n/translate.ts';
import { DataError } from '../data/errors.ts';

export const describeError = (error: unknown): string => {
  if (error instanceof DataError) return t(error.key, error.params);
  if (error instanceof Error && error.message !== '') return error.message;
  return t('app.error.unknown');
};
