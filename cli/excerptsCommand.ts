// `caseweave excerpts FILE.caseweave [--code NAME]... [--with-subcodes] [--format csv|json|md] -o OUT`: the coded
// excerpts of the named codes (every code when none is named) with the app's retrieval and export (shared/export):
// the same rows, in code-tree order, as the excerpts screen's CSV. OUT "-" writes to the standard output.
import { buildExcerptsCsv, buildExcerptsJson, buildExcerptsMarkdown, collectCodedExcerpts, type ExcerptData } from '../shared/export/index.ts';
import { t } from '../shared/i18n/translate.ts';
import type { Source } from '../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import { findCodeNamed } from './codeLookup.ts';
import type { ExcerptFormat } from './commandLine.ts';
import { succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';

export type ExcerptsRequest = { file: string; codes: readonly string[]; withSubcodes: boolean; format: ExcerptFormat; output: string };

/** The snapshot's sources with their texts joined, as the app's retrieval reads them. */
export const sourcesWithText = (snapshot: ProjectSnapshot): Source[] => {
  const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
  return snapshotRows(snapshot, 'sources').map(({ wordCount: _wordCount, ...source }) => ({ ...source, text: texts.get(source.id) ?? '' }));
};

/** What the excerpt retrieval (and the matrix exports' excerpts) read of a project file. */
export const excerptData = (snapshot: ProjectSnapshot): ExcerptData => ({
  codes: snapshotRows(snapshot, 'codes'),
  codings: snapshotRows(snapshot, 'codings'),
  sources: sourcesWithText(snapshot),
  informants: snapshotRows(snapshot, 'informants'),
  memos: snapshotRows(snapshot, 'memos'),
  coders: snapshotRows(snapshot, 'coders'),
});

/** The excerpts file's bytes and how many excerpts it holds. */
export const buildExcerptsFile = async ({ file, codes, withSubcodes, format }: Omit<ExcerptsRequest, 'output'>): Promise<{ bytes: Uint8Array; count: number }> => {
  const { snapshot } = await openProjectFileAt(file);
  const data = excerptData(snapshot);
  const codeIds = codes.length === 0 ? data.codes.map((code) => code.id) : codes.map((name) => findCodeNamed(data.codes, name, file).id);
  const excerpts = collectCodedExcerpts(data, { codeIds, includeSubCodes: withSubcodes });
  const build = { csv: buildExcerptsCsv, json: buildExcerptsJson, md: buildExcerptsMarkdown }[format];
  return { bytes: build(excerpts), count: excerpts.length };
};

export const runExcerpts = async (request: ExcerptsRequest): Promise<CommandOutcome> => {
  const { bytes, count } = await buildExcerptsFile(request);
  if (request.output === '-') return succeeded(bytes);
  await writeFileRefusing(request.output, bytes);
  return succeeded(`${t('cli.excerpts.written', { count, file: request.output })}\n`);
};
