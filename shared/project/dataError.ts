// The one error type the data layer and the pure planners it shares with the CLI throw for things a user can fix (a
// taken name, a missing row, an empty pseudonym); the UI shows `error.message`, already translated, or re-translates
// `key` with `params`, and the CLI prints the message as the reason an input was refused.
import { t, type MessageKey, type MessageParams } from '../i18n/translate.ts';

export class DataError extends Error {
  readonly key: MessageKey;
  readonly params: MessageParams;
  constructor(key: MessageKey, params: MessageParams = {}) {
    super(t(key, params));
    // Not 'DataError': Dexie re-wraps errors of that name as its own IndexedDB DataError.
    this.name = 'CaseweaveDataError';
    this.key = key;
    this.params = params;
  }
}
