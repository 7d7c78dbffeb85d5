// parseCommandLine: the import command with its files and --json, help and version winning over everything else,
// and each usage problem (exit 2) told in the user's language.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../cli/commandLine.ts';

describe('parseCommandLine', () => {
  it('reads the import command, its files in order and --json wherever it stands', () => {
    expect(parseCommandLine(['import', 'a.txt', '--json', 'b.docx'])).toEqual({ kind: 'import', files: ['a.txt', 'b.docx'], json: true });
    expect(parseCommandLine(['--json', 'import', 'a.txt'])).toEqual({ kind: 'import', files: ['a.txt'], json: true });
    expect(parseCommandLine(['import', 'a.txt'])).toEqual({ kind: 'import', files: ['a.txt'], json: false });
  });

  it('takes everything after -- as a file, and a lone - as a file name', () => {
    expect(parseCommandLine(['import', '--', '--json', '-'])).toEqual({ kind: 'import', files: ['--json', '-'], json: false });
    expect(parseCommandLine(['import', '-'])).toEqual({ kind: 'import', files: ['-'], json: false });
  });

  it.each([[['--help']], [['-h']], [['import', 'a.txt', '--help']], [['nonsense', '-h']], [['--version', '--help']]])('asks for help with %j', (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'help' });
  });

  it.each([[['--version']], [['-v']], [['import', '-v']]])('asks for the version with %j', (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'No command given.'],
    [['import'], 'No files given.'],
    [['export', 'x.txt'], 'Unknown command "export".'],
    [['import', '--verbose', 'x.txt'], 'Unknown option "--verbose".'],
    [['import', '-x', 'x.txt'], 'Unknown option "-x".'],
    [['import', '--json=yes', 'x.txt'], 'Option "--json" takes no value.'],
    [['--verbose', '--help'], 'Unknown option "--verbose".'],
  ])('refuses %j: %s', (argv, problem) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'usageError', problem });
  });
});
