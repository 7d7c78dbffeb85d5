// `caseweave report` on the example project through the real CLI: every format is written; the same file and options
// give the same bytes (the stamp is the project's last audit event, not the clock); Markdown's figures are files
// beside OUT, each one the Markdown links to; a file that is not there is refused with status 1.
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/runCli.ts';
import { expectNoStackTrace, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();

const report = async (format: string, output: string, extra: string[] = []) => {
  const run = await runCli(['report', path('example.caseweave'), '--format', format, ...extra, '-o', path(output)]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^Wrote the report to .+: \d+ sections/);
  return new Uint8Array(await readFile(path(output)));
};

describe('caseweave report', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
  });

  it('writes a PDF, and the same bytes again from the same file and options', async () => {
    const first = await report('pdf', 'first.pdf', ['--lang', 'en']);
    const second = await report('pdf', 'second.pdf', ['--lang', 'en']);
    expect(new TextDecoder().decode(first.subarray(0, 4))).toBe('%PDF');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('writes HTML as a document and DOCX as a non-empty file', async () => {
    expect(new TextDecoder().decode(await report('html', 'r.html', ['--quotes', '2', '--no-excerpts', '--pseudonymise']))).toMatch(/^<!doctype html>/i);
    expect((await report('docx', 'r.docx', ['--date', '2026-02-28'])).byteLength).toBeGreaterThan(0);
  });

  it('writes Markdown with every figure it links to as an SVG file beside it', async () => {
    const markdown = new TextDecoder().decode(await report('md', 'report.md'));
    const linked = [...markdown.matchAll(/\]\(([^)\s]+\.svg)\)/g)].map((match) => match[1]);
    for (const name of linked) {
      const file = join(dirname(path('report.md')), name);
      await access(file);
      expect(await readFile(file, 'utf8')).toMatch(/<svg[\s>]/);
    }
  });

  it('refuses a project file that is not there with status 1 and no stack trace', async () => {
    const run = await runCli(['report', path('missing.caseweave'), '--format', 'html', '-o', path('x.html')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.caseweave');
    expectNoStackTrace(run.stderr);
  });
});
