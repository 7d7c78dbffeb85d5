// `caseweave --help` and `--version` through the built launcher: exit 0, the version of package.json, and a help that
// lists every command and option; a usage error points to the help and shows the command's usage line.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../support/runCli.ts';

const packageVersion = async (): Promise<string> => {
  const manifest: unknown = JSON.parse(await readFile(`${REPO_ROOT}/package.json`, 'utf8'));
  expect(manifest).toMatchObject({ version: expect.any(String) });
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest ? String(manifest.version) : '';
};

describe('caseweave --help and --version', () => {
  it('prints the version of package.json alone and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${await packageVersion()}\n`, stderr: '' });
  });

  it('lists every command with its description and the options with the exit statuses, and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain(await packageVersion());
    const synopses = [
      'example -o FILE.caseweave', 'new NAME [--template ID] -o FILE.caseweave', 'info FILE.caseweave [--json]', 'check FILE.caseweave [--json]',
      'import FILE... [--into FILE.caseweave] [--kind KIND] [--json]',
      'excerpts FILE.caseweave [--code NAME]... [--with-subcodes] [--format csv|json|md|xlsx|docx] [--sheet-per-code] [--pseudonymise] -o OUT',
      'display FILE.caseweave --rows informant|role|source|source-kind|period --cols code|source-kind [--codes A,B…] [--with-subcodes] --cell segments|informants|words [--json] [--format csv|tsv|json|xlsx] [-o OUT]',
      'packet FILE.caseweave --informant PSEUDONYM|ID --format docx|pdf [--lang en|id] -o OUT',
      'codebook FILE.caseweave --format docx|md|html [--lang en|id] [--history] [--pseudonymise] -o OUT',
      'report FILE.caseweave --format html|docx|md|pdf [--lang en|id] [--pseudonymise] [--quotes N] [--no-excerpts] [--date YYYY-MM-DD] -o OUT',
    ];
    for (const synopsis of synopses) {
      const at = lines.indexOf(`  ${synopsis}`);
      expect(at, synopsis).toBeGreaterThan(0);
      // Its description follows on the next line, indented further.
      expect(lines[at + 1]).toMatch(/^ {6}\S/);
    }
    expect(run.stdout).toContain('ecosystem-internationalization');
    expect(run.stdout).toContain('Exit status: 0');
    // Options: each flag once, descriptions starting in one column.
    const flags = ['-o, --output FILE', '--into FILE.caseweave', '--kind KIND', '--template ID', '--code NAME', '--with-subcodes', '--format csv|tsv|json|md|html|xlsx|docx|pdf', '--sheet-per-code', '--informant PSEUDONYM|ID', '--lang en|id', '--pseudonymise', '--quotes N', '--no-excerpts', '--date YYYY-MM-DD', '--rows informant|role|source|source-kind|period', '--cols code|source-kind', '--codes A,B…', '--cell segments|informants|words', '--json', '--history', '-h, --help', '-v, --version'];
    const optionLines = flags.map((flag) => lines.find((line) => line.startsWith(`  ${flag} `)));
    expect(optionLines.every((line) => line !== undefined)).toBe(true);
    const descriptionStarts = optionLines.map((line) => /^ {2}\S.*?\s{3,}(?=\S)/.exec(line ?? '')?.[0].length);
    expect(new Set(descriptionStarts)).toEqual(new Set([descriptionStarts[0]]));
    expect(descriptionStarts[0]).toBeGreaterThan(flags[1].length);
  });

  it('points to --help after a usage error', async () => {
    const run = await runCli(['import', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--verbose".');
    expect(run.stderr).toContain('caseweave --help');
    expect(run.stderr).toContain('Usage: caseweave import FILE... [--into FILE.caseweave] [--kind KIND] [--json]');
  });
});
