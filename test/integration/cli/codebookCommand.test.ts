// `caseweave codebook` through the built launcher on the example project: it writes the codebook in each format, in
// the language asked for, and refuses usage mistakes (status 2, the codebook's usage line) and an unreadable project
// (status 1) without a stack trace.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_TIMEOUT, officeText } from '../../support/officeText.ts';
import { runCli } from '../../support/runCli.ts';
import { expectNoStackTrace, useTempFolder } from './cliProjectFiles.ts';

const { path } = useTempFolder();
const USAGE = 'Usage: caseweave codebook FILE.caseweave --format docx|md|html [--lang en|id] [--history] [--pseudonymise] -o OUT';

describe('caseweave codebook', () => {
  beforeAll(async () => {
    expect((await runCli(['example', '-o', path('example.caseweave')])).code).toBe(0);
  }, 60_000);

  it('writes the codebook as Markdown, HTML and Word and says so', async () => {
    for (const format of ['md', 'html', 'docx'] as const) {
      const out = path(`codebook.${format}`);
      const run = await runCli(['codebook', path('example.caseweave'), '--format', format, '--history', '--pseudonymise', '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`Wrote the codebook of “Kendang Jimbe case study (example)” (26 codes) to ${out}.\n`);
      expect((await readFile(out)).byteLength).toBeGreaterThan(0);
    }
    expect(await readFile(path('codebook.md'), 'utf8')).toContain('Kendang Jimbe case study (example)');
    expect(await readFile(path('codebook.html'), 'utf8')).toContain('Kendang Jimbe case study (example)');
    // The Word file opens in LibreOffice, with the code tree's codes and their definitions in it.
    const word = (await officeText(new Uint8Array(await readFile(path('codebook.docx'))), 'docx')).replace(/\s+/gu, ' ');
    for (const text of ['Kendang Jimbe case study (example)', 'Business networks', 'Global collaboration', 'Diaspora', 'Business associations']) expect(word).toContain(text);
  }, 90_000 + OFFICE_TIMEOUT);

  it('writes in Bahasa Indonesia with --lang id', async () => {
    const run = await runCli(['codebook', path('example.caseweave'), '--format', 'html', '--lang', 'id', '-o', path('buku.html')]);
    expect(run.code).toBe(0);
    const html = await readFile(path('buku.html'), 'utf8');
    expect(html).toContain('Ringkasan');
    expect(html).not.toContain('Overview');
  });

  it('refuses usage mistakes with status 2 and the codebook’s usage line', async () => {
    const mistakes = [
      [['codebook', path('example.caseweave'), '-o', path('x.docx')], 'needs option "--format"'],
      [['codebook', path('example.caseweave'), '--format', 'pdf', '-o', path('x.pdf')], '"pdf"'],
      [['codebook', path('example.caseweave'), '--format', 'md', '-o', '-'], 'A codebook is written to a file'],
      [['codebook', path('example.caseweave'), '--format', 'md', '--lang', 'fr', '-o', path('x.md')], '"fr"'],
    ] as const;
    for (const [argv, problem] of mistakes) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(problem);
      expect(run.stderr).toContain(USAGE);
      expectNoStackTrace(run.stderr);
    }
  }, 90_000);

  it('refuses a file that is not a project with status 1, naming it', async () => {
    const run = await runCli(['codebook', path('missing.caseweave'), '--format', 'md', '-o', path('x.md')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.caseweave');
    expectNoStackTrace(run.stderr);
  });
});
