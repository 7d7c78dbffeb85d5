// `caseweave codebook FILE.caseweave --format docx|md|html [--lang en|id] [--history] [--pseudonymise] -o OUT`: the
// codebook for supervisors (shared/report/codebookContent.ts), laid out by the shared report writers, in the language
// asked for, else the command's own. Markdown's figure files, if any, are written beside OUT.
import { dirname, join } from 'node:path';
import { getLocale, t, type Locale } from '../shared/i18n/translate.ts';
import { nowIso } from '../shared/model/index.ts';
import { snapshotRows } from '../shared/projectFile/projectSnapshot.ts';
import { buildCodebookDocument } from '../shared/report/codebookContent.ts';
import { codebookFiles, type CodebookFormat } from '../shared/report/codebookFiles.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';

export type CodebookRequest = {
  file: string; format: CodebookFormat; language: Locale | null; includeHistory: boolean; pseudonymise: boolean; output: string;
};

export const runCodebook = async (request: CodebookRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(request.file);
  const language = request.language ?? getLocale();
  const document = buildCodebookDocument(snapshot, {
    language, includeHistory: request.includeHistory, pseudonymise: request.pseudonymise, generatedAt: nowIso(),
  });
  const files = await codebookFiles(document, request.format);
  await writeFileRefusing(request.output, files.main);
  for (const extra of files.extra) await writeFileRefusing(join(dirname(request.output), extra.name), extra.bytes);
  return succeeded(`${t('cli.codebook.written', { project: document.title, codes: snapshotRows(snapshot, 'codes').length, file: request.output })}\n`);
};
