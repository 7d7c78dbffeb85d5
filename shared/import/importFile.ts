// The single entry point of the importers: bytes of one file → ImportedSource or a translated refusal.
// Dispatches by extension, hashes the bytes, applies the size limit and makes the metadata guesses.
// It never throws for bad input; every failure names the file and the reason.
import type { SourceFormat } from '../model/index.ts';
import { t, type MessageKey } from '../i18n/translate.ts';
import { ImportRefusal, type ImportInput, type ImportOutcome, type ImportRefusalReason, type ParsedWarning } from './importTypes.ts';
import { isTextEncodingName } from './textEncodings.ts';
import { withoutNulCharacters } from './nulGuard.ts';
import type { ParsedDocument } from './parsedDocument.ts';
import { findDate, guessKind, guessLanguage, titleFromFileName } from './guessMetadata.ts';
import { importText } from './importText.ts';
import { importMarkdown } from './importMarkdown.ts';
import { importDocx } from './importDocx.ts';
import { importOdt } from './importOdt.ts';
import { importVtt } from './importVtt.ts';
import { importSrt } from './importSrt.ts';
import { DEFAULT_PDF_TIMEOUT_MS, importPdf, type PdfTextEngine } from './importPdf.ts';
import { BINARY_NUL_DETAIL, type TextEncodingName } from './decodeText.ts';
import { DEFAULT_ZIP_LIMITS, LEGACY_OFFICE, type ZipLimits } from './zipGuard.ts';

export type ImportOptions = {
  /** pdf.js (or a compatible engine) set up by the caller; without it PDFs are refused. */
  pdf?: PdfTextEngine;
  pdfTimeoutMs?: number;
  signal?: AbortSignal;
  /** Largest accepted file, in bytes (default 100 MB). */
  maxBytes?: number;
  /** Largest total uncompressed size of a .docx/.odt, in bytes (default 200 MB). */
  maxUnzippedBytes?: number;
  /** Plain-text formats: read the bytes in this encoding instead of detecting one (the review's encoding picker). */
  encoding?: TextEncodingName;
  /** PDF: keep running headers, footers and page numbers in the text instead of removing them. */
  keepRunningLines?: boolean;
  /** The review's corrections to speaker-label detection: labels to treat as plain text, lines to read as labels. */
  speakerLabels?: { unmark: string[]; mark: string[] };
};

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const PDF_UNAVAILABLE = 'pdfUnavailable';

const REASON_MESSAGES = {
  empty: 'import.error.empty',
  unsupported: 'import.error.unsupported',
  tooLarge: 'import.error.tooLarge',
  notPdf: 'import.error.notPdf',
  corrupt: 'import.error.corrupt',
  encrypted: 'import.error.encrypted',
  encoding: 'import.error.encoding',
  zipUnsafe: 'import.error.zipUnsafe',
  timeout: 'import.error.timeout',
  noText: 'import.error.noText',
  cancelled: 'import.error.cancelled',
} satisfies Record<ImportRefusalReason, MessageKey>;

const FORMATS: Record<string, SourceFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', docx: 'docx', odt: 'odt', pdf: 'pdf', vtt: 'vtt', srt: 'srt',
};

export const formatOfFileName = (fileName: string): SourceFormat | null => {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  return FORMATS[fileName.slice(dot + 1).toLowerCase()] ?? null;
};

export const sha256Hex = async (bytes: Uint8Array): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
};

const toMegabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

const messageFor = (file: string, refusal: ImportRefusal, options: ImportOptions, byteSize: number): string => {
  if (refusal.reason === 'encoding' && refusal.detail.startsWith(BINARY_NUL_DETAIL)) {
    return t('import.error.binaryNul', { file, count: Number(refusal.detail.slice(BINARY_NUL_DETAIL.length)) });
  }
  if (refusal.reason === 'unsupported' && refusal.detail === LEGACY_OFFICE) return t('import.error.legacyOffice', { file });
  if (refusal.reason === 'unsupported' && refusal.detail === PDF_UNAVAILABLE) return t('import.error.pdfUnavailable', { file });
  return t(REASON_MESSAGES[refusal.reason], {
    file,
    detail: refusal.detail || refusal.reason,
    size: toMegabytes(byteSize),
    limit: toMegabytes(options.maxBytes ?? DEFAULT_MAX_BYTES),
  });
};

