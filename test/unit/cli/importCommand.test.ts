// The headless CLI end to end: `node bin/caseweave.mjs import FILE... --json` on generated files, its JSON
// shape, human output and exit codes 0 / 1 / 2.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../support/makeDocx.ts';
import { makePdf } from '../../support/makePdf.ts';
import { runCli } from '../../support/runCli.ts';

let folder = '';
const path = (name: string): string => join(folder, name);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'caseweave-cli-'));
  await writeFile(path('talk.txt'), 'Interviewer: How did it start?\r\n\r\nOwner: With one buyer.\r\n\r\nInterviewer: And then?\r\n\r\nOwner: More.');
  await writeFile(path('report.docx'), makeDocx({ body: ['Annual report', { table: [['Year', 'Units'], ['2023', '780']] }] }));
  await writeFile(path('records.pdf'), await makePdf([['Page one text.'], ['Page two text.']]));
  await writeFile(path('fake.pdf'), 'not a pdf at all');
  await writeFile(path('empty.txt'), '');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

type CliJson = {
  sources: { file: string; kind: string; title: string; language: string; sha256: string; text: string; turns: { start: number; end: number; speaker: string | null; timestamp: string | null }[]; encoding: { name: string; how: string } | null; warnings: { code: string; message: string }[] }[];
  errors: { file: string; message: string }[];
};

describe('caseweave import', () => {
  it('prints exactly the documented JSON and exits 0 when every file imports', async () => {
    const files = [path('talk.txt'), path('report.docx'), path('records.pdf')];
    const run = await runCli(['import', ...files, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as CliJson;
    expect(Object.keys(result)).toEqual(['sources', 'errors']);
    expect(result.errors).toEqual([]);
    expect(result.sources.map((source) => source.file)).toEqual(files);
    for (const source of result.sources) {
      expect(Object.keys(source)).toEqual(['file', 'kind', 'title', 'language', 'sha256', 'text', 'turns', 'encoding', 'warnings']);
      // Only plain-text formats are decoded from bytes, so only they name an encoding.
      expect(source.encoding).toEqual(source.file.endsWith('.txt') ? { name: 'utf-8', how: 'valid' } : null);
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      for (const turn of source.turns) {
        expect(Object.keys(turn)).toEqual(['start', 'end', 'speaker', 'timestamp']);
        expect(source.text.slice(turn.start, turn.end).trim()).not.toBe('');
      }
    }
    const talk = result.sources[0];
    expect(talk).toMatchObject({ kind: 'interview', title: 'Talk', language: 'en', text: 'How did it start?\n\nWith one buyer.\n\nAnd then?\n\nMore.' });
    expect(talk.turns[1]).toEqual({ start: 19, end: 34, speaker: 'Owner', timestamp: null });
    expect(result.sources[1].text).toBe('Annual report\n\nYear | Units\n2023 | 780');
    expect(result.sources[2].text).toBe('Page one text.\n\nPage two text.');
  });

  it('lists refused files with their reasons, imports the rest and exits 1', async () => {
    const run = await runCli(['import', path('talk.txt'), path('fake.pdf'), path('empty.txt'), path('missing.txt'), '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as CliJson;
    expect(result.sources).toHaveLength(1);
    expect(result.errors).toEqual([
      { file: path('fake.pdf'), message: `${path('fake.pdf')}: this is not really a PDF (the file does not start like one).` },
      { file: path('empty.txt'), message: `${path('empty.txt')}: the file is empty.` },
      { file: path('missing.txt'), message: `${path('missing.txt')}: the file could not be read (ENOENT).` },
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a human summary without --json', async () => {
    const run = await runCli(['import', path('talk.txt'), path('fake.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('interview');
    expect(run.stdout).toContain('speakers: Interviewer, Owner');
    expect(run.stdout).toContain('not really a PDF');
    expect(run.stdout).toContain('1 imported, 1 refused.');
  });

  it.each([
    [[], 'Usage: caseweave COMMAND'],
    [['import'], 'Usage: caseweave import FILE... [--into FILE.caseweave] [--kind KIND] [--json]'],
    [['export', 'x.txt'], 'Usage: caseweave COMMAND'],
    [['import', 'x.txt', '--kind', 'diary'], 'Usage: caseweave import FILE...'],
  ])('exits 2 with a usage line for %j', async (args, usage) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(usage);
    expect(run.stdout).toBe('');
  });

  it('reports the kind --kind gives instead of the guessed one', async () => {
    const run = await runCli(['import', path('talk.txt'), '--kind', 'other', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CliJson).sources.map((source) => source.kind)).toEqual(['other']);
  });
});
