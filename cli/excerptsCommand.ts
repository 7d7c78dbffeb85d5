// `caseweave excerpts FILE.caseweave [--code NAME]... [--with-subcodes] [--format csv|json|md|xlsx|docx] [--sheet-per-code]
// [--pseudonymise] -o OUT`: the coded excerpts of the named codes (every code when none is named) with the app's
// retrieval and export (shared/export): the same rows, in code-tree order, as the excerpts screen's CSV; with
// --pseudonymise every text passes through the project's pseudonym list. OUT "-" writes to the standard output.
import {
  buildExcerptsCsv, buildExcerptsJson, buildExcerptsMarkdown, buildExcerptsXlsx, collectCodedExcerpts, pseudonymiseExcerpts, pseudonymReplacer, type CodedExcerpt,
} from '../shared/export/index.ts';
import { t } from '../shared/i18n/translate.ts';
import { findCodeNamed } from './codeLookup.ts';
import type { ExcerptFormat } from './commandLine.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';
import { excerptData } from '../shared/projectFile/snapshotData.ts';
import { snapshotRows } from '../shared/projectFile/projectSnapshot.ts';

export type ExcerptsRequest = { file: string; codes: readonly string[]; withSubcodes: boolean; format: ExcerptFormat; sheetPerCode?: boolean; pseudonymise?: boolean; output: string };

/** The excerpts in the format asked for; the workbook and Word writers load only when asked for. */
const writeExcerpts = async (excerpts: readonly CodedExcerpt[], format: ExcerptFormat, sheetPerCode: boolean): Promise<Uint8Array> => {
  switch (format) {
    case 'csv':
      return buildExcerptsCsv(excerpts);
    case 'json':
      return buildExcerptsJson(excerpts);
    case 'md':
      return buildExcerptsMarkdown(excerpts);
    case 'xlsx':
      return buildExcerptsXlsx((await import('exceljs')).default, excerpts, { sheetPerCode });
    case 'docx':
      return (await import('../shared/export/excerptsDocx.ts')).buildExcerptsDocx(excerpts);
  }
};

/** The excerpts file's bytes and how many excerpts it holds. */
export const buildExcerptsFile = async ({ file, codes, withSubcodes, format, sheetPerCode = false, pseudonymise = false }: Omit<ExcerptsRequest, 'output'>): Promise<{ bytes: Uint8Array; count: number }> => {
  const { snapshot } = await openProjectFileAt(file);
  const data = excerptData(snapshot);
  const codeIds = codes.length === 0 ? data.codes.map((code) => code.id) : codes.map((name) => findCodeNamed(data.codes, name, file).id);
  const collected = collectCodedExcerpts(data, { codeIds, includeSubCodes: withSubcodes });
  const project = snapshotRows(snapshot, 'projects')[0];
  const excerpts = pseudonymise && project !== undefined ? pseudonymiseExcerpts(collected, pseudonymReplacer(project, data.informants)) : collected;
  return { bytes: await writeExcerpts(excerpts, format, sheetPerCode), count: excerpts.length };
};

export const runExcerpts = async (request: ExcerptsRequest): Promise<CommandOutcome> => {
  const { bytes, count } = await buildExcerptsFile(request);
  if (request.output === '-') return succeeded(bytes);
  await writeFileRefusing(request.output, bytes);
  return succeeded(`${t('cli.excerpts.written', { count, file: request.output })}\n`);
};
