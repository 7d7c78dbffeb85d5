// The error every codebook operation throws when it refuses a request; carries an i18n key so the UI can show it.
import { t, type MessageKey, type MessageParams } from '../i18n/translate.ts';

export class CodebookError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}) {
    super(t(key, params));
    this.name = 'CodebookError';
    this.key = key;
    this.params = params;
  }
}
