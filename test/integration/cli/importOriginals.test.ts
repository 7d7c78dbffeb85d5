// `caseweave import --into` on a project that keeps originals: each added file's bytes go into the project file under
// originals/<source id>/<file name>, byte for byte with the source's SHA-256, and stay there through later imports;
// a project that does not keep originals gets none.
import { readFile, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportIntoReport } from '../../../cli/importIntoCommand.ts';
import { sha256Hex } from '../../../shared/projectFile/entryHash.ts';
import { snapshotRows, type ProjectSnapshot } from '../../../shared/projectFile/index.ts';
import { runCli } from '../../support/runCli.ts';
import { interviewTranscript, readSoundProjectFile, saveSnapshot, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

const keepingOriginals = (snapshot: ProjectSnapshot): ProjectSnapshot => ({
  projectId: snapshot.projectId,
  tables: {
    ...snapshot.tables,
    projects: snapshotRows(snapshot, 'projects').map((project) => ({ ...project, settings: { ...project.settings, keepOriginals: true } })),
  },
});

const importInto = async (project: string, ...files: string[]): Promise<ImportIntoReport> => {
  const run = await runCli(['import', ...files.map(path), '--into', project, '--json']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as ImportIntoReport;
};

/** The originals/ entries of the file at `file`, path → bytes. */
const originalEntries = async (file: string): Promise<Record<string, Uint8Array>> =>
  Object.fromEntries(Object.entries(unzipSync(new Uint8Array(await readFile(file)))).filter(([name]) => name.startsWith('originals/')));

beforeAll(async () => {
  expect((await runCli(['example', '-o', path('plain.caseweave')])).code).toBe(0);
  await saveSnapshot(path('keeping.caseweave'), keepingOriginals((await readSoundProjectFile(path('plain.caseweave'))).snapshot));
  await writeFile(path('nephew.txt'), interviewTranscript([['Interviewer', 'Who made this drum?'], ['Pak Harjo', 'My nephew, on the old lathe.']]));
  await writeFile(path('yard.md'), 'The lathe stood in the yard under a tin roof.\n');
});

describe('caseweave import --into a project that keeps originals', () => {
  it('keeps each added file\'s bytes under originals/, its SHA-256 the source\'s, and keeps them through the next import', async () => {
    const project = path('keeping.caseweave');
    const first = await importInto(project, 'nephew.txt');
    const [nephew] = first.sources;
    const afterFirst = await originalEntries(project);
    expect(Object.keys(afterFirst)).toEqual([`originals/${nephew.id}/nephew.txt`]);
    expect(afterFirst[`originals/${nephew.id}/nephew.txt`]).toEqual(new Uint8Array(await readFile(path('nephew.txt'))));

    const second = await importInto(project, 'yard.md');
    const [yard] = second.sources;
    const entries = await originalEntries(project);
    expect(Object.keys(entries).sort()).toEqual([`originals/${nephew.id}/nephew.txt`, `originals/${yard.id}/yard.md`].sort());
    const { snapshot } = await readSoundProjectFile(project);
    for (const source of [nephew, yard]) {
      const row = snapshotRows(snapshot, 'sources').find((candidate) => candidate.id === source.id);
      const kept = snapshotRows(snapshot, 'sourceOriginals').find((candidate) => candidate.sourceId === source.id);
      expect(kept?.bytes).toEqual(new Uint8Array(await readFile(source.file)));
      expect(await sha256Hex(kept?.bytes ?? new Uint8Array())).toBe(row?.sha256);
    }
  });

  it('keeps nothing in a project that does not keep originals (the default)', async () => {
    const project = path('plain.caseweave');
    const report = await importInto(project, 'nephew.txt');
    expect(report.sources).toHaveLength(1);
    expect(await originalEntries(project)).toEqual({});
    expect(snapshotRows((await readSoundProjectFile(project)).snapshot, 'sourceOriginals')).toEqual([]);
  });
});
