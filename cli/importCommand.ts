// `caseweave import FILE... [--kind KIND] [--json]`: runs the app's importers over files on disk and reports the results
// (`--into` adds them to a project file: importIntoCommand.ts, which reads the files here too).
import { readFile } from 'node:fs/promises';
import { t } from '../shared/i18n/translate.ts';
import { importFile, formatOfFileName } from '../shared/import/importFile.ts';
import type { ImportedSource } from '../shared/import/importTypes.ts';
import type { PdfTextEngine } from '../shared/import/importPdf.ts';
import type { SourceKind } from '../shared/model/index.ts';
import { describeSystemError } from './exitStatus.ts';
import { loadNodePdfEngine } from './nodePdfEngine.ts';

export type CliTurn = { start: number; end: number; speaker: string | null; timestamp: string | null };
export type CliSource = {
  file: string; kind: string; title: string; language: string; sha256: string; text: string; turns: CliTurn[];
  /** PDF running headers, footers and page numbers left out of the text (only when there were any). */
  removedLines?: string[];
  /** Plain-text formats: the encoding read and how it was decided (bom, valid, assumed); null for other formats. */
  encoding: { name: string; how: string } | null;
  /** What the import assumed, removed or changed: a code and its translated message. */
  warnings: { code: string; message: string }[];
};
export type CliError = { file: string; message: string };
export type ImportReport = { sources: CliSource[]; errors: CliError[] };

const toCliSource = (file: string, source: ImportedSource): CliSource => ({
  file,
  kind: source.kind,
  title: source.title,
  language: source.language,
  sha256: source.sha256,
  text: source.text,
  turns: source.turns.map((turn) => ({ start: turn.start, end: turn.end, speaker: turn.speaker, timestamp: turn.timestamp })),
  ...(source.removedLines && source.removedLines.length > 0 ? { removedLines: source.removedLines } : {}),
  encoding: source.encoding ?? null,
  warnings: (source.warnings ?? []).map((warning) => ({ code: warning.code, message: warning.message })),
});

/**
 * One file given on the command line, read and run through the app's importers: its source and the bytes it was
 * read from (kept by a project that keeps originals), or why it was refused.
 */
export type FileImport = { file: string; source: ImportedSource; bytes: Uint8Array } | { file: string; message: string };

/** Reads and imports every file in turn; a bad file becomes a refusal, never an exception. */
export const importFiles = async (files: readonly string[]): Promise<FileImport[]> => {
  const results: FileImport[] = [];
  let pdf: PdfTextEngine | undefined;
  if (files.some((file) => formatOfFileName(file) === 'pdf')) pdf = await loadNodePdfEngine();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      results.push({ file, message: t('import.error.unreadable', { file, detail: describeSystemError(error) }) });
      continue;
    }
    const outcome = await importFile({ fileName: file, bytes }, { pdf });
    results.push(outcome.ok ? { file, source: outcome.source, bytes } : { file, message: outcome.failure.message });
  }
  return results;
};

/** Imports every file and reports each source as the importers read it; nothing is stored. */
export const runImport = async (files: readonly string[], sourceKind: SourceKind | null = null): Promise<ImportReport> => {
  const report: ImportReport = { sources: [], errors: [] };
  for (const result of await importFiles(files)) {
    if ('source' in result) report.sources.push(toCliSource(result.file, sourceKind === null ? result.source : { ...result.source, kind: sourceKind }));
    else report.errors.push({ file: result.file, message: result.message });
  }
  return report;
};

export const formatHumanReport = (report: ImportReport): string => {
  const lines: string[] = [];
  for (const source of report.sources) {
    const speakers = [...new Set(source.turns.map((turn) => turn.speaker).filter((speaker) => speaker !== null))];
    lines.push(
      t('import.cli.imported', {
        file: source.file,
        kind: source.kind,
        title: source.title,
        language: source.language,
        turns: source.turns.length,
        speakers: speakers.length > 0 ? speakers.join(', ') : t('import.cli.noSpeakers'),
      }),
    );
    for (const warning of source.warnings) lines.push(`  ${warning.message}`);
  }
  for (const error of report.errors) lines.push(error.message);
  lines.push(t('import.cli.summary', { imported: report.sources.length, refused: report.errors.length }));
  return lines.join('\n');
};
