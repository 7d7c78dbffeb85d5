// `caseweave display` on the example project: the JSON is the shared builder's matrix over the same file (by every
// row, column and cell), a few cells checked by hand against the example's excerpts, the aligned table, and the exit
// statuses of a bad choice (2) and an unknown code (1); the XLSX, CSV and JSON files it writes with --format and -o.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCodeMatrix, type CodeMatrix } from '../../../shared/analysis/index.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, useTempFolder } from './cliProjectFiles.ts';
import { matrixDataOf } from '../../../shared/projectFile/snapshotData.ts';

const { path } = useTempFolder();

const displayJson = async (args: readonly string[]): Promise<CodeMatrix> => {
  const run = await runCli(['display', path('example.caseweave'), ...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as CodeMatrix;
};

const cellOf = (matrix: CodeMatrix, rowLabel: string, columnLabel: string): number =>
  matrix.cells[matrix.rows.findIndex((row) => row.label === rowLabel)][matrix.columns.findIndex((column) => column.label === columnLabel)];

describe('caseweave display', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
  });

  it('prints as JSON the matrix the shared builder makes of the same file', async () => {
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const data = matrixDataOf(snapshot);
    const codes = snapshotRows(snapshot, 'codes');
    const idOf = (name: string) => codes.find((code) => code.name === name)?.id ?? '';
    const printed = await displayJson(['--rows', 'role', '--cols', 'code', '--codes', 'Diaspora,Business associations', '--with-subcodes', '--cell', 'informants']);
    const built = buildCodeMatrix(data, { rows: 'role', columns: 'code', cell: 'informants', codeIds: [idOf('Diaspora'), idOf('Business associations')], withSubCodes: true });
    expect(printed).toEqual(built);
    expect(printed.columns.map((column) => column.label)).toEqual(['Diaspora', 'Business associations']);
    expect(printed.rows.map((row) => row.label)).toEqual(['association representative', 'craftsman', 'diaspora actor', 'owner', 'partner/distributor', '(no role)']);

    const everything = await displayJson(['--rows', 'period', '--cols', 'source-kind', '--cell', 'words']);
    expect(everything).toEqual(buildCodeMatrix(data, { rows: 'period', columns: 'source-kind', cell: 'words', codeIds: null, withSubCodes: false }));
    expect(everything.total).toBeGreaterThan(0);
  });

  it('gives the cells read by hand off the example\'s Diaspora excerpts', async () => {
    // Five Diaspora excerpts lie in Rina's answers; one in the association report, which has no linked speaker.
    const segments = await displayJson(['--rows', 'informant', '--cols', 'source-kind', '--codes', 'Diaspora', '--with-subcodes', '--cell', 'segments']);
    expect(cellOf(segments, 'Rina', 'Interview')).toBe(5);
    expect(cellOf(segments, '(no informant)', 'Document')).toBe(1);
    expect(cellOf(segments, 'Harjo', 'Interview')).toBe(0);
    expect(segments.total).toBe(6);
    // Without its sub-codes, Diaspora itself codes one passage of Rina's.
    const own = await displayJson(['--rows', 'informant', '--cols', 'code', '--codes', 'Diaspora', '--cell', 'segments']);
    expect(own.total).toBe(1);
    expect(cellOf(own, 'Rina', 'Diaspora')).toBe(1);
    // "Mereka beli jimbe mahal dari toko musik.": seven words.
    const words = await displayJson(['--rows', 'informant', '--cols', 'code', '--codes', 'Diaspora / Market information', '--cell', 'words']);
    expect(cellOf(words, 'Rina', 'Diaspora / Market information')).toBe(7);
    expect(words.rows.find((row) => row.label === 'Wulan')?.empty).toBe(true);
  });

  it('prints an aligned table with totals without --json', async () => {
    const run = await runCli(['display', path('example.caseweave'), '--rows', 'informant', '--cols', 'source-kind', '--codes', 'Diaspora', '--with-subcodes', '--cell', 'segments']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0].trim().split(/\s{2,}/)).toEqual(['Interview', 'Observation', 'Document', 'Other', 'Total']);
    expect(lines.find((line) => line.startsWith('Rina'))?.split(/\s+/)).toEqual(['Rina', '5', '0', '0', '0', '5']);
    expect(lines.at(-1)?.split(/\s+/)).toEqual(['Total', '5', '0', '1', '0', '6']);
    expect(new Set(lines.map((line) => line.length))).toEqual(new Set([lines[1].length]));
  });

  it('refuses a bad choice as a usage error (2) and an unknown code as refused input (1)', async () => {
    const file = path('example.caseweave');
    const bad = await runCli(['display', file, '--rows', 'code', '--cols', 'code', '--cell', 'segments']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Option "--rows" takes one of informant, role, source, source-kind, period, not "code".');
    const missing = await runCli(['display', file, '--rows', 'role', '--cols', 'code']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"display" needs option "--cell".');
    const unknown = await runCli(['display', file, '--rows', 'role', '--cols', 'code', '--cell', 'words', '--codes', 'Weather']);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: `${file}: the project has no code "Weather".\n` });
  });

  it('writes an XLSX whose matrix equals the JSON output and whose excerpts sheet holds each cell\'s segments', async () => {
    const args = ['--rows', 'role', '--cols', 'code', '--codes', 'Diaspora,Business associations', '--with-subcodes', '--cell', 'segments'];
    const json = await displayJson(args);
    const run = await runCli(['display', path('example.caseweave'), ...args, '--format', 'xlsx', '-o', path('matrix.xlsx')]);
    expect(run).toEqual({ code: 0, stdout: `Wrote the matrix to ${path('matrix.xlsx')}.\n`, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await readFile(path('matrix.xlsx'))).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Excerpts']);
    const [matrixSheet, excerptSheet] = workbook.worksheets;
    expect(matrixSheet.getRow(1).values).toEqual([undefined, 'Rows', 'Informant roles']);
    expect(matrixSheet.getRow(4).values).toEqual([undefined, 'Codes', 'Diaspora; Business associations']);
    const width = json.columns.length + 2;
    const table = (matrixSheet.getRows(11, json.rows.length + 2) ?? []).map((row) => Array.from({ length: width }, (_, index) => row.getCell(index + 1).value));
    expect(table[0]).toEqual(['', ...json.columns.map((column) => column.label), 'Total']);
    json.rows.forEach((row, index) => expect(table[index + 1]).toEqual([row.label, ...json.cells[index], row.total]));
    expect(table.at(-1)).toEqual(['Total', ...json.columns.map((column) => column.total), json.total]);

    // Each segment counted in a cell is one excerpt row of that cell.
    const perCell = new Map<string, number>();
    excerptSheet.eachRow((row, rowNumber) => {
      if (rowNumber === 1) return;
      const key = JSON.stringify([row.getCell(1).value, row.getCell(2).value]);
      perCell.set(key, (perCell.get(key) ?? 0) + 1);
    });
    json.rows.forEach((row, rowIndex) => json.columns.forEach((column, columnIndex) => {
      expect(perCell.get(JSON.stringify([row.label, column.label])) ?? 0, `${row.label} × ${column.label}`).toBe(json.cells[rowIndex][columnIndex]);
    }));
    expect(json.total).toBeGreaterThan(0);
  });

  it('writes CSV by default with -o, JSON with --json, and prints TSV to the standard output', async () => {
    const file = path('example.caseweave');
    const args = ['--rows', 'informant', '--cols', 'source-kind', '--codes', 'Diaspora', '--with-subcodes', '--cell', 'segments'];
    expect((await runCli(['display', file, ...args, '-o', path('matrix.csv')])).code).toBe(0);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readFile(path('matrix.csv')));
    expect(csv.startsWith('\uFEFFRows,Informants\r\n')).toBe(true);
    expect(csv).toContain('\r\nRina,5,0,0,0,5\r\n');
    expect(csv.endsWith('\r\nTotal,5,0,1,0,6\r\n')).toBe(true);
    expect((await runCli(['display', file, ...args, '--json', '-o', path('matrix.json')])).code).toBe(0);
    expect(JSON.parse(await readFile(path('matrix.json'), 'utf8'))).toEqual(await displayJson(args));
    const tsv = await runCli(['display', file, ...args, '--format', 'tsv']);
    expect(tsv.stdout.split('\r\n').at(-2)).toBe('Total\t5\t0\t1\t0\t6');
  });
});
