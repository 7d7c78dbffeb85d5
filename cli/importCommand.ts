// `caseweave import FILE... [--json]`: runs the app's importers over files on disk and reports the results.
import { readFile } from 'node:fs/promises';
import { t } from '../shared/i18n/translate.ts';
import { importFile, formatOfFileName } from '../shared/import/importFile.ts';
import type { ImportedSource } from '../shared/import/importTypes.ts';
import type { PdfTextEngine } from '../shared/import/importPdf.ts';
import { loadNodePdfEngine } from './nodePdfEngine.ts';

export type CliTurn = { start: number; end: number; speaker: string | null; timestamp: string | null };
export type CliSource = { file: string; kind: string; title: string; language: string; sha256: string; text: string; turns: CliTurn[] };
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
});

const describeReadError = (error: unknown): string => {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
};

/** Imports every file; a bad file becomes an error entry, never an exception. */
export const runImport = async (files: readonly string[]): Promise<ImportReport> => {
  const report: ImportReport = { sources: [], errors: [] };
  let pdf: PdfTextEngine | undefined;
  if (files.some((file) => formatOfFileName(file) === 'pdf')) pdf = await loadNodePdfEngine();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      report.errors.push({ file, message: t('import.error.unreadable', { file, detail: describeReadError(error) }) });
      continue;
    }
    const outcome = await importFile({ fileName: file, bytes }, { pdf });
    if (outcome.ok) report.sources.push(toCliSource(file, outcome.source));
    else report.errors.push({ file, message: outcome.failure.message });
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
  }
  for (const error of report.errors) lines.push(error.message);
  lines.push(t('import.cli.summary', { imported: report.sources.length, refused: report.errors.length }));
  return lines.join('\n');
};
