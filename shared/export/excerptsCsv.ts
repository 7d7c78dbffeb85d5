// The coded-excerpt CSV: one row per excerpt, translated header, RFC 4180 quoting, CRLF, UTF-8 with BOM. The excerpt
// reads as the app shows it (turn boundaries labelled); Start/End keep the exact offsets for tools, and the paragraph
// and timestamp columns say where a reader finds it.
import { getLocale, t, type Locale, type MessageKey } from '../i18n/translate.ts';
import type { SourceKind } from '../model/source.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';
import { encodeCsv, utf8WithBom, type CsvCell, type CsvOptions } from './csvFormat.ts';

const HEADER_KEYS = [
  'excerpts.csv.header.codePath',
  'excerpts.csv.header.excerpt',
  'excerpts.csv.header.source',
  'excerpts.csv.header.speaker',
  'excerpts.csv.header.informant',
  'excerpts.csv.header.role',
  'excerpts.csv.header.sourceKind',
  'excerpts.csv.header.start',
  'excerpts.csv.header.end',
  'excerpts.csv.header.firstParagraph',
  'excerpts.csv.header.lastParagraph',
  'excerpts.csv.header.timestamp',
  'excerpts.csv.header.coder',
  'excerpts.csv.header.memo',
] as const satisfies readonly MessageKey[];

const KIND_KEYS = {
  interview: 'excerpts.csv.kind.interview',
  observation: 'excerpts.csv.kind.observation',
  document: 'excerpts.csv.kind.document',
  other: 'excerpts.csv.kind.other',
} as const satisfies Record<SourceKind, MessageKey>;

/**
 * The header and one row per excerpt, as cells: start/end are the app's UTF-16 offsets (end exclusive); the paragraphs
 * are the transcript's 1-based numbers, both inclusive.
 */
export const excerptCsvRows = (excerpts: readonly CodedExcerpt[], locale: Locale = getLocale()): CsvCell[][] => [
  HEADER_KEYS.map((key) => t(key, undefined, locale)),
  ...excerpts.map((excerpt) => [
    excerpt.codePath,
    excerpt.text,
    excerpt.sourceTitle,
    excerpt.speakers.join('; '),
    excerpt.informants.map((person) => person.pseudonym).join('; '),
    excerpt.roles.join('; '),
    t(KIND_KEYS[excerpt.sourceKind], undefined, locale),
    excerpt.coding.start,
    excerpt.coding.end,
    excerpt.paragraphs?.first ?? null,
    excerpt.paragraphs?.last ?? null,
    excerpt.timestamp,
    excerpt.coderName,
    excerpt.memo,
  ]),
];

/** The CSV file's bytes: UTF-8 with BOM, CRLF line ends, formula-guarded text cells (see csvFormat.ts). */
export const buildExcerptsCsv = (excerpts: readonly CodedExcerpt[], options: CsvOptions & { locale?: Locale } = {}): Uint8Array =>
  utf8WithBom(encodeCsv(excerptCsvRows(excerpts, options.locale), options));
