// `caseweave report`: its format, language, pseudonymisation, quotes, excerpts and date read from the command line,
// with the defaults a bare line gets, and each wrong value refused as a usage problem (exit 2) naming the report.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../cli/commandLine.ts';
import { formatHelp } from '../../../cli/help.ts';
import { lastChangeInstant, reportOptionsFor } from '../../../cli/reportCommand.ts';
import type { ProjectSnapshot } from '../../../shared/projectFile/projectSnapshot.ts';

const bare = {
  kind: 'report', file: 'p.caseweave', format: 'pdf', language: null, pseudonymise: false, quotesPerConclusion: 3, includeExcerpts: true, date: null, output: 'r.pdf',
};

describe('parseCommandLine: report', () => {
  it('reads a bare report line with its defaults', () => {
    expect(parseCommandLine(['report', 'p.caseweave', '--format', 'pdf', '-o', 'r.pdf'])).toEqual(bare);
  });

  it('reads every option, in any order and either form of a value', () => {
    expect(parseCommandLine(['report', '--no-excerpts', 'p.caseweave', '--format=md', '--lang', 'id', '--pseudonymise', '--quotes', '5', '--date=2026-02-28', '-o', 'out/r.md'])).toEqual({
      ...bare, format: 'md', language: 'id', pseudonymise: true, quotesPerConclusion: 5, includeExcerpts: false, date: '2026-02-28', output: 'out/r.md',
    });
    for (const format of ['html', 'docx', 'md', 'pdf']) expect(parseCommandLine(['report', 'p.caseweave', '--format', format, '-o', 'x'])).toMatchObject({ kind: 'report', format });
  });

  it.each([
    [['report', 'p.caseweave', '-o', 'r.pdf'], /--format/],
    [['report', 'p.caseweave', '--format', 'pdf'], /--output/],
    [['report', '--format', 'pdf', '-o', 'r.pdf'], /FILE\.caseweave/],
    [['report', 'p.caseweave', '--format', 'xlsx', '-o', 'r'], /html, docx, md, pdf/],
    [['report', 'p.caseweave', '--format', 'pdf', '--lang', 'fr', '-o', 'r'], /--lang/],
    [['report', 'p.caseweave', '--format', 'pdf', '--quotes', '1', '-o', 'r'], /2 to 5.*"1"/],
    [['report', 'p.caseweave', '--format', 'pdf', '--quotes', '6', '-o', 'r'], /"6"/],
    [['report', 'p.caseweave', '--format', 'pdf', '--quotes', '2.5', '-o', 'r'], /"2\.5"/],
    [['report', 'p.caseweave', '--format', 'pdf', '--date', '2026-02-30', '-o', 'r'], /YYYY-MM-DD.*"2026-02-30"/],
    [['report', 'p.caseweave', '--format', 'pdf', '--date', '28/02/2026', '-o', 'r'], /"28\/02\/2026"/],
    [['report', 'p.caseweave', '--format', 'pdf', '-o', '-'], /not text for a terminal/],
    [['report', 'p.caseweave', '--format', 'pdf', '--informant', 'Harjo', '-o', 'r'], /--informant/],
    [['report', 'p.caseweave', '--format', 'pdf', '--pseudonymise=yes', '-o', 'r'], /--pseudonymise/],
  ])('refuses %j as a usage problem of the report', (argv, problem) => {
    const request = parseCommandLine(argv);
    expect(request).toMatchObject({ kind: 'usageError', command: 'report' });
    if (request.kind === 'usageError') expect(request.problem).toMatch(problem);
  });

  it('keeps the report options for the report: other commands refuse them', () => {
    expect(parseCommandLine(['packet', 'p.caseweave', '--informant', 'H', '--format', 'pdf', '--quotes', '3', '-o', 'x'])).toMatchObject({ kind: 'usageError', command: 'packet' });
  });

  it('lists the command and its options in the help, saying why the PDF needs no browser', () => {
    const help = formatHelp('1.0.0');
    expect(help).toContain('report FILE.caseweave --format html|docx|md|pdf');
    for (const option of ['--pseudonymise', '--quotes N', '--no-excerpts', '--date YYYY-MM-DD']) expect(help).toContain(option);
    expect(help).toMatch(/pdf-lib.*no browser/);
  });
});

describe('the report command\'s stamp', () => {
  const snapshot = (events: string[], updatedAt = '2026-01-05T10:00:00.000Z'): ProjectSnapshot => ({
    projectId: 'p1',
    tables: {
      projects: [{ id: 'p1', name: 'Djembe', createdAt: '2026-01-01T00:00:00.000Z', updatedAt } as never],
      auditEvents: events.map((at, index) => ({ id: index, projectId: 'p1', at, actorId: 'c1', action: 'update', objectType: 'code', objectId: 'x', detail: '' })),
    },
  });
  const request = { file: 'p.caseweave', format: 'html', language: 'en', pseudonymise: true, quotesPerConclusion: 4, includeExcerpts: false, date: null, output: 'r.html' } as const;

  it('dates the report by the last audit event, else by the project\'s last update', () => {
    expect(lastChangeInstant(snapshot(['2026-02-01T08:00:00.000Z', '2026-03-04T16:30:00.000Z', '2026-02-20T09:00:00.000Z']))).toBe('2026-03-04T16:30:00.000Z');
    expect(lastChangeInstant(snapshot([]))).toBe('2026-01-05T10:00:00.000Z');
  });

  it('builds the options from the line, --date at noon UTC of that day', () => {
    const fromTrail = reportOptionsFor(request, snapshot(['2026-03-04T16:30:00.000Z']));
    expect(fromTrail).toMatchObject({ generatedAt: '2026-03-04T16:30:00.000Z', language: 'en', pseudonymise: true, quotesPerConclusion: 4, includeExcerpts: false });
    expect(fromTrail.sections.every((section) => section.included && section.title === null)).toBe(true);
    expect(reportOptionsFor({ ...request, date: '2026-02-28' }, snapshot(['2026-03-04T16:30:00.000Z'])).generatedAt).toBe('2026-02-28T12:00:00.000Z');
  });
});
