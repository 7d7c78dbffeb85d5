// What each format importer hands back to importFile before the metadata guesses are made.
import type { Turn } from '../model/index.ts';

export type ParsedDocument = {
  text: string;
  turns: Turn[];
  speakers: string[];
  /** A heading or title the format marked as such, used as the source title when present. */
  titleHint: string | null;
  /** The start of the file as written (including parts left out of the text, such as WebVTT NOTE blocks). */
  headerText: string;
};

/** How much of the beginning of a file the guesses (date, kind) look at. */
export const HEADER_LENGTH = 2000;
