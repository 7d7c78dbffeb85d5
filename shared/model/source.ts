// A source: one imported document with its canonical plain text and its structure.
import type { Id, IsoDate, IsoInstant } from './ids.ts';

/** The data-collection technique; a triangulation dimension. */
export type SourceKind = 'interview' | 'observation' | 'document' | 'other';

export const SOURCE_KINDS: readonly SourceKind[] = ['interview', 'observation', 'document', 'other'];

export type SourceFormat = 'txt' | 'md' | 'docx' | 'odt' | 'pdf' | 'vtt' | 'srt';

/**
 * A structural block of the canonical text: a paragraph, or a speaker turn.
 * `start`/`end` are UTF-16 offsets into Source.text, half-open [start, end).
 * A turn's range covers its spoken words, not the speaker label.
 */
export type Turn = {
  start: number;
  end: number;
  /** Speaker label as found in the file (after renames), or null for a plain paragraph. */
  speaker: string | null;
  /** Timestamp as written in the source ("00:01:02" or "00:01:02.500"), or null. */
  timestamp: string | null;
  /** Page number (1-based) for paginated sources such as PDF, else null. */
  page?: number | null;
};

export type Source = {
  id: Id;
  projectId: Id;
  kind: SourceKind;
  title: string;
  informantIds: Id[];
  /** Speaker label → informant id, set when the user links a speaker to an informant. */
  speakerLinks: Record<string, Id>;
  date: IsoDate | null;
  /** BCP-47 language tag ("en", "id"). */
  language: string;
  format: SourceFormat;
  originalFileName: string;
  /** Lower-case hex SHA-256 of the original file bytes. */
  sha256: string;
  byteSize: number;
  /** Canonical plain text: every offset in the project points into this string. */
  text: string;
  turns: Turn[];
  importedAt: IsoInstant;
  updatedAt: IsoInstant;
};
