// `caseweave check FILE.caseweave [--json]`: the validation the app runs before opening a file (archive, manifest,
// hashes, rows against the schema of their format version, referential integrity). Exit 0 when the file is sound;
// 1 with every problem that refuses it, or every repair it needs before it opens.
import { t } from '../shared/i18n/translate.ts';
import { projectFileMessageText, type ProjectFileReading } from '../shared/projectFile/index.ts';
import { EXIT_INPUT_REFUSED, EXIT_OK, type CommandOutcome } from './exitStatus.ts';
import { readProjectFileAt } from './projectFileAccess.ts';

export type CheckReport = {
  file: string;
  sound: boolean;
  /** Why the file cannot be opened at all. */
  problems: { code: string; message: string }[];
  /** What opening it would repair, with the user's agreement. */
  repairs: { action: string; message: string }[];
};

export const checkReport = (file: string, reading: ProjectFileReading): CheckReport => {
  if (!reading.ok) {
    return { file, sound: false, problems: reading.problems.map((problem) => ({ code: problem.code, message: projectFileMessageText(problem) })), repairs: [] };
  }
  const repairs = reading.repairs.map((repair) => ({ action: repair.action.kind, message: projectFileMessageText(repair.message) }));
  return { file, sound: repairs.length === 0, problems: [], repairs };
};

const rowCount = (reading: ProjectFileReading): { rows: number; tables: number } => {
  if (!reading.ok) return { rows: 0, tables: 0 };
  const tables = Object.values(reading.snapshot.tables);
  return { rows: tables.reduce((sum, rows) => sum + (rows?.length ?? 0), 0), tables: tables.length };
};

const listed = (heading: string, messages: readonly string[]): string => [heading, ...messages.map((message) => `  - ${message}`)].join('\n');

export const runCheck = async (file: string, json: boolean): Promise<CommandOutcome> => {
  const reading = await readProjectFileAt(file);
  const report = checkReport(file, reading);
  const status = report.sound ? EXIT_OK : EXIT_INPUT_REFUSED;
  if (json) return { status, stdout: `${JSON.stringify(report)}\n`, stderr: '' };
  if (report.sound) return { status, stdout: `${t('cli.check.sound', { file, ...rowCount(reading) })}\n`, stderr: '' };
  // Not sound: the list is the reason the input is refused, so it goes to stderr like every refusal.
  const text = report.problems.length > 0
    ? listed(t('cli.check.refused', { file }), report.problems.map((problem) => problem.message))
    : listed(t('cli.check.repairable', { file, count: report.repairs.length }), report.repairs.map((repair) => repair.message));
  return { status, stdout: '', stderr: `${text}\n` };
};
