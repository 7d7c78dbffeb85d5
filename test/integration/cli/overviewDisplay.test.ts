// `caseweave display --name` of a triangulation overview saved into the example project: the CLI reads the file's
// conclusions, displays, memos and rule, so its JSON equals the app's computed overview over the same file — one row
// per conclusion with its triangulation status and reason — and its CSV names the type and holds each statement.
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMatrixView, newDisplayDefinition } from '../../../shared/analysis/index.ts';
import { triangulationRuleOf, type Display } from '../../../shared/model/index.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';
import { excerptData } from '../../../shared/projectFile/snapshotData.ts';

const { path } = useTempFolder();
const AT = '2025-06-01T12:00:00.000Z';
let overview: Display;

describe('caseweave display --name of a triangulation overview', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    const { snapshot } = await readSoundProjectFile(path('example.caseweave'));
    overview = {
      id: 'dsp-overview', projectId: snapshot.projectId, name: 'Where the conclusions stand', type: 'triangulation-overview',
      definition: newDisplayDefinition('triangulation-overview'), cellNotes: {}, includeInReport: false, createdAt: AT, updatedAt: AT,
    };
    await saveSnapshot(path('overview.caseweave'), { ...snapshot, tables: { ...snapshot.tables, displays: [...snapshotRows(snapshot, 'displays'), overview] } });
  });

  it('prints the overview computed over the file’s conclusions, as the app computes it', async () => {
    const run = await runCli(['display', path('overview.caseweave'), '--name', 'Where the conclusions stand', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { rows: { id: string; label: string; title?: string }[]; cells: { value: number | null; detail: string | null }[][] };
    const { snapshot } = await readSoundProjectFile(path('overview.caseweave'));
    const conclusions = snapshotRows(snapshot, 'conclusions');
    expect(printed.rows).toHaveLength(conclusions.length);
    expect(printed.rows.length).toBeGreaterThan(0);
    const [project] = snapshotRows(snapshot, 'projects');
    const view = computeMatrixView({
      ...excerptData(snapshot),
      verification: {
        conclusions: [...conclusions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
        displays: snapshotRows(snapshot, 'displays'), memos: snapshotRows(snapshot, 'memos'), memberChecks: snapshotRows(snapshot, 'memberChecks'),
        rule: triangulationRuleOf(project),
      },
    }, overview);
    expect(printed.rows.map((row) => [row.id, row.label, row.title])).toEqual(view.rows.map((row) => [row.id, row.label, row.title]));
    expect(printed.cells.map((row) => row.map((cell) => cell.value ?? cell.detail))).toEqual(view.cells.map((row) => row.map((cell) => cell.value ?? cell.detail)));
    expect(printed.rows.every((row) => /^(Triangulated|Partly triangulated|Single source|Contested): /.test(row.title ?? ''))).toBe(true);
  });

  it('exports it as CSV with its type and every statement', async () => {
    const run = await runCli(['display', path('overview.caseweave'), '--name', 'Where the conclusions stand', '--format', 'csv', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Triangulation overview');
    const { snapshot } = await readSoundProjectFile(path('overview.caseweave'));
    for (const conclusion of snapshotRows(snapshot, 'conclusions')) expect(run.stdout).toContain(conclusion.statement.plainText.trim().slice(0, 40));
  });
});
