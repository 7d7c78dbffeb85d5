// The coded excerpts as JSON for scripts (`caseweave excerpts --format json`): the rows and columns of the CSV export
// (excerptsCsv.ts), with lists kept as lists, the source kind as its identifier and field names that do not change
// with the language. UTF-8 without a BOM.
import type { SourceKind } from '../model/source.ts';
import type { CodedExcerpt } from './codedExcerpts.ts';

export type ExcerptRecord = {
  codePath: string;
  excerpt: string;
  source: string;
  speakers: string[];
  informants: string[];
  roles: string[];
  sourceKind: SourceKind;
  /** The app's UTF-16 offsets into the source's text, end exclusive. */
  start: number;
  end: number;
  firstParagraph: number | null;
  lastParagraph: number | null;
  timestamp: string | null;
  coder: string;
  memo: string;
};

export const excerptRecords = (excerpts: readonly CodedExcerpt[]): ExcerptRecord[] =>
  excerpts.map((excerpt) => ({
    codePath: excerpt.codePath,
    excerpt: excerpt.text,
    source: excerpt.sourceTitle,
    speakers: excerpt.speakers,
    informants: excerpt.informants.map((person) => person.pseudonym),
    roles: excerpt.roles,
    sourceKind: excerpt.sourceKind,
    start: excerpt.coding.start,
    end: excerpt.coding.end,
    firstParagraph: excerpt.paragraphs?.first ?? null,
    lastParagraph: excerpt.paragraphs?.last ?? null,
    timestamp: excerpt.timestamp,
    coder: excerpt.coderName,
    memo: excerpt.memo,
  }));

export const buildExcerptsJson = (excerpts: readonly CodedExcerpt[]): Uint8Array =>
  new TextEncoder().encode(`${JSON.stringify(excerptRecords(excerpts), null, 2)}\n`);
