// Reads `caseweave`'s command line (node:util parseArgs) into one request: help, version, a command with its operands
// and options, or a usage problem (exit status 2). parseArgs runs non-strict and its tokens are checked here against
// each command's own options, so every problem is told in the user's language rather than in Node's English.
import { parseArgs } from 'node:util';
import { t, type Locale } from '../shared/i18n/translate.ts';
import {
  MATRIX_CELL_CONTENTS, MATRIX_COLUMN_DIMENSIONS, MATRIX_ROW_DIMENSIONS, type MatrixCellContent, type MatrixColumnDimension, type MatrixRowDimension,
} from '../shared/analysis/matrixTypes.ts';
import { MEMBER_CHECK_LANGUAGES, SOURCE_KINDS, type MemberCheckLanguage, type SourceKind } from '../shared/model/index.ts';
import { PACKET_FORMATS, type PacketFormat } from '../shared/export/memberCheckPacket/packetOptions.ts';
import { CODEBOOK_FORMATS, type CodebookFormat } from '../shared/report/codebookFiles.ts';
import { MAX_QUOTES, MIN_QUOTES } from '../shared/report/reportOptions.ts';
import type { ReportFormat } from '../shared/report/reportDocument.ts';
import { REPORT_FORMATS } from '../shared/report/writeReport.ts';
import { CLI_COMMANDS, CLI_OPTIONS, type CliCommandName, type CliOption, type CliOptionName } from './commandSpec.ts';

export type ExcerptFormat = 'csv' | 'json' | 'md' | 'xlsx' | 'docx';
export type DisplayFormat = 'csv' | 'tsv' | 'xlsx' | 'json';

export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'import'; files: string[]; json: boolean; into: string | null; sourceKind: SourceKind | null }
  | { kind: 'example'; output: string }
  | { kind: 'new'; name: string; templateId: string | null; output: string }
  | { kind: 'info'; file: string; json: boolean }
  | { kind: 'check'; file: string; json: boolean }
  | { kind: 'excerpts'; file: string; codes: string[]; withSubcodes: boolean; format: ExcerptFormat; sheetPerCode: boolean; pseudonymise: boolean; output: string }
  | { kind: 'displayList'; file: string; json: boolean }
  | { kind: 'audit'; file: string; output: string }
  | { kind: 'conclusions'; file: string; json: boolean }
  | { kind: 'packet'; file: string; informant: string; format: PacketFormat; language: MemberCheckLanguage | null; output: string }
  /** `language` null: the command's own language. */
  | { kind: 'codebook'; file: string; format: CodebookFormat; language: Locale | null; includeHistory: boolean; pseudonymise: boolean; output: string }
  | {
    kind: 'report'; file: string; format: ReportFormat; language: MemberCheckLanguage | null; pseudonymise: boolean;
    quotesPerConclusion: number; includeExcerpts: boolean;
    /** --date as YYYY-MM-DD; null: the project's last audit event dates the report. */
    date: string | null; output: string;
  }
  | {
    kind: 'displaySaved'; file: string; name: string; json: boolean;
    /** As for the ad-hoc matrix below. */
    format: DisplayFormat | null; output: string | null;
  }
  | {
    kind: 'display'; file: string; rows: MatrixRowDimension; cols: MatrixColumnDimension; cell: MatrixCellContent;
    /** The codes named by --codes; null: every code. */
    codes: string[] | null; withSubcodes: boolean; json: boolean;
    /** --format; null: the table, or the JSON with --json (and when writing to a file without --format, CSV). */
    format: DisplayFormat | null;
    /** -o; null: the standard output. */
    output: string | null;
  }
  /** `command`: the command the problem is about, whose usage line is shown (null: the general one). */
  | { kind: 'usageError'; problem: string; command: CliCommandName | null };

const EXCERPT_FORMATS: readonly ExcerptFormat[] = ['csv', 'json', 'md', 'xlsx', 'docx'];
const DISPLAY_FORMATS: readonly DisplayFormat[] = ['csv', 'tsv', 'xlsx', 'json'];
const AUDIT_FORMATS: readonly 'csv'[] = ['csv'];
const CODEBOOK_LANGUAGES: readonly Locale[] = ['en', 'id'];

const parseArgsOptions = Object.fromEntries(
  CLI_OPTIONS.map((option: CliOption) => [
    option.name,
    { type: option.value === undefined ? ('boolean' as const) : ('string' as const), ...(option.short === undefined ? {} : { short: option.short }) },
  ]),
);

class UsageProblem extends Error {}

const usage = (message: string): never => {
  throw new UsageProblem(message);
};

type Given = Map<CliOptionName, { rawName: string; values: string[] }>;

const optionNamed = (name: string): CliOption | undefined => CLI_OPTIONS.find((option: CliOption) => option.name === name);

