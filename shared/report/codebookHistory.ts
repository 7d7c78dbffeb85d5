// A code's change history as the codebook lists it: the code's events in the audit trail — the events the code's own
// history panel shows (objectHistory), worded the same way (historyWording: renames and merges name both codes) —
// oldest first, each as "date — what changed" in the document's language.
import { historyWording, objectHistory } from '../analysis/auditTrail.ts';
import { englishMessages } from '../i18n/en/index.ts';
import { formatDate, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import type { AuditEvent, Id } from '../model/index.ts';

const messageKey = (key: string): MessageKey | null => (Object.hasOwn(englishMessages, key) ? (key as MessageKey) : null);

/** An action in words: the codebook's own word, else the audit trail's, else as written ("undo-rename" reads "Undone: Renamed"). */
export const codebookActionLabel = (action: string, locale: Locale): string => {
  const replay = /^(undo|redo)-(.+)$/.exec(action);
  if (replay !== null) return t(replay[1] === 'undo' ? 'codebookExport.action.undo' : 'codebookExport.action.redo', { action: codebookActionLabel(replay[2], locale) }, locale);
  const key = messageKey(`codebookExport.action.${action}`) ?? messageKey(`audit.action.${action}`);
  return key === null ? action.replace(/-/g, ' ') : t(key, undefined, locale);
};

const changeText = (event: AuditEvent, locale: Locale): string => {
  const wording = historyWording(event);
  if (wording.kind === 'merge') return t('codebookExport.history.merged', { from: wording.from, into: wording.into }, locale);
  if (wording.kind === 'rename') return t('codebookExport.history.renamed', { from: wording.from, to: wording.to }, locale);
  const action = codebookActionLabel(event.action, locale);
  return wording.detail.trim() === '' ? action : t('codebookExport.history.entry', { action, detail: wording.detail }, locale);
};

/** The code's history lines, oldest first; empty when the trail holds nothing about it. */
export const codeHistoryItems = (events: readonly AuditEvent[], codeId: Id, locale: Locale): string[] =>
  objectHistory(events, codeId)
    .reverse()
    .map((event) => t('codebookExport.history.item', { date: formatDate(event.at.slice(0, 10), locale), change: changeText(event, locale) }, locale));
