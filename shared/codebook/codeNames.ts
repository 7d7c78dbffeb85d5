// Code-name rules: trimming, the length limit and the case-insensitive "one name per parent" check.
import type { Code } from '../model/index.ts';
import type { Id } from '../model/ids.ts';
import { CodebookError } from './codebookError.ts';

export const MAX_CODE_NAME_LENGTH = 200;

/** Collapses inner runs of whitespace and trims, so "  Business   networks " is stored as "Business networks". */
export const normalizeCodeName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** The key two names clash on: normalised, Unicode NFC and case-folded. */
export const codeNameKey = (name: string): string => normalizeCodeName(name).normalize('NFC').toLocaleLowerCase('und');

/** Returns the normalised name or throws when it is empty or too long. */
export const validCodeName = (name: string): string => {
  const normalized = normalizeCodeName(name);
  if (normalized === '') throw new CodebookError('codebook.error.nameEmpty');
  if (normalized.length > MAX_CODE_NAME_LENGTH) throw new CodebookError('codebook.error.nameTooLong', { max: MAX_CODE_NAME_LENGTH });
  return normalized;
};

/** Throws when a sibling under `parentId` (other than `exceptId`) already carries `name`. */
export const assertNameFreeUnder = (codes: readonly Code[], parentId: Id | null, name: string, exceptId: Id | null): void => {
  const key = codeNameKey(name);
  const clash = codes.find((code) => code.parentId === parentId && code.id !== exceptId && codeNameKey(code.name) === key);
  if (clash === undefined) return;
  const parent = parentId === null ? undefined : codes.find((code) => code.id === parentId);
  if (parent === undefined) throw new CodebookError('codebook.error.duplicateNameTop', { name: clash.name });
  throw new CodebookError('codebook.error.duplicateName', { name: clash.name, parent: parent.name });
};

/** Longest in-vivo name before it is cut at a word boundary. */
export const IN_VIVO_NAME_LENGTH = 60;

/**
 * The name of an in-vivo code taken from the selected words: whitespace collapsed, surrounding quotes and
 * punctuation removed, cut at a word boundary with "…" when long. Empty when the selection has no words.
 */
export const inVivoCodeName = (selectedText: string): string => {
  const words = normalizeCodeName(selectedText).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (words.length <= IN_VIVO_NAME_LENGTH) return words;
  const cut = words.slice(0, IN_VIVO_NAME_LENGTH);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > IN_VIVO_NAME_LENGTH / 2 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
};
