// Words for the audit trail's raw values: an action ("rename", "undo-merge") and an object type ("summarySheet"), in
// the UI language; a value no catalog names (an action a later version added) is shown as written.
import { englishMessages } from '../../shared/i18n/en/index.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import type { Translator } from './useTranslation.ts';

const known = (key: string): key is MessageKey => Object.hasOwn(englishMessages, key);

export const actionLabel = (action: string, { t }: Pick<Translator, 't'>): string => {
  const replay = /^(undo|redo)-(.+)$/.exec(action);
  if (replay !== null) return t(replay[1] === 'undo' ? 'audit.action.undo' : 'audit.action.redo', { action: actionLabel(replay[2], { t }) });
  const key = `audit.action.${action}`;
  return known(key) ? t(key) : action.replace(/-/g, ' ');
};

export const objectTypeLabel = (objectType: string, { t }: Pick<Translator, 't'>): string => {
  const key = `audit.object.${objectType}`;
  return known(key) ? t(key) : objectType;
};
