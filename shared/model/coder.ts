// A coder: a person who codes, writes memos and appears in the audit trail. Records point at coders by their
// stable id, never by the typed name, so a renamed coder or a name spelled two ways cannot mix people up when
// projects are merged, coders compared or (later) work synced.
import type { Id, IsoInstant } from './ids.ts';

export type Coder = {
  id: Id;
  /** Display name, editable. */
  name: string;
  /** Short label shown beside codings (e.g. "DS"), editable. */
  initials: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export const MAX_CODER_INITIALS = 4;

/** Initials from a display name: the first letter of up to three words, upper-cased ("Dewi Sartika" → "DS"). */
export const initialsOf = (name: string): string => {
  const words = name.trim().split(/\s+/u).filter((word) => word !== '');
  const letters = words.slice(0, 3).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase();
};
