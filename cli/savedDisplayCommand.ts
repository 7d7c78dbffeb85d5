// `caseweave display FILE.caseweave --list [--json]` and `--name NAME [--json] [--format csv|tsv|json|xlsx] [-o OUT]`:
// the displays saved in a project file, listed, or one of them computed by the app's own code
// (shared/analysis/displayView.ts computeMatrixView) and printed as a table or JSON, or exported with the app's matrix
// exports (shared/export/matrixView*.ts). The JSON holds the row and column labels and ids with every cell's values,
// the excerpts' codings and the researcher's note. A network display is refused: its export is a drawing.
import { computeMatrixView, evidenceChange, type MatrixView, type VerificationData } from '../shared/analysis/index.ts';
import {
  buildMatrixViewCsv, buildMatrixViewXlsx, collectMatrixViewExcerpts, displayTypeLabel, matrixViewTableRows, matrixViewTsv, type ExcerptData,
} from '../shared/export/index.ts';
import { t } from '../shared/i18n/translate.ts';
import { triangulationRuleOf, type Display } from '../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';
import type { CliRequest, DisplayFormat } from './commandLine.ts';
import { alignedTable } from './displayCommand.ts';
import { InputRefused, succeeded, type CommandOutcome } from './exitStatus.ts';
import { openProjectFileAt, writeFileRefusing } from './projectFileAccess.ts';
import { excerptData } from '../shared/projectFile/snapshotData.ts';

type ListRequest = Omit<Extract<CliRequest, { kind: 'displayList' }>, 'kind'>;
type SavedRequest = Omit<Extract<CliRequest, { kind: 'displaySaved' }>, 'kind'>;

const byName = (a: Display, b: Display): number => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt);

const typeLabel = (display: Display): string => (display.type === 'network' ? t('display.type.network') : displayTypeLabel(display.type));

export const runDisplayList = async ({ file, json }: ListRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(file);
  const displays = snapshotRows(snapshot, 'displays').sort(byName);
  if (json) {
    const listed = displays.map(({ id, name, type, includeInReport, createdAt, updatedAt }) => ({ id, name, type, includeInReport, createdAt, updatedAt }));
    return succeeded(`${JSON.stringify(listed)}\n`);
  }
  if (displays.length === 0) return succeeded(`${t('cli.display.none')}\n`);
  const lines = displays.map((display) => [display.name, typeLabel(display), display.includeInReport ? t('cli.display.inReport') : '']);
  // Names and types read left to right: pad rather than right-align.
  const widths = [0, 1].map((column) => Math.max(...lines.map((line) => line[column].length)));
  return succeeded(`${lines.map((line) => line.map((text, column) => (column < 2 ? text.padEnd(widths[column]) : text)).join('  ').trimEnd()).join('\n')}\n`);
};

/** The one display named `name` (exactly, else ignoring case and surrounding spaces); refused when none or several. */
export const findDisplayNamed = (displays: readonly Display[], name: string, file: string): Display => {
  const exact = displays.filter((display) => display.name === name);
  const loose = (text: string): string => text.trim().toLocaleLowerCase();
  const matches = exact.length > 0 ? exact : displays.filter((display) => loose(display.name) === loose(name));
  if (matches.length === 0) throw new InputRefused(t('cli.refused.displayUnknown', { file, name }));
  if (matches.length > 1) throw new InputRefused(t('cli.refused.displayAmbiguous', { file, name, count: matches.length }));
  return matches[0];
};

/** The saved display as JSON: its name and type, the computed view, and each cell's note and evidence change. */
export const savedDisplayJson = (display: Display, view: MatrixView): string => JSON.stringify({
  display: { id: display.id, name: display.name, type: display.type },
  ...view,
  cells: view.cells.map((row) => row.map((cell) => {
    const note = display.cellNotes[cell.key];
    return {
      ...cell,
      note: note === undefined ? null : { summary: note.summary.plainText, rating: note.rating, quoteCodingId: note.quoteCodingId, updatedAt: note.updatedAt },
      evidenceChanged: evidenceChange(note, cell),
    };
  })),
});

const tableText = (display: Display, view: MatrixView): string =>
  alignedTable(matrixViewTableRows(display, view).map((cells) => cells.map((cell) => (cell === null ? '' : typeof cell === 'number' ? String(cell) : cell.replace(/\s*\n\s*/g, ' / ')))));

const exportView = async (format: DisplayFormat, display: Display, view: MatrixView, data: ExcerptData): Promise<Uint8Array | string> => {
  switch (format) {
    case 'json':
      return `${savedDisplayJson(display, view)}\n`;
    case 'tsv':
      return matrixViewTsv(display, view);
    case 'csv':
      return buildMatrixViewCsv(display, view, data);
    case 'xlsx':
      // Loaded only for a workbook, so the other commands do not pay for it at start.
      return buildMatrixViewXlsx((await import('exceljs')).default, display, view, collectMatrixViewExcerpts(data, view), data);
  }
};

/** What the triangulation overview reads besides the codings: the conclusions in the app's order, displays, memos, rule. */
const verificationOf = (snapshot: ProjectSnapshot): VerificationData => {
  const [project] = snapshotRows(snapshot, 'projects');
  return {
    conclusions: snapshotRows(snapshot, 'conclusions').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    displays: snapshotRows(snapshot, 'displays'),
    memos: snapshotRows(snapshot, 'memos'),
    memberChecks: snapshotRows(snapshot, 'memberChecks'),
    rule: triangulationRuleOf(project),
  };
};

export const runSavedDisplay = async ({ file, name, json, format, output }: SavedRequest): Promise<CommandOutcome> => {
  const { snapshot } = await openProjectFileAt(file);
  const display = findDisplayNamed(snapshotRows(snapshot, 'displays'), name, file);
  if (display.type === 'network') throw new InputRefused(t('cli.refused.displayNotMatrix', { file, name: display.name }));
  const data = excerptData(snapshot);
  const view = computeMatrixView(display.type === 'triangulation-overview' ? { ...data, verification: verificationOf(snapshot) } : data, display);
  const chosen = format ?? (output === null ? null : json ? 'json' : 'csv');
  if (chosen === null) return succeeded(`${json ? savedDisplayJson(display, view) : tableText(display, view)}\n`);
  const exported = await exportView(chosen, display, view, data);
  if (output === null || output === '-') return succeeded(exported);
  await writeFileRefusing(output, typeof exported === 'string' ? new TextEncoder().encode(exported) : exported);
  return succeeded(`${t('display.export.written', { file: output })}\n`);
};
