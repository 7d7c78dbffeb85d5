// `caseweave --help` and `--version` through the built launcher: exit 0, the version of package.json, and a help that
// lists every command and option; a usage error points to the help.
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

  it('lists the commands and options with the exit statuses and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain(await packageVersion());
    for (const entry of ['import FILE...', '--json', '-h, --help', '-v, --version']) {
      expect(lines.some((line) => line.trimStart().startsWith(entry))).toBe(true);
    }
    expect(run.stdout).toContain('Exit status: 0');
    // Descriptions of commands and options start in one column.
    const descriptionStarts = lines.filter((line) => line.startsWith('  ')).map((line) => /^ {2}\S.*?\s{2,}(?=\S)/.exec(line)?.[0].length);
    expect(descriptionStarts).toHaveLength(4);
    expect(new Set(descriptionStarts)).toEqual(new Set([descriptionStarts[0]]));
    expect(descriptionStarts[0]).toBeGreaterThan(0);
  });

  it('points to --help after a usage error', async () => {
    const run = await runCli(['import', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option "--verbose".');
    expect(run.stderr).toContain('caseweave --help');
  });
});
