// `caseweave import FILE... --into FILE.caseweave` adds sources as the app's import does (speakers linked to informants,
// duplicates by SHA-256 skipped, one audit event per file by the CLI's coder) and rewrites the project file atomically
// with a .bak; a file it cannot take, a project file held by another, damaged or needing repairs, a failing writer and
// a killed process all leave the previous project file as it was.
import { spawn } from 'node:child_process';
import { readFileSync, watch } from 'node:fs';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runImportInto } from '../../../cli/importIntoCommand.ts';
import type { ImportIntoReport } from '../../../cli/importIntoCommand.ts';
import { InputRefused } from '../../../cli/exitStatus.ts';
import { acquireLock, lockPathFor, releaseLock } from '../../../node/fileLock.ts';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { REPO_ROOT, runCli } from '../../support/runCli.ts';
import { expectNoStackTrace, interviewTranscript, readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();
const PROJECT = (): string => path('study.caseweave');
const EXAMPLE_HARJO = new URL('../../../shared/example/sources/owner-interview-harjo.txt', import.meta.url);

const harjoTalk = interviewTranscript([
  ['Interviewer', 'How did the second workshop start?'],
  ['Pak Harjo', 'My nephew took the old lathe and began on his own.'],
  ['Interviewer', 'Who buys from him?'],
  ['Pak Harjo', 'The same trader from Surabaya, at first.'],
]);

let pristine: Buffer = Buffer.alloc(0);

beforeEach(async () => {
  // Every test starts from the same example project file.
  if (pristine.length === 0) {
    expect((await runCli(['example', '-o', path('pristine.caseweave')])).code).toBe(0);
    pristine = await readFile(path('pristine.caseweave'));
  }
  await writeFile(PROJECT(), pristine);
  await rm(`${PROJECT()}.bak`, { force: true });
  await rm(lockPathFor(PROJECT()), { force: true });
  await writeFile(path('nephew.txt'), harjoTalk);
  await writeFile(path('field-note.md'), 'The lathe stood in the yard under a tin roof.\n\nTwo boys sanded drums.');
  await copyFile(EXAMPLE_HARJO, path('harjo-again.txt'));
  await writeFile(path('empty.txt'), '');
});

const leftovers = async (): Promise<string[]> =>
  (await readdir(dirname(PROJECT()))).filter((name) => name.startsWith(`.${basename(PROJECT())}.`));

describe('caseweave import --into', () => {
  it('adds each file as a source with its speakers linked, one audit event each, and keeps the previous file as .bak', async () => {
    const before = await readSoundProjectFile(PROJECT());
    const run = await runCli(['import', path('nephew.txt'), path('field-note.md'), '--into', PROJECT(), '--kind', 'observation', '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as ImportIntoReport;
    expect(report.errors).toEqual([]);
    expect(report.sources.map((source) => [source.file, source.kind, source.title, source.informants])).toEqual([
      [path('nephew.txt'), 'observation', 'Nephew', ['Harjo']],
      [path('field-note.md'), 'observation', 'Field note', []],
    ]);
    expect(await readFile(`${PROJECT()}.bak`)).toEqual(pristine);
    expect(await leftovers()).toEqual([]);

    const { snapshot } = await readSoundProjectFile(PROJECT());
    // The file keeps rows in key order; take them in the order they were added.
    const added = report.sources.flatMap((entry) => snapshotRows(snapshot, 'sources').filter((source) => source.id === entry.id));
    expect(added.map((source) => source.originalFileName)).toEqual(['nephew.txt', 'field-note.md']);
    const harjo = snapshotRows(snapshot, 'informants').find((informant) => informant.pseudonym === 'Harjo');
    expect(added[0]).toMatchObject({ kind: 'observation', informantIds: [harjo?.id], speakerLinks: { 'Pak Harjo': harjo?.id }, format: 'txt' });
    const texts = new Map(snapshotRows(snapshot, 'sourceTexts').map((row) => [row.sourceId, row.text]));
    expect(texts.get(added[0].id)).toContain('My nephew took the old lathe');
    expect(added[0].wordCount).toBeGreaterThan(20);
    // Everything else is as it was.
    for (const table of ['informants', 'codes', 'codings', 'memos', 'coders'] as const) {
      expect(snapshotRows(snapshot, table), table).toEqual(snapshotRows(before.snapshot, table));
    }
    // One event per file, by the coder the file already had, and the project's updatedAt moved to the last one.
    const [cli] = snapshotRows(before.snapshot, 'coders');
    const events = snapshotRows(snapshot, 'auditEvents');
    expect(events.slice(0, -2)).toEqual(snapshotRows(before.snapshot, 'auditEvents'));
    expect(events.slice(-2)).toEqual(added.map((source) => ({
      projectId: snapshot.projectId, action: 'import', objectType: 'source', objectId: source.id, detail: source.originalFileName, at: source.importedAt, actorId: cli.id,
    })));
    expect(snapshotRows(snapshot, 'projects')[0].updatedAt).toBe(events.at(-1)?.at);
  });

  it('skips files already in the project or earlier on the line, refuses unreadable ones, adds the rest, and exits 1', async () => {
    const run = await runCli(['import', path('harjo-again.txt'), path('nephew.txt'), path('nephew.txt'), path('empty.txt'), path('nope.txt'), '--into', PROJECT()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Added ${path('nephew.txt')}: interview, "Nephew", en, 4 turns, informants: Harjo\n`);
    expect(run.stdout).toContain(`1 added to ${PROJECT()}, 4 refused.`);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `${path('harjo-again.txt')}: already in the project as "Interview with Pak Harjo (owner)" (the same file, by its SHA-256); not imported again.`,
      `${path('nephew.txt')}: already in the project as "Nephew" (the same file, by its SHA-256); not imported again.`,
      `${path('empty.txt')}: the file is empty.`,
      `${path('nope.txt')}: the file could not be read (ENOENT).`,
    ]);
    expectNoStackTrace(run.stderr);
    const { snapshot } = await readSoundProjectFile(PROJECT());
    expect(snapshotRows(snapshot, 'sources')).toHaveLength(6);
  });

  it('leaves the project file untouched, without a .bak, when no file could be added', async () => {
    const run = await runCli(['import', path('harjo-again.txt'), path('empty.txt'), '--into', PROJECT(), '--json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as ImportIntoReport).errors.map((error) => error.file)).toEqual([path('harjo-again.txt'), path('empty.txt')]);
    expect(await readFile(PROJECT())).toEqual(pristine);
    await expect(readFile(`${PROJECT()}.bak`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves the previous file intact, and no temporary file or lock behind, when the write fails partway', async () => {
    await copyFile(PROJECT(), `${PROJECT()}.bak`);
    const failing = runImportInto({ files: [path('nephew.txt')], into: PROJECT(), sourceKind: null }, {
      writeContents: async (file, bytes) => {
        await file.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw new Error('ENOSPC: no space left on device');
      },
    });
    await expect(failing).rejects.toThrow(InputRefused);
    await expect(failing).rejects.toThrow(`${PROJECT()}: the file could not be written (ENOSPC: no space left on device); nothing was changed.`);
    expect(await readFile(PROJECT())).toEqual(pristine);
    expect(await readFile(`${PROJECT()}.bak`)).toEqual(pristine);
    expect(await leftovers()).toEqual([]);
    // The lock was given back: the same import now goes through.
    expect((await runImportInto({ files: [path('nephew.txt')], into: PROJECT(), sourceKind: null })).sources).toHaveLength(1);
  });

  it('leaves the previous file intact when the process is killed partway, and the next run takes over its stale lock', async () => {
    const child = spawn(process.execPath, [`${REPO_ROOT}/bin/caseweave.mjs`, 'import', path('nephew.txt'), path('field-note.md'), '--into', PROJECT()], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    // Killed as soon as its lock says who holds it: it is then reading, importing or writing. (A lock file still
    // empty is left alone by the next run for a while, since its writer may be filling it.)
    const watcher = watch(dirname(PROJECT()), (_event, name) => {
      if (name !== basename(lockPathFor(PROJECT()))) return;
      let said = '';
      try {
        said = readFileSync(lockPathFor(PROJECT()), 'utf8');
      } catch {
        return;
      }
      if (said.includes('"pid"') && said.trimEnd().endsWith('}')) child.kill('SIGKILL');
    });
    const ended = await exited;
    watcher.close();
    const after = await readFile(PROJECT());
    if (ended === 'SIGKILL') {
      // Killed before the rename: the old file; after it: the whole new one. Never a mix.
      const { snapshot } = await readSoundProjectFile(PROJECT());
      expect(after.equals(pristine) || snapshotRows(snapshot, 'sources').length === 7).toBe(true);
    } else {
      expect(ended).toBe(0);
    }
    const next = await runCli(['import', path('harjo-again.txt'), '--into', PROJECT(), '--kind', 'document']);
    expect(next.code).toBe(1);
    expect(next.stderr).toContain('already in the project');
    expect(next.stderr).not.toContain('in use');
  });

  it('refuses a project file another holder has locked, and changes nothing', async () => {
    const attempt = await acquireLock(PROJECT(), 'the-app-window');
    expect(attempt.acquired).toBe(true);
    try {
      const run = await runCli(['import', path('nephew.txt'), '--into', PROJECT()]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^${PROJECT().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the project file is in use by process ${process.pid} of `));
      expectNoStackTrace(run.stderr);
      expect(await readFile(PROJECT())).toEqual(pristine);
    } finally {
      await releaseLock(PROJECT(), 'the-app-window');
    }
  });

  it('refuses a damaged project file, a file needing repairs and a missing one, and writes nothing', async () => {
    await writeFile(path('damaged.caseweave'), pristine.subarray(0, pristine.length - 100));
    const damaged = await runCli(['import', path('nephew.txt'), '--into', path('damaged.caseweave')]);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr.startsWith(`${path('damaged.caseweave')}`)).toBe(true);
    expectNoStackTrace(damaged.stderr);
    expect(await readFile(path('damaged.caseweave'))).toEqual(pristine.subarray(0, pristine.length - 100));

    const { snapshot } = await readSoundProjectFile(PROJECT());
    const coded = snapshotRows(snapshot, 'codings')[0];
    await saveSnapshot(path('repairable.caseweave'), { ...snapshot, tables: { ...snapshot.tables, codings: [...snapshotRows(snapshot, 'codings'), { ...coded, id: 'stray', codeId: 'gone' }] } });
    const before = await readFile(path('repairable.caseweave'));
    const repairable = await runCli(['import', path('nephew.txt'), '--into', path('repairable.caseweave')]);
    expect(repairable.code).toBe(1);
    expect(repairable.stderr).toContain(`${path('repairable.caseweave')}: the project file needs 1 repair before it can be used; run "caseweave check`);
    expect(await readFile(path('repairable.caseweave'))).toEqual(before);

    const missing = await runCli(['import', path('nephew.txt'), '--into', path('missing.caseweave')]);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `${path('missing.caseweave')}: the file could not be read (ENOENT).\n` });
  });
});
