// parseCommandLine for `caseweave codebook`: the format, language and flags read into the request, and each usage
// problem (a missing or unknown format, no output or the standard output, an unknown language, a codebook flag on
// another command) refused with the codebook's usage line.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../cli/commandLine.ts';

describe('parseCommandLine: codebook', () => {
  it('reads the format, the language and the flags', () => {
    expect(parseCommandLine(['codebook', 'p.caseweave', '--format', 'docx', '-o', 'c.docx'])).toEqual({
      kind: 'codebook', file: 'p.caseweave', format: 'docx', language: null, includeHistory: false, pseudonymise: false, output: 'c.docx',
    });
    expect(parseCommandLine(['codebook', '--history', 'p.caseweave', '--format=md', '--lang', 'id', '--pseudonymise', '-o', 'out/c.md'])).toEqual({
      kind: 'codebook', file: 'p.caseweave', format: 'md', language: 'id', includeHistory: true, pseudonymise: true, output: 'out/c.md',
    });
    expect(parseCommandLine(['codebook', 'p.caseweave', '--format', 'html', '-o', 'c.html'])).toMatchObject({ format: 'html' });
  });

  it('refuses a missing or unknown format, a missing or standard output, an unknown language and a missing file', () => {
    const refusal = (argv: string[]) => parseCommandLine(argv);
    expect(refusal(['codebook', 'p.caseweave', '-o', 'c.docx'])).toEqual({ kind: 'usageError', command: 'codebook', problem: expect.stringContaining('--format') as unknown });
    expect(refusal(['codebook', 'p.caseweave', '--format', 'pdf', '-o', 'c.pdf'])).toEqual({ kind: 'usageError', command: 'codebook', problem: expect.stringContaining('docx, md, html') as unknown });
    expect(refusal(['codebook', 'p.caseweave', '--format', 'md'])).toEqual({ kind: 'usageError', command: 'codebook', problem: expect.stringContaining('--output') as unknown });
    expect(refusal(['codebook', 'p.caseweave', '--format', 'md', '-o', '-'])).toEqual({ kind: 'usageError', command: 'codebook', problem: 'A codebook is written to a file: give -o OUT (not "-").' });
    expect(refusal(['codebook', 'p.caseweave', '--format', 'md', '--lang', 'fr', '-o', 'c.md'])).toEqual({ kind: 'usageError', command: 'codebook', problem: expect.stringContaining('en, id') as unknown });
    expect(refusal(['codebook', '--format', 'md', '-o', 'c.md'])).toMatchObject({ kind: 'usageError', command: 'codebook' });
    expect(refusal(['codebook', 'a.caseweave', 'b.caseweave', '--format', 'md', '-o', 'c.md'])).toMatchObject({ kind: 'usageError', command: 'codebook' });
  });

  it('keeps --history to the codebook, and --pseudonymise to the commands that write text out', () => {
    expect(parseCommandLine(['audit', 'p.caseweave', '--history', '-o', 'a.csv'])).toMatchObject({ kind: 'usageError', command: 'audit', problem: expect.stringContaining('--history') as unknown });
    expect(parseCommandLine(['audit', 'p.caseweave', '--pseudonymise', '-o', 'a.csv'])).toMatchObject({ kind: 'usageError', command: 'audit' });
    expect(parseCommandLine(['excerpts', 'p.caseweave', '--pseudonymise', '-o', 'e.csv'])).toMatchObject({ kind: 'excerpts', pseudonymise: true });
  });
});
