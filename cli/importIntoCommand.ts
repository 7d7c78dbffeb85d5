// `caseweave import FILE... --into FILE.caseweave [--kind KIND] [--json]`: adds the files to a project file as the app's
// import does: each file through the importers, a file already in the project (same SHA-256, or earlier on the same
// line) skipped, speakers linked to the informants whose pseudonym they carry, the file's bytes kept when the project
// keeps originals, and each file's rows and audit event added all or nothing (shared/project/sourceRows.ts,
// applyToSnapshot.ts). The project file is read and rewritten under its lock, atomically, with the previous version
// kept as .bak; when no file was added it is left untouched.
import { basename } from 'node:path';
import { t } from '../shared/i18n/translate.ts';
import { linkedInformantIds, matchSpeakers } from '../shared/import/speakerMatching.ts';
import type { ImportedSource } from '../shared/import/importTypes.ts';
import { nowIso, type Coder, type SourceKind } from '../shared/model/index.ts';
import { commitToSnapshot } from '../shared/project/applyToSnapshot.ts';
import { keepsOriginals } from '../shared/project/sourceOriginals.ts';
import { planSourceImport, type SourceImportMeta } from '../shared/project/sourceRows.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import { cliCoderOf } from './cliCoder.ts';
import { EXIT_INPUT_REFUSED, EXIT_OK, type CommandOutcome } from './exitStatus.ts';
import { importFiles, type CliError, type CliSource, type FileImport } from './importCommand.ts';
import { openProjectFileAt, replaceProjectFile, withProjectFileLock, type FileWriting } from './projectFileAccess.ts';

export type ImportIntoRequest = { files: readonly string[]; into: string; sourceKind: SourceKind | null };

export type AddedSource = {
  file: string; id: string; kind: SourceKind; title: string; language: string; turns: number; informants: string[];
  /** As in `caseweave import --json`: the encoding read (plain-text formats) and the import's warnings. */
  encoding: CliSource['encoding'];
  warnings: CliSource['warnings'];
};

export type ImportIntoReport = { into: string; sources: AddedSource[]; errors: CliError[] };

/** The metadata the app's import review starts from, with the kind the command line asks for. */
const reviewedMeta = (snapshot: ProjectSnapshot, imported: ImportedSource, sourceKind: SourceKind | null): SourceImportMeta => {
  const speakerLinks = matchSpeakers(imported.speakers, snapshotRows(snapshot, 'informants'));
  return {
    kind: sourceKind ?? imported.kind, title: imported.title, informantIds: linkedInformantIds(speakerLinks), date: imported.date,
    language: imported.language, speakerLinks,
  };
};

type Added = { snapshot: ProjectSnapshot; source: AddedSource } | { error: CliError };

type ReadFile = Extract<FileImport, { source: ImportedSource }>;

/** The project's own row (a sound file has exactly one). */
const projectOf = (snapshot: ProjectSnapshot) => snapshotRows(snapshot, 'projects').find((project) => project.id === snapshot.projectId);

/**
 * One file added to the snapshot, with its bytes when the project keeps originals, or the reason it was not (the
 * snapshot is then as before).
 */
const addFile = async (snapshot: ProjectSnapshot, read: ReadFile, sourceKind: SourceKind | null, actor: Coder): Promise<Added> => {
  const { file, source: imported, bytes } = read;
  const sha256 = imported.sha256.toLowerCase();
  const duplicate = snapshotRows(snapshot, 'sources').find((source) => source.sha256 === sha256);
  if (duplicate !== undefined) return { error: { file, message: t('cli.refused.duplicate', { file, title: duplicate.title }) } };
  // The app stores the file's own name, not the path it was picked from.
  const named = { ...imported, fileName: basename(file) };
  const original = keepsOriginals(projectOf(snapshot)) ? bytes : null;
  const planned = planSourceImport(snapshot.projectId, named, reviewedMeta(snapshot, named, sourceKind), nowIso(), original, actor.id);
  const next = await commitToSnapshot(snapshot, planned, { actor, at: planned.result.importedAt });
  const pseudonyms = new Map(snapshotRows(next, 'informants').map((informant) => [informant.id, informant.pseudonym]));
  const { id, kind, title, language, turns, informantIds } = planned.result;
  const informants = informantIds.flatMap((informantId) => pseudonyms.get(informantId) ?? []);
  const warnings = (imported.warnings ?? []).map((warning) => ({ code: warning.code, message: warning.message }));
  return { snapshot: next, source: { file, id, kind, title, language, turns: turns.length, informants, encoding: imported.encoding ?? null, warnings } };
};

/** Adds the files to the project file; refused as a whole when the project file is locked, damaged or cannot be written. */
export const runImportInto = async ({ files, into, sourceKind }: ImportIntoRequest, writing: FileWriting = {}): Promise<ImportIntoReport> =>
  withProjectFileLock(into, async () => {
    const reading = await openProjectFileAt(into);
    const report: ImportIntoReport = { into, sources: [], errors: [] };
    const actor = cliCoderOf(reading.snapshot, nowIso());
    let snapshot = reading.snapshot;
    for (const result of await importFiles(files)) {
      if (!('source' in result)) {
        report.errors.push({ file: result.file, message: result.message });
        continue;
      }
      const added = await addFile(snapshot, result, sourceKind, actor);
      if ('error' in added) {
        report.errors.push(added.error);
      } else {
        snapshot = added.snapshot;
        report.sources.push(added.source);
      }
    }
    if (report.sources.length > 0) await replaceProjectFile(into, snapshot, writing);
    return report;
  });

export const formatImportIntoReport = (report: ImportIntoReport): string => {
  const lines = report.sources.map((source) =>
    t('cli.import.added', {
      file: source.file, kind: source.kind, title: source.title, language: source.language, turns: source.turns,
      informants: source.informants.length > 0 ? source.informants.join(', ') : t('cli.info.none'),
    }),
  );
  lines.push(t('cli.import.summary', { added: report.sources.length, project: report.into, refused: report.errors.length }));
  return lines.join('\n');
};

export const importIntoOutcome = (report: ImportIntoReport, json: boolean): CommandOutcome => ({
  status: report.errors.length > 0 ? EXIT_INPUT_REFUSED : EXIT_OK,
  stdout: `${json ? JSON.stringify(report) : formatImportIntoReport(report)}\n`,
  // Each refused file's reason names the file; in JSON they are in the report instead.
  stderr: json || report.errors.length === 0 ? '' : `${report.errors.map((error) => error.message).join('\n')}\n`,
});
