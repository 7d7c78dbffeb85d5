// What a merge keeps of the merged code's codebook entry: its definition, criteria and example are appended to the
// target's, each marked with the merged code's name, so nothing a researcher wrote is lost and it can be edited
// into one text afterwards.
import { t } from '../i18n/translate.ts';
import type { Code } from '../model/index.ts';

/** The codebook fields a merge carries over. */
export const MERGED_TEXT_FIELDS = ['definition', 'inclusionCriteria', 'exclusionCriteria', 'example'] as const;

/** `into` with `absorbed`'s text appended under a "merged from" mark; unchanged when it is empty or already there. */
const appendMerged = (into: string, absorbed: string, name: string): string => {
  const text = absorbed.trim();
  if (text === '' || into.includes(text)) return into;
  const marked = t('codebook.merge.mergedFrom', { name, text });
  return into.trim() === '' ? marked : `${into.trimEnd()}\n\n${marked}`;
};

/** The target code with the absorbed code's texts appended; the same object when nothing needed appending. */
export const withMergedTexts = (target: Code, absorbed: Code): Code => {
  let result = target;
  for (const field of MERGED_TEXT_FIELDS) {
    const value = appendMerged(result[field], absorbed[field], absorbed.name);
    if (value !== result[field]) result = { ...result, [field]: value };
  }
  return result;
};
