// `caseweave audit FILE.caseweave [--format csv] -o OUT`: the project's audit trail as the app's Audit trail screen
// exports it (shared/export/auditCsv.ts): one row per event, oldest first, with each coder's name. OUT "-" writes to
// the standard output.
import { auditCsvBytes } from '../shared/export/auditCsv.ts';
import { t } from '../shared/i18n/translate.ts';
import { snapshotRows } from '../shared/projectFile/projectSnapshot.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';

export type AuditRequest = { file: string; output: string };

export const runAudit = async ({ file, output }: AuditRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(file);
  const events = snapshotRows(snapshot, 'auditEvents');
  const names = new Map(snapshotRows(snapshot, 'coders').map((coder) => [coder.id, coder.name]));
  const bytes = auditCsvBytes(events, (id) => names.get(id) ?? t('audit.unknownCoder'));
  if (output === '-') return succeeded(bytes);
  await writeFileRefusing(output, bytes);
  return succeeded(`${t('cli.audit.written', { count: events.length, file: output })}\n`);
};
