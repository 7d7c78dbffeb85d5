// parseCommandLine: each command with its operands and options, help and version winning over everything else, and
// each usage problem (exit 2) told in the user's language with the command whose usage line goes with it.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../cli/commandLine.ts';

describe('parseCommandLine', () => {
  it('reads the import command, its files in order and --json wherever it stands', () => {
    const plain = { kind: 'import', json: false, into: null, sourceKind: null };
    expect(parseCommandLine(['import', 'a.txt', '--json', 'b.docx'])).toEqual({ ...plain, files: ['a.txt', 'b.docx'], json: true });
    expect(parseCommandLine(['--json', 'import', 'a.txt'])).toEqual({ ...plain, files: ['a.txt'], json: true });
    expect(parseCommandLine(['import', 'a.txt'])).toEqual({ ...plain, files: ['a.txt'] });
  });

  it('reads import --into with a kind, in either form of a value', () => {
    expect(parseCommandLine(['import', 'a.txt', 'b.md', '--into', 'p.caseweave', '--kind=observation'])).toEqual({
      kind: 'import', files: ['a.txt', 'b.md'], json: false, into: 'p.caseweave', sourceKind: 'observation',
    });
  });

  it('takes everything after -- as a file, and a lone - as a file name', () => {
    const plain = { kind: 'import', json: false, into: null, sourceKind: null };
    expect(parseCommandLine(['import', '--', '--json', '-'])).toEqual({ ...plain, files: ['--json', '-'] });
    expect(parseCommandLine(['import', '-'])).toEqual({ ...plain, files: ['-'] });
  });

  it('reads display with its dimensions, its cell content and the codes split at commas', () => {
    expect(parseCommandLine(['display', 'p.caseweave', '--rows', 'source-kind', '--cols=code', '--codes', 'Diaspora, Business networks / Learning', '--with-subcodes', '--cell', 'words', '--json'])).toEqual({
      kind: 'display', file: 'p.caseweave', rows: 'source-kind', cols: 'code', cell: 'words', codes: ['Diaspora', 'Business networks / Learning'], withSubcodes: true, json: true, format: null, output: null,
    });
    expect(parseCommandLine(['display', 'p.caseweave', '--rows', 'period', '--cols', 'source-kind', '--cell', 'informants'])).toMatchObject({ codes: null, withSubcodes: false, json: false });
    expect(parseCommandLine(['display', 'p.caseweave', '--rows', 'period', '--cols', 'source-kind', '--cell', 'codings'])).toMatchObject({ kind: 'usageError', command: 'display' });
    expect(parseCommandLine(['display', 'p.caseweave', '--rows', 'role', '--cols', 'code', '--cell', 'words', '--format', 'xlsx', '-o', 'm.xlsx'])).toMatchObject({ format: 'xlsx', output: 'm.xlsx' });
  });

  it('reads display --list and display --name, the saved displays\' forms', () => {
    expect(parseCommandLine(['display', 'p.caseweave', '--list'])).toEqual({ kind: 'displayList', file: 'p.caseweave', json: false });
    expect(parseCommandLine(['display', 'p.caseweave', '--list', '--json'])).toEqual({ kind: 'displayList', file: 'p.caseweave', json: true });
    expect(parseCommandLine(['display', 'p.caseweave', '--name', 'Roles by function', '--format', 'xlsx', '-o', 'r.xlsx'])).toEqual({
      kind: 'displaySaved', file: 'p.caseweave', name: 'Roles by function', json: false, format: 'xlsx', output: 'r.xlsx',
    });
    expect(parseCommandLine(['display', 'p.caseweave', '--name=Roles', '--json'])).toEqual({ kind: 'displaySaved', file: 'p.caseweave', name: 'Roles', json: true, format: null, output: null });
  });

  it('reads the project-file commands', () => {
    expect(parseCommandLine(['example', '-o', 'ex.caseweave'])).toEqual({ kind: 'example', output: 'ex.caseweave' });
    expect(parseCommandLine(['new', 'Batik study', '--template', 'sales-network-factors', '--output=b.caseweave'])).toEqual({
      kind: 'new', name: 'Batik study', templateId: 'sales-network-factors', output: 'b.caseweave',
    });
    expect(parseCommandLine(['new', 'Batik', '-o', 'b.caseweave'])).toEqual({ kind: 'new', name: 'Batik', templateId: null, output: 'b.caseweave' });
    expect(parseCommandLine(['info', 'p.caseweave', '--json'])).toEqual({ kind: 'info', file: 'p.caseweave', json: true });
    expect(parseCommandLine(['check', 'p.caseweave'])).toEqual({ kind: 'check', file: 'p.caseweave', json: false });
  });

  it('reads excerpts with repeated codes, sub-codes, a format and "-" as the output', () => {
    expect(parseCommandLine(['excerpts', 'p.caseweave', '--code', 'Diaspora', '--code=Business networks / Learning', '--with-subcodes', '--format', 'json', '-o', '-'])).toEqual({
      kind: 'excerpts', file: 'p.caseweave', codes: ['Diaspora', 'Business networks / Learning'], withSubcodes: true, format: 'json', sheetPerCode: false, pseudonymise: false, output: '-',
    });
    expect(parseCommandLine(['excerpts', 'p.caseweave', '-o', 'out.csv'])).toEqual({
      kind: 'excerpts', file: 'p.caseweave', codes: [], withSubcodes: false, format: 'csv', sheetPerCode: false, pseudonymise: false, output: 'out.csv',
    });
    expect(parseCommandLine(['excerpts', 'p.caseweave', '--format', 'xlsx', '--sheet-per-code', '-o', 'out.xlsx'])).toMatchObject({ format: 'xlsx', sheetPerCode: true, output: 'out.xlsx' });
    expect(parseCommandLine(['excerpts', 'p.caseweave', '--pseudonymise', '--format', 'docx', '-o', 'out.docx'])).toMatchObject({ format: 'docx', pseudonymise: true });
    expect(parseCommandLine(['excerpts', 'p.caseweave', '--format', 'docx', '-o', 'out.docx'])).toMatchObject({ format: 'docx', sheetPerCode: false });
  });

  it.each([[['--help']], [['-h']], [['import', 'a.txt', '--help']], [['nonsense', '-h']], [['--version', '--help']], [['example', '--help']]])('asks for help with %j', (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'help' });
  });

  it.each([[['--version']], [['-v']], [['import', '-v']]])('asks for the version with %j', (argv) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'version' });
  });

  it.each([
    [[], 'No command given.', null],
    [['export', 'x.txt'], 'Unknown command "export".', null],
    [['import', '--verbose', 'x.txt'], 'Unknown option "--verbose".',  'import'],
    [['import', '-x', 'x.txt'], 'Unknown option "-x".',  'import'],
    [['import', '--json=yes', 'x.txt'], 'Option "--json" takes no value.',  'import'],
    [['--verbose', '--help'], 'Unknown option "--verbose".', null],
    [['import', 'x.txt', '--into'], 'Option "--into" needs a value (FILE.caseweave).',  'import'],
    [['import', 'x.txt', '--into', '--json'], 'Option "--into" needs a value (FILE.caseweave).',  'import'],
    [['example', '-o', 'a', '-o', 'b'], 'Option "-o" is given more than once.',  'example'],
    [['import'], 'No files given.', 'import'],
    [['import', 'x.txt', '--kind', 'diary'], 'Option "--kind" takes one of interview, observation, document, other, not "diary".', 'import'],
    [['import', 'x.txt', '-o', 'out'], 'Option "-o" does not apply to "import".', 'import'],
    [['example'], '"example" needs option "--output".', 'example'],
    [['example', 'extra', '-o', 'x'], '"example" takes no operand, yet "extra" was given.', 'example'],
    [['new', '-o', 'p.caseweave'], '"new" needs NAME.', 'new'],
    [['new', 'Batik', 'study', '-o', 'p.caseweave'], '"new" takes one NAME, not 2 (put a name with spaces in quotes).', 'new'],
    [['info'], '"info" needs FILE.caseweave.', 'info'],
    [['check', 'a.caseweave', '--template', 'x'], 'Option "--template" does not apply to "check".', 'check'],
    [['excerpts', 'p.caseweave', '-o', 'out', '--format', 'xml'], 'Option "--format" takes one of csv, json, md, xlsx, docx, not "xml".', 'excerpts'],
    [['excerpts', 'p.caseweave', '-o', 'out.csv', '--sheet-per-code'], '--sheet-per-code needs --format xlsx.', 'excerpts'],
    [['excerpts', 'p.caseweave', '-o', '-', '--format', 'docx'], 'Excerpts as docx are not text: write them to a file with -o.', 'excerpts'],
    [['display', 'p.caseweave', '--rows', 'role', '--cols', 'code', '--cell', 'words', '--format', 'ods'], 'Option "--format" takes one of csv, tsv, xlsx, json, not "ods".', 'display'],
    [['display', 'p.caseweave', '--rows', 'role', '--cols', 'code', '--cell', 'words', '--format', 'xlsx'], 'Option "--format xlsx" needs "-o FILE".', 'display'],
    [['display', 'p.caseweave', '--list', '--name', 'Roles'], 'Option "--name" cannot be used with "--list".', 'display'],
    [['display', 'p.caseweave', '--name', 'Roles', '--codes', 'A'], 'Option "--codes" cannot be used with "--name".', 'display'],
    [['display', 'p.caseweave', '--list', '-o', 'x.csv'], 'Option "-o" cannot be used with "--list".', 'display'],
    [['display', 'p.caseweave', '--name', 'Roles', '--format', 'xlsx'], 'Option "--format xlsx" needs "-o FILE".', 'display'],
    [['display', 'p.caseweave', '--rows', 'role', '--cell', 'words'], '"display" needs option "--cols".', 'display'],
  ])('refuses %j: %s', (argv, problem, command) => {
    expect(parseCommandLine(argv)).toEqual({ kind: 'usageError', problem, command });
  });
});