const parse = async (format: SourceFormat, bytes: Uint8Array, options: ImportOptions): Promise<ParsedDocument> => {
  const zipLimits: ZipLimits = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: options.maxUnzippedBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes };
  const choices = { encoding: options.encoding, speakerLabels: options.speakerLabels };
  switch (format) {
    case 'txt':
      return importText(bytes, choices);
    case 'md':
      return importMarkdown(bytes, choices);
    case 'docx':
      return importDocx(bytes, zipLimits, options.speakerLabels);
    case 'odt':
      return importOdt(bytes, zipLimits, options.speakerLabels);
    case 'vtt':
      return importVtt(bytes, choices);
    case 'srt':
      return importSrt(bytes, choices);
    case 'pdf':
      if (!options.pdf) throw new ImportRefusal('unsupported', PDF_UNAVAILABLE);
      return importPdf(bytes, options.pdf, {
        timeoutMs: options.pdfTimeoutMs ?? DEFAULT_PDF_TIMEOUT_MS,
        signal: options.signal,
        keepRunningLines: options.keepRunningLines,
      });
  }
};

/** The encoding's name as people know it ("Windows-1252 (Western European)"), translated. */
export const encodingLabel = (name: TextEncodingName): string => t(`import.encoding.${name}`);

const warningMessage = (file: string, warning: ParsedWarning): string => {
  const raw = warning.detail ?? '';
  const detail = warning.code === 'encodingAssumed' && isTextEncodingName(raw) ? encodingLabel(raw) : raw;
  return t(`import.warning.${warning.code}`, { file, count: warning.count ?? 0, detail, encoding: detail });
};

const refuse = (fileName: string, reason: ImportRefusalReason, message: string): ImportOutcome => ({
  ok: false,
  failure: { fileName, reason, message },
});

export const importFile = async (input: ImportInput, options: ImportOptions = {}): Promise<ImportOutcome> => {
  const { fileName, bytes, notRead } = input;
  if (notRead !== undefined && 'unreadable' in notRead) {
    return refuse(fileName, 'corrupt', t('import.error.unreadable', { file: fileName, detail: notRead.unreadable }));
  }
  const byteSize = notRead !== undefined ? notRead.tooLargeBytes : bytes.byteLength;
  const fail = (refusal: ImportRefusal): ImportOutcome => refuse(fileName, refusal.reason, messageFor(fileName, refusal, options, byteSize));
  try {
    if (options.signal?.aborted) throw new ImportRefusal('cancelled');
    const format = formatOfFileName(fileName);
    if (format === null) throw new ImportRefusal('unsupported');
    if (byteSize === 0) throw new ImportRefusal('empty');
    if (byteSize > (options.maxBytes ?? DEFAULT_MAX_BYTES)) throw new ImportRefusal('tooLarge');
    const parsed = withoutNulCharacters(await parse(format, bytes, options));
    if (parsed.text.trim() === '') throw new ImportRefusal(format === 'pdf' || format === 'docx' || format === 'odt' ? 'noText' : 'empty');
    const sha256 = await sha256Hex(bytes);
    return {
      ok: true,
      source: {
        fileName,
        format,
        kind: guessKind({ format, fileName, headerText: parsed.headerText, speakers: parsed.speakers }),
        title: parsed.titleHint ?? titleFromFileName(fileName),
        language: guessLanguage(parsed.text),
        date: findDate(parsed.headerText),
        sha256,
        byteSize,
        text: parsed.text,
        turns: parsed.turns,
        speakers: parsed.speakers,
        encoding: parsed.encoding,
        warnings: (parsed.warnings ?? []).map((warning) => ({ code: warning.code, message: warningMessage(fileName, warning) })),
        removedLines: parsed.removedLines ?? [],
        comments: parsed.comments ?? [],
      },
    };
  } catch (error) {
    if (error instanceof ImportRefusal) return fail(error);
    // An importer bug must not take the app down: report the file as unreadable, without a stack trace.
    const detail = error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error);
    return fail(new ImportRefusal('corrupt', detail));
  }
};
