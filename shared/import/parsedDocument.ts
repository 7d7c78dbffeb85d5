// What each format importer hands back to importFile before the metadata guesses are made.
import type { Turn } from '../model/index.ts';
import type { DetectedEncoding, ImportedComment, ParsedWarning } from './importTypes.ts';
import type { TextEncodingName } from './textEncodings.ts';
import type { SpeakerLabelChoices } from './speakerTurns.ts';

/** What the review may change when a file is parsed again: the encoding (plain-text formats) and speaker labels. */
export type ParseChoices = { encoding?: TextEncodingName; speakerLabels?: SpeakerLabelChoices };

export type ParsedDocument = {
  text: string;
  turns: Turn[];
  speakers: string[];
  /** A heading or title the format marked as such, used as the source title when present. */
  titleHint: string | null;
  /** The start of the file as written (including parts left out of the text, such as WebVTT NOTE blocks). */
  headerText: string;
  /** Plain-text formats: the encoding the bytes were read as, and how it was decided. */
  encoding?: DetectedEncoding;
  /** What the importer changed or left out that the researcher should see in the review (importFile translates). */
  warnings?: ParsedWarning[];
  /** Running headers, footers and page numbers left out of the text (PDF), in order of first appearance. */
  removedLines?: string[];
  /** Word comments on ranges of the text; the app stores them as memos on the source, never in the text. */
  comments?: ImportedComment[];
};

/** How much of the beginning of a file the guesses (date, kind) look at. */
export const HEADER_LENGTH = 2000;
