// `caseweave display --list` and `--name` on the example project with displays saved into it: the list (text and
// JSON), the JSON of a saved display equal to the app's computeMatrixView over the same file with the researcher's
// note and evidence change beside each cell, the aligned table, CSV and a workbook read back, and the refusals (an
// unknown name, a network display, options of another form).
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMatrixView, newDisplayDefinition } from '../../../shared/analysis/index.ts';
import type { Display, DisplayType } from '../../../shared/model/index.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';
import { excerptData } from '../../../shared/projectFile/snapshotData.ts';

const { path } = useTempFolder();
const AT = '2025-06-01T12:00:00.000Z';

const saved = (id: string, projectId: string, name: string, type: DisplayType): Display => ({
  id, projectId, name, type, definition: newDisplayDefinition(type), cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT,
});

let roleOrdered: Display;

describe('caseweave display --list and --name', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    const projectId = snapshot.projectId;
    const plain = saved('dsp-roles', projectId, 'Functions by role', 'role-ordered');
    const filled = computeMatrixView(excerptData(snapshot), plain).cells.flat().find((cell) => !cell.empty);
    if (filled === undefined) throw new Error('the example has no codings');
    roleOrdered = {
      ...plain,
      includeInReport: true,
      cellNotes: { [filled.key]: { summary: { content: '', plainText: 'Owners lean on relatives abroad.' }, rating: null, quoteCodingId: null, evidenceSeen: [], updatedAt: AT } },
    };
    const displays = [roleOrdered, saved('dsp-tri', projectId, 'Triangulation', 'triangulation'), saved('dsp-net', projectId, 'Ecosystem', 'network')];
    await saveSnapshot(path('saved.caseweave'), { ...snapshot, tables: { ...snapshot.tables, displays: [...snapshotRows(snapshot, 'displays'), ...displays] } });
  });

  it('lists the saved displays by name, as text and as JSON', async () => {
    const json = await runCli(['display', path('saved.caseweave'), '--list', '--json']);
    expect(json.code).toBe(0);
    const listed = (JSON.parse(json.stdout) as { id: string; name: string; type: string; includeInReport: boolean }[]).filter((entry) => entry.id.startsWith('dsp-'));
    expect(listed.map(({ name, type, includeInReport }) => [name, type, includeInReport])).toEqual([
      ['Ecosystem', 'network', false], ['Functions by role', 'role-ordered', true], ['Triangulation', 'triangulation', false],
    ]);
    const text = await runCli(['display', path('saved.caseweave'), '--list']);
    expect(text.stdout).toMatch(/^Functions by role\s+Role-ordered matrix\s+in the report$/m);
    expect(text.stdout).toMatch(/^Ecosystem\s+Network$/m);
  });

  it('prints a saved display as JSON computed by the app\'s own code, with notes and evidence changes', async () => {
    const run = await runCli(['display', path('saved.caseweave'), '--name', 'functions BY role', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { display: { name: string }; rows: { id: string; label: string }[]; columns: { id: string }[]; cells: { key: string; codingIds: string[]; informants: number; note: { summary: string } | null; evidenceChanged: { added: string[] } | null }[][] };
    const { snapshot } = await readSoundProjectFile(path('saved.caseweave'));
    const view = computeMatrixView(excerptData(snapshot), roleOrdered);
    expect(printed.display.name).toBe('Functions by role');
    expect(printed.rows).toEqual(JSON.parse(JSON.stringify(view.rows)));
    expect(printed.columns).toEqual(JSON.parse(JSON.stringify(view.columns)));
    expect(printed.cells.map((row) => row.map((cell) => [cell.key, cell.codingIds, cell.informants]))).toEqual(view.cells.map((row) => row.map((cell) => [cell.key, cell.codingIds, cell.informants])));
    const noted = printed.cells.flat().find((cell) => cell.note !== null);
    expect(noted?.note?.summary).toBe('Owners lean on relatives abroad.');
    // The note was written having seen no codings: every coding now in the cell is new to it.
    expect(noted?.evidenceChanged?.added).toEqual(noted?.codingIds);
    expect(noted?.codingIds.length).toBeGreaterThan(0);
  });

  it('prints the table and writes CSV and a workbook with its excerpts', async () => {
    const table = await runCli(['display', path('saved.caseweave'), '--name', 'Triangulation']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^\s+Interview\s+Observation\s+Document\s+Other\s+Total$/);
    expect(table.stdout).toContain('No evidence');

    expect((await runCli(['display', path('saved.caseweave'), '--name', 'Triangulation', '-o', path('tri.csv')])).code).toBe(0);
    const csv = (await readFile(path('tri.csv'), 'utf8')).split('\r\n');
    expect(csv.slice(0, 2)).toEqual(['\uFEFFDisplay,Triangulation', 'Type,Triangulation matrix']);

    const written = await runCli(['display', path('saved.caseweave'), '--name', 'Functions by role', '--format', 'xlsx', '-o', path('roles.xlsx')]);
    expect(written.stdout).toContain('roles.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path('roles.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Matrix', 'Excerpts']);
    const [matrix, excerpts] = workbook.worksheets;
    expect(matrix.getCell('B1').value).toBe('Functions by role');
    const cellTexts: string[] = [];
    matrix.eachRow((row) => row.eachCell((cell) => cellTexts.push(String(cell.value))));
    expect(cellTexts.some((text) => text.startsWith('Owners lean on relatives abroad. ('))).toBe(true);
    expect(excerpts.rowCount).toBeGreaterThan(1);
  });

  it('refuses an unknown name and a network display (status 1), and options of another form (status 2)', async () => {
    const unknown = await runCli(['display', path('saved.caseweave'), '--name', 'Nothing']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no display named "Nothing"');
    const network = await runCli(['display', path('saved.caseweave'), '--name', 'Ecosystem', '--json']);
    expect(network.code).toBe(1);
    expect(network.stderr).toContain('"Ecosystem" is a network display');
    const mixed = await runCli(['display', path('saved.caseweave'), '--list', '--rows', 'role']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('Option "--rows" cannot be used with "--list".');
    const adHoc = await runCli(['display', path('saved.caseweave'), '--cols', 'code', '--cell', 'segments']);
    expect(adHoc.code).toBe(2);
    expect(adHoc.stderr).toContain('"display" needs option "--rows".');
  });
});
