// `caseweave new`, `info` and `check` as processes: a new project as the app creates it, what info counts (every table
// of the file), check's verdict on a sound, a damaged and a repairable file, and the exit status of each outcome:
// 0 done, 1 an input refused (the file and the reason on stderr, no stack trace), 2 a usage error.
import { writeFile, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../support/makeDocx.ts';
import { runCli } from '../../support/runCli.ts';
import { projectFileTables } from '../../../shared/project/entityRegistry.ts';
import { PROJECT_FILE_FORMAT_VERSION, snapshotRows } from '../../../shared/projectFile/index.ts';
import { findBuiltInTemplate } from '../../../shared/templates/builtInTemplates.ts';
import type { CheckReport } from '../../../cli/checkCommand.ts';
import type { ProjectFileInfo } from '../../../cli/infoCommand.ts';
import { expectNoStackTrace, readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schemaHistory.ts';

const { path } = useTempFolder();

/** A project file with 3 codings whose code was deleted: sound as an archive, repairable in its integrity. */
const writeRepairableFile = async (file: string): Promise<void> => {
  expect((await runCli(['example', '-o', file])).code).toBe(0);
  const { snapshot } = await readSoundProjectFile(file);
  const codings = snapshotRows(snapshot, 'codings');
  const memoTargets = new Set(snapshotRows(snapshot, 'memos').map((memo) => (memo.target.kind === 'project' ? '' : memo.target.id)));
  // A leaf code with 3 codings and no memo on it or on them: deleting it leaves exactly those 3 codings dangling.
  const victim = snapshotRows(snapshot, 'codes').find((code) => {
    const its = codings.filter((coding) => coding.codeId === code.id);
    const isParent = snapshotRows(snapshot, 'codes').some((child) => child.parentId === code.id);
    return its.length === 3 && !isParent && !memoTargets.has(code.id) && !its.some((coding) => memoTargets.has(coding.id));
  });
  if (victim === undefined) throw new Error('the example has no code with 3 codings');
  await saveSnapshot(file, { ...snapshot, tables: { ...snapshot.tables, codes: snapshotRows(snapshot, 'codes').filter((code) => code.id !== victim.id) } });
};

describe('caseweave new', () => {
  it('writes a project with a built-in template\'s codes and role presets, created by the CLI\'s coder', async () => {
    const file = path('batik.caseweave');
    const run = await runCli(['new', '  Batik   exporters ', '--template', 'sales-network-factors', '-o', file]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const template = findBuiltInTemplate('sales-network-factors');
    const { snapshot } = await readSoundProjectFile(file);
    const [project] = snapshotRows(snapshot, 'projects');
    expect(project).toMatchObject({ name: 'Batik exporters', templateId: 'sales-network-factors', isExample: false, settings: { rolePresets: template?.rolePresets } });
    expect(run.stdout).toBe(`Wrote the new project "Batik exporters" to ${file} with ${snapshotRows(snapshot, 'codes').length} codes.\n`);
    expect(snapshotRows(snapshot, 'codes').map((code) => code.name)).toEqual(expect.arrayContaining((template?.codes ?? []).map((code) => code.name)));
    const [cli] = snapshotRows(snapshot, 'coders');
    expect(cli.name).toBe('caseweave-cli');
    expect(snapshotRows(snapshot, 'auditEvents')).toEqual([
      { projectId: project.id, action: 'create', objectType: 'project', objectId: project.id, detail: 'Batik exporters', at: project.createdAt, actorId: cli.id },
    ]);
  });

  it('writes an empty code tree without a template', async () => {
    const file = path('empty.caseweave');
    const run = await runCli(['new', 'Empty', '-o', file]);
    expect(run).toEqual({ code: 0, stdout: `Wrote the new project "Empty" to ${file} with an empty code tree.\n`, stderr: '' });
    expect(snapshotRows((await readSoundProjectFile(file)).snapshot, 'codes')).toEqual([]);
  });

  it.each([
    [['new', 'X', '--template', 'nope'], /^"nope" is not a built-in template \(built-in: ecosystem-internationalization, /],
    [['new', '   '], /^A project needs a name\.\n$/],
  ])('refuses %j with exit 1 and writes nothing', async (args, message) => {
    const file = path('refused.caseweave');
    const run = await runCli([...args, '-o', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expectNoStackTrace(run.stderr);
    await expect(readFile(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('caseweave info', () => {
  it('counts sources by kind, informants by role and the rows of every table the file carries', async () => {
    const file = path('info-example.caseweave');
    expect((await runCli(['example', '-o', file])).code).toBe(0);
    const run = await runCli(['info', file, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const info = JSON.parse(run.stdout) as ProjectFileInfo;
    const { snapshot } = await readSoundProjectFile(file);
    expect(info).toMatchObject({ file, name: 'Kendang Jimbe case study (example)', format: 'caseweave-project', formatVersion: PROJECT_FILE_FORMAT_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, migratedFrom: null, repairs: 0 });
    expect(info.sourcesByKind).toEqual({ interview: 3, observation: 1, document: 1, other: 0 });
    expect(info.informantsByRole).toEqual({ 'association representative': 1, craftsman: 1, 'diaspora actor': 1, owner: 1, 'partner/distributor': 1 });
    expect(Object.keys(info.tables)).toEqual(projectFileTables());
    for (const table of projectFileTables()) expect(info.tables[table], table).toBe(snapshotRows(snapshot, table).length);
    expect(info.tables).toMatchObject({ codes: 26, codings: 37, memos: 3, displays: 4, relations: 6, summarySheets: 2 });
  });

  it('prints the same as a summary', async () => {
    const file = path('info-example.caseweave');
    const run = await runCli(['info', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Project: Kendang Jimbe case study (example)\nFormat: caseweave-project version ${PROJECT_FILE_FORMAT_VERSION}, database schema ${CURRENT_SCHEMA_VERSION}, written by Caseweave `);
    expect(run.stdout).toContain('Sources by kind: interview 3, observation 1, document 1\n');
    for (const table of projectFileTables()) expect(run.stdout).toMatch(new RegExp(`\\n  ${table} +\\d+\\n`));
  });

  it('reads a file that needs repairs and says so', async () => {
    const file = path('info-repairable.caseweave');
    await writeRepairableFile(file);
    const run = await runCli(['info', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The file needs 3 repairs; run "caseweave check" to see them.');
  });
});

describe('caseweave check', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('sound.caseweave')])).code).toBe(0);
  });

  it('exits 0 on a sound file', async () => {
    const file = path('sound.caseweave');
    const run = await runCli(['check', file]);
    // Every table of the registry's project file, kept originals (none here) included.
    expect(run).toEqual({ code: 0, stdout: `${file}: sound (105 rows in ${projectFileTables().length} tables).\n`, stderr: '' });
    const json = await runCli(['check', file, '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ file, sound: true, problems: [], repairs: [] } satisfies CheckReport);
  });

  it('exits 1 with every repair a file needs', async () => {
    const file = path('repairable.caseweave');
    await writeRepairableFile(file);
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${file} opens only after 3 repairs:`);
    expect(lines.slice(1)).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}- /);
    const report = JSON.parse((await runCli(['check', file, '--json'])).stdout) as CheckReport;
    expect(report.sound).toBe(false);
    expect(report.repairs.map((repair) => repair.action)).toEqual(['removeCoding', 'removeCoding', 'removeCoding']);
  });

  it.each([
    ['a 0-byte file', async (file: string) => writeFile(file, new Uint8Array()), 'empty'],
    ['a truncated file', async (file: string) => writeFile(file, (await readFile(path('sound.caseweave'))).subarray(0, 2000)), 'truncated'],
    ['a text file', async (file: string) => writeFile(file, 'just some notes'), 'notZip'],
    ['a .docx renamed', async (file: string) => writeFile(file, makeDocx({ body: ['Not a project'] })), 'notCaseweave'],
  ])('exits 1 naming the problem of %s, and info refuses it too', async (_label, make, code) => {
    const file = path(`damaged-${code}.caseweave`);
    await make(file);
    const run = await runCli(['check', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`${file} cannot be opened:`);
    expect(run.stderr).toContain(file);
    expectNoStackTrace(run.stderr);
    const report = JSON.parse((await runCli(['check', file, '--json'])).stdout) as CheckReport;
    expect(report.problems.map((problem) => problem.code)).toContain(code);
    const info = await runCli(['info', file]);
    expect(info.code).toBe(1);
    expect(info.stdout).toBe('');
    expect(info.stderr.startsWith(file)).toBe(true);
    expectNoStackTrace(info.stderr);
  });

  it('refuses a file that is not there', async () => {
    const file = path('missing.caseweave');
    const run = await runCli(['check', file]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${file}: the file could not be read (ENOENT).\n` });
  });
});

describe('usage errors', () => {
  it.each([
    [['example'], 'Usage: caseweave example -o FILE.caseweave'],
    [['new', '-o', 'x.caseweave'], 'Usage: caseweave new NAME [--template ID] -o FILE.caseweave'],
    [['info'], 'Usage: caseweave info FILE.caseweave [--json]'],
    [['check', 'a.caseweave', 'b.caseweave'], 'Usage: caseweave check FILE.caseweave [--json]'],
    [['excerpts', 'a.caseweave'], 'Usage: caseweave excerpts FILE.caseweave'],
    [['excerpts', 'a.caseweave', '-o', 'out', '--format', 'xml'], 'Usage: caseweave excerpts FILE.caseweave'],
  ])('exit 2 for %j with the command\'s usage line', async (args, usage) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(usage);
    expect(run.stderr).toContain('caseweave --help');
  });
});
