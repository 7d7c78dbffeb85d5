// The delete-source confirmation's message: what the source takes with it (its codings, the memos on it and on its
// codings, its kept original file), counted by the registry's cascade, so nobody deletes a month of coding thinking it is one file.
import { getLocale, pluralForm, t } from '../../../shared/i18n/translate.ts';
import type { DeletionImpact } from '../../data/deletionImpact.ts';

export const sourceDeletionMessage = (title: string, impact: DeletionImpact): string => {
  const codings = impact.codings ?? 0;
  const memos = impact.memos ?? 0;
  const parts = [
    ...(codings > 0 ? [t(`source.delete.codings.${pluralForm(codings)}`, { count: codings })] : []),
    ...(memos > 0 ? [t(`source.delete.memos.${pluralForm(memos)}`, { count: memos })] : []),
    ...((impact.sourceOriginals ?? 0) > 0 ? [t('originals.delete.part')] : []),
  ];
  if (parts.length === 0) return t('source.delete.messageEmpty', { title });
  const what = new Intl.ListFormat(getLocale(), { type: 'conjunction' }).format(parts);
  return t('source.delete.message', { title, what });
};
