// `caseweave example -o FILE.caseweave`: the example project the app seeds on first start (the same shared planner,
// shared/example/planExampleProject.ts), its codings, memos and creation event by the CLI's coder, in a new file.
import { parseExampleSources, planExampleProject } from '../shared/example/planExampleProject.ts';
import { t } from '../shared/i18n/translate.ts';
import { nowIso } from '../shared/model/index.ts';
import { commitToSnapshot } from '../shared/project/applyToSnapshot.ts';
import { completeSnapshot, snapshotRows } from '../shared/projectFile/projectSnapshot.ts';
import { cliCoderOf } from './cliCoder.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { writeNewProjectFile } from './projectFileAccess.ts';

export const runExample = async (output: string): Promise<CommandOutcome> => {
  const at = nowIso();
  const actor = cliCoderOf(null, at);
  const planned = planExampleProject(await parseExampleSources(), { coderId: actor.id, at });
  const snapshot = completeSnapshot(await commitToSnapshot({ projectId: planned.result.id, tables: {} }, planned, { actor, at }));
  await writeNewProjectFile(output, snapshot);
  const count = (table: 'sources' | 'codes' | 'codings'): number => snapshotRows(snapshot, table).length;
  return succeeded(`${t('cli.example.written', { name: planned.result.name, file: output, sources: count('sources'), codes: count('codes'), codings: count('codings') })}\n`);
};
