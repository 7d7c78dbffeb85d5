// `caseweave audit` writes the project's trail as the app's Audit trail screen exports it: one row per event, oldest
// first, with the coder's name, to a file or stdout; refuses another format and a missing -o.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotRows } from '../../../shared/projectFile/index.ts';
import { parseCsv } from '../../support/parseCsv.ts';
import { runCli } from '../../support/runCli.ts';
import { readSoundProjectFile, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

describe('caseweave audit', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
    expect((await runCli(['new', 'Empty study', '-o', path('new.caseweave')])).code).toBe(0);
  });

  it('writes every event of the file, oldest first, with the coder named', async () => {
    const file = path('example.caseweave');
    const { snapshot } = await readSoundProjectFile(file);
    const events = snapshotRows(snapshot, 'auditEvents');
    expect(events.length).toBeGreaterThan(0);
    const run = await runCli(['audit', file, '-o', path('audit.csv')]);
    expect(run).toEqual({ code: 0, stdout: `Wrote ${events.length} audit ${events.length === 1 ? 'event' : 'events'} to ${path('audit.csv')}.\n`, stderr: '' });
    const rows = parseCsv((await readFile(path('audit.csv'), 'utf8')).replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['time', 'coder', 'coder id', 'action', 'object type', 'object id', 'detail']);
    expect(rows.slice(1).map((row) => row[5])).toEqual(events.map((event) => event.objectId));
    const coders = new Map(snapshotRows(snapshot, 'coders').map((coder) => [coder.id, coder.name]));
    expect(rows.slice(1).map((row) => row[1])).toEqual(events.map((event) => coders.get(event.actorId)));
    const times = rows.slice(1).map((row) => row[0]);
    expect([...times].sort()).toEqual(times);
  });

  it('writes to the standard output with -o -, and refuses other formats and a missing -o', async () => {
    const run = await runCli(['audit', path('new.caseweave'), '--format', 'csv', '-o', '-']);
    expect(run.code).toBe(0);
    expect(parseCsv(run.stdout.replace(/^\uFEFF/, ''))[1]).toContain('create');
    const json = await runCli(['audit', path('new.caseweave'), '--format', 'json', '-o', '-']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('csv');
    expect((await runCli(['audit', path('new.caseweave')])).code).toBe(2);
  });
});
