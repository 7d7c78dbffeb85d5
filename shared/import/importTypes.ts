// The contract every importer fulfils: bytes of one file in, one ImportedSource or one refusal out.
import type { IsoDate, SourceFormat, SourceKind, Turn } from '../model/index.ts';

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