/** The options on the line, each checked: known, a value where one is needed and none where not, repeated only if allowed. */
const readOptions = (tokens: ReturnType<typeof parseArgs>['tokens'], positionals: string[]): Given => {
  const given: Given = new Map();
  for (const token of tokens ?? []) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const option = optionNamed(token.name);
    if (option === undefined) return usage(t('import.cli.unknownOption', { option: token.rawName }));
    const name = option.name as CliOptionName;
    let value = '';
    if (option.value === undefined) {
      if (token.inlineValue === true) usage(t('cli.error.optionTakesNoValue', { option: token.rawName }));
    } else {
      // `--into --json` means a forgotten value, not a file named "--json" (write `--into=--json` for that); a lone
      // "-" is a value.
      const forgotten = token.value === undefined || (token.inlineValue !== true && token.value.length > 1 && token.value.startsWith('-'));
      if (forgotten) usage(t('cli.error.optionNeedsValue', { option: token.rawName, value: option.value }));
      value = token.value ?? '';
    }
    const seen = given.get(name);
    if (seen !== undefined && option.multiple !== true) usage(t('cli.error.optionRepeated', { option: token.rawName }));
    if (seen === undefined) given.set(name, { rawName: token.rawName, values: [value] });
    else seen.values.push(value);
  }
  return given;
};

const oneOf = <T extends string>(given: Given, name: CliOptionName, choices: readonly T[]): T | null => {
  const entry = given.get(name);
  if (entry === undefined) return null;
  const [value] = entry.values;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) usage(t('cli.error.invalidChoice', { option: entry.rawName, value, choices: choices.join(', ') }));
  return choice ?? null;
};

const valueOf = (given: Given, name: CliOptionName): string | null => given.get(name)?.values[0] ?? null;

/** --quotes: a whole number in the report's range (3 when not given). */
const quotesOf = (given: Given): number => {
  const value = valueOf(given, 'quotes');
  if (value === null) return 3;
  const quotes = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(quotes >= MIN_QUOTES && quotes <= MAX_QUOTES)) usage(t('cli.report.invalidQuotes', { value, min: MIN_QUOTES, max: MAX_QUOTES }));
  return quotes;
};

/** --date: a real calendar day as YYYY-MM-DD. */
const dateOf = (given: Given): string | null => {
  const value = valueOf(given, 'date');
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match === null ? null : new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (day === null || day.toISOString().slice(0, 10) !== value) usage(t('cli.report.invalidDate', { value }));
  return value;
};

