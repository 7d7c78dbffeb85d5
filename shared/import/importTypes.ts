// The contract every importer fulfils: bytes of one file in, one ImportedSource or one refusal out.
import type { IsoDate, IsoInstant, SourceFormat, SourceKind, Turn } from '../model/index.ts';
import type { TextEncodingName } from './decodeText.ts';

/** How a plain-text file's encoding was decided: a byte-order mark, valid UTF-8, a fallback guess, or the user. */
export type DetectedEncoding = { name: TextEncodingName; how: 'bom' | 'valid' | 'assumed' | 'chosen' };

/** A change the importer made to the text, as data; importFile turns it into a translated ImportWarning. */
export type ParsedWarning = { code: ImportWarningCode; count?: number; detail?: string };

export type ImportWarningCode =
  | 'encodingAssumed'
  | 'nulBytesRemoved'
  | 'runningLinesRemoved'
  | 'commentsAsMemos'
  | 'trackedChangesApplied'
  | 'replacementCharacters';

export type ImportWarning = { code: ImportWarningCode; message: string };

/** A Word comment on [start, end) of the imported text, with its author and date when the file has them. */
export type ImportedComment = { start: number; end: number; author: string | null; date: IsoInstant | null; text: string };

export type ImportInput = {
  fileName: string;
  bytes: Uint8Array;
  /**
   * Set when the platform did not read the file's bytes (bytes is then empty): its real size when it was over the
   * platform's limit, or the reason it could not be read. importFile turns either into a refusal naming the file.
   */
  notRead?: { tooLargeBytes: number } | { unreadable: string };
};

/** What an importer produces; the app adds ids, project, informants and timestamps when it stores it. */
export type ImportedSource = {
  fileName: string;
  format: SourceFormat;
  /** Guessed from the file name, format and content; the user may change it before storing. */
  kind: SourceKind;
  title: string;
  /** Guessed BCP-47 language ("en", "id"), the user may change it. */
  language: string;
  /** A date found in the file's header or metadata, if any. */
  date: IsoDate | null;
  sha256: string;
  byteSize: number;
  text: string;
  turns: Turn[];
  /** Distinct speaker labels in order of first appearance. */
  speakers: string[];
  /** Plain-text formats only: the encoding the text was read as and how it was decided. */
  encoding?: DetectedEncoding;
  /** Translated notes for the review and the CLI's JSON: what was assumed, removed or turned into memos. */
  warnings?: ImportWarning[];
  /** Running headers, footers and page numbers left out of the text; the user may re-import keeping them. */
  removedLines?: string[];
  /** Word comments, stored as memos on the source anchored to their range. */
  comments?: ImportedComment[];
};

export type ImportRefusalReason =
  | 'empty'
  | 'unsupported'
  | 'tooLarge'
  | 'notPdf'
  | 'corrupt'
  | 'encrypted'
  | 'encoding'
  | 'zipUnsafe'
  | 'timeout'
  | 'noText'
  /** The caller aborted the import (ImportOptions.signal). */
  | 'cancelled';

/** Thrown by importers for bad input; never carries a stack trace to the user. */
export class ImportRefusal extends Error {
  readonly reason: ImportRefusalReason;
  readonly detail: string;
  constructor(reason: ImportRefusalReason, detail = '') {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'ImportRefusal';
    this.reason = reason;
    this.detail = detail;
  }
}

export type ImportFailure = {
  fileName: string;
  reason: ImportRefusalReason;
  /** Translated, user-facing message naming the file and the reason. */
  message: string;
};

export type ImportOutcome = { ok: true; source: ImportedSource } | { ok: false; failure: ImportFailure };
