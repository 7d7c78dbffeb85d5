// The sentence shown when a code-tree action is refused: CodebookError and DataError carry i18n keys.
import { CodebookError } from '../../shared/codebook/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import { describeError } from '../services/errorMessage.ts';

export const codeErrorMessage = (error: unknown): string =>
  error instanceof CodebookError ? t(error.key, error.params) : describeError(error);