/** Checks the options and operands against the command's spec and builds its request. */
const commandRequest = (command: CliCommandName, operands: string[], given: Given): CliRequest => {
  const spec = CLI_COMMANDS[command];
  for (const [name, entry] of given) {
    if (name !== 'help' && name !== 'version' && !spec.options.includes(name)) usage(t('cli.error.optionNotForCommand', { option: entry.rawName, command }));
  }
  if (operands.length < spec.operands.min) usage(spec.operands.min > 0 && command === 'import' ? t('import.cli.noFiles') : t('cli.error.missingOperand', { command, operand: spec.operands.name }));
  if (operands.length > 0 && spec.operands.max === 0) usage(t('cli.error.unexpectedOperand', { command, operand: operands[0] }));
  if (operands.length > spec.operands.max) usage(t('cli.error.tooManyOperands', { command, operand: spec.operands.name, count: operands.length }));
  for (const name of spec.required) if (!given.has(name)) usage(t('cli.error.missingOption', { option: `--${name}`, command }));
  const output = valueOf(given, 'output') ?? '';
  const json = given.has('json');
  switch (command) {
    case 'import':
      return { kind: 'import', files: operands, json, into: valueOf(given, 'into'), sourceKind: oneOf(given, 'kind', SOURCE_KINDS) };
    case 'example':
      return { kind: 'example', output };
    case 'new':
      return { kind: 'new', name: operands[0], templateId: valueOf(given, 'template'), output };
    case 'info':
      return { kind: 'info', file: operands[0], json };
    case 'check':
      return { kind: 'check', file: operands[0], json };
    case 'excerpts': {
      const format = oneOf(given, 'format', EXCERPT_FORMATS) ?? 'csv';
      const sheetPerCode = given.has('sheet-per-code');
      if (sheetPerCode && format !== 'xlsx') usage(t('cli.excerpts.sheetPerCodeNeedsXlsx'));
      // A workbook or a Word document is not text for a terminal.
      if ((format === 'xlsx' || format === 'docx') && output === '-') usage(t('cli.excerpts.needsFile', { format }));
      return {
        kind: 'excerpts', file: operands[0], codes: given.get('code')?.values ?? [], withSubcodes: given.has('with-subcodes'), format, sheetPerCode, pseudonymise: given.has('pseudonymise'), output,
      };
    }
    case 'conclusions':
      return { kind: 'conclusions', file: operands[0], json };
    case 'packet': {
      // A packet is a document, never text for a terminal.
      if (output === '-') usage(t('cli.packet.needsFile'));
      return {
        kind: 'packet', file: operands[0], informant: valueOf(given, 'informant') ?? '', format: oneOf(given, 'format', PACKET_FORMATS) ?? 'pdf',
        language: oneOf(given, 'lang', MEMBER_CHECK_LANGUAGES), output,
      };
    }
    case 'codebook': {
      // A codebook is a document written to a file (with Markdown's figures beside it), never text for a terminal.
      if (output === '-') usage(t('cli.codebook.needsFile'));
      return {
        kind: 'codebook', file: operands[0], format: oneOf(given, 'format', CODEBOOK_FORMATS) ?? 'docx', language: oneOf(given, 'lang', CODEBOOK_LANGUAGES),
        includeHistory: given.has('history'), pseudonymise: given.has('pseudonymise'), output,
        };
      }
    case 'report': {
      // A report is a document, never text for a terminal.
      if (output === '-') usage(t('cli.report.needsFile'));
      return {
        kind: 'report', file: operands[0], format: oneOf(given, 'format', REPORT_FORMATS) ?? 'html', language: oneOf(given, 'lang', MEMBER_CHECK_LANGUAGES),
        pseudonymise: given.has('pseudonymise'), quotesPerConclusion: quotesOf(given), includeExcerpts: !given.has('no-excerpts'), date: dateOf(given), output,
      };
    }
    case 'audit':
      // CSV is the trail's one format (the option is there so scripts can say so).
      oneOf(given, 'format', AUDIT_FORMATS);
      return { kind: 'audit', file: operands[0], output };
    case 'display': {
      const codes = valueOf(given, 'codes');
      const name = valueOf(given, 'name');
      // --list and --name each stand alone: the options of the other forms are refused beside them.
      const form = given.has('list') ? '--list' : name === null ? null : '--name';
      const allowed: readonly CliOptionName[] = form === '--list' ? ['list', 'json'] : ['name', 'json', 'format', 'output'];
      if (form !== null) for (const [option, entry] of given) if (option !== 'help' && option !== 'version' && !allowed.includes(option)) usage(t('cli.error.optionNotWith', { option: entry.rawName, other: form }));
      if (form === '--list') return { kind: 'displayList', file: operands[0], json };
      const format = oneOf(given, 'format', DISPLAY_FORMATS);
      const to = valueOf(given, 'output');
      // A workbook is not text: it goes to a file, never to a terminal.
      if (format === 'xlsx' && (to === null || to === '-')) usage(t('display.export.xlsxNeedsOutput'));
      if (name !== null) return { kind: 'displaySaved', file: operands[0], name, json, format, output: to };
      for (const option of ['rows', 'cols', 'cell'] as const satisfies readonly CliOptionName[]) {
        if (!given.has(option)) usage(t('cli.error.missingOption', { option: `--${option}`, command }));
      }
      return {
        kind: 'display', file: operands[0], json, withSubcodes: given.has('with-subcodes'),
        // Required options: the check above has made sure each is given.
        rows: oneOf(given, 'rows', MATRIX_ROW_DIMENSIONS) ?? 'informant', cols: oneOf(given, 'cols', MATRIX_COLUMN_DIMENSIONS) ?? 'code',
        cell: oneOf(given, 'cell', MATRIX_CELL_CONTENTS) ?? 'segments',
        codes: codes === null ? null : codes.split(',').map((name) => name.trim()).filter((name) => name !== ''),
        format, output: to,
      };
    }
  }
};

const isCommand = (name: string): name is CliCommandName => Object.hasOwn(CLI_COMMANDS, name);

export const parseCommandLine = (argv: readonly string[]): CliRequest => {
  const { tokens } = parseArgs({ args: [...argv], options: parseArgsOptions, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  let given: Given;
  try {
    given = readOptions(tokens, positionals);
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    const named = tokens?.find((token) => token.kind === 'positional')?.value;
    return { kind: 'usageError', problem: error.message, command: named !== undefined && isCommand(named) ? named : null };
  }
  // Asking for help or the version always works, whatever else is on the line.
  if (given.has('help')) return { kind: 'help' };
  if (given.has('version')) return { kind: 'version' };
  const [command, ...operands] = positionals;
  if (command === undefined) return { kind: 'usageError', problem: t('cli.error.noCommand'), command: null };
  if (!isCommand(command)) return { kind: 'usageError', problem: t('import.cli.unknownCommand', { command }), command: null };
  try {
    return commandRequest(command, operands, given);
  } catch (error) {
    if (error instanceof UsageProblem) return { kind: 'usageError', problem: error.message, command };
    throw error;
  }
};
