// What `caseweave` accepts: every option (with the placeholder of its value) and every command with its synopsis,
// operands, options and required options. The parser checks a command line against it and the help prints it, so a
// new command or option is added here once.
import type { MessageKey } from '../shared/i18n/translate.ts';

export type CliOption = {
  name: string;
  short?: string;
  /** The placeholder of the option's value in the help ("FILE"); absent for a flag. */
  value?: string;
  /** May be given more than once (each value is kept). */
  multiple?: boolean;
  description: MessageKey;
};

/** Every option the CLI knows; the help lists them in this order. */
export const CLI_OPTIONS = [
  { name: 'output', short: 'o', value: 'FILE', description: 'cli.help.option.output' },
  { name: 'into', value: 'FILE.caseweave', description: 'cli.help.option.into' },
  { name: 'kind', value: 'KIND', description: 'cli.help.option.kind' },
  { name: 'template', value: 'ID', description: 'cli.help.option.template' },
  { name: 'code', value: 'NAME', multiple: true, description: 'cli.help.option.code' },
  { name: 'with-subcodes', description: 'cli.help.option.withSubcodes' },
  { name: 'format', value: 'csv|tsv|json|md|html|xlsx|docx|pdf', description: 'cli.help.option.format' },
  { name: 'sheet-per-code', description: 'cli.help.option.sheetPerCode' },
  { name: 'informant', value: 'PSEUDONYM|ID', description: 'cli.help.option.informant' },
  { name: 'lang', value: 'en|id', description: 'cli.help.option.lang' },
  { name: 'pseudonymise', description: 'cli.help.option.pseudonymise' },
  { name: 'quotes', value: 'N', description: 'cli.help.option.quotes' },
  { name: 'no-excerpts', description: 'cli.help.option.noExcerpts' },
  { name: 'date', value: 'YYYY-MM-DD', description: 'cli.help.option.date' },
  { name: 'rows', value: 'informant|role|source|source-kind|period', description: 'cli.help.option.rows' },
  { name: 'cols', value: 'code|source-kind', description: 'cli.help.option.cols' },
  { name: 'codes', value: 'A,B…', description: 'cli.help.option.codes' },
  { name: 'cell', value: 'segments|informants|words', description: 'cli.help.option.cell' },
  { name: 'list', description: 'cli.help.option.list' },
  { name: 'name', value: 'NAME', description: 'cli.help.option.name' },
  { name: 'json', description: 'cli.help.option.json' },
  { name: 'history', description: 'cli.help.option.history' },
  { name: 'help', short: 'h', description: 'cli.help.option.help' },
  { name: 'version', short: 'v', description: 'cli.help.option.version' },
] as const satisfies readonly CliOption[];

export type CliOptionName = (typeof CLI_OPTIONS)[number]['name'];

export type CliCommandSpec = {
  /** The command's line as the help and its usage message show it, after "caseweave ". */
  synopsis: string;
  description: MessageKey;
  /** How many operands it takes, and what one is called in messages. */
  operands: { min: number; max: number; name: string };
  options: readonly CliOptionName[];
  required: readonly CliOptionName[];
  /** Other forms of the command, each with its own line and description in the help, listed before the main one. */
  variants?: readonly { synopsis: string; description: MessageKey }[];
};

const ONE_PROJECT_FILE = { min: 1, max: 1, name: 'FILE.caseweave' };

/** Every command, in the order the help lists them. */
const COMMANDS = {
  example: {
    synopsis: 'example -o FILE.caseweave', description: 'cli.help.command.example',
    operands: { min: 0, max: 0, name: '' }, options: ['output'], required: ['output'],
  },
  new: {
    synopsis: 'new NAME [--template ID] -o FILE.caseweave', description: 'cli.help.command.new',
    operands: { min: 1, max: 1, name: 'NAME' }, options: ['template', 'output'], required: ['output'],
  },
  info: {
    synopsis: 'info FILE.caseweave [--json]', description: 'cli.help.command.info',
    operands: ONE_PROJECT_FILE, options: ['json'], required: [],
  },
  check: {
    synopsis: 'check FILE.caseweave [--json]', description: 'cli.help.command.check',
    operands: ONE_PROJECT_FILE, options: ['json'], required: [],
  },
  import: {
    synopsis: 'import FILE... [--into FILE.caseweave] [--kind KIND] [--json]', description: 'cli.help.command.import',
    operands: { min: 1, max: Number.POSITIVE_INFINITY, name: 'FILE' }, options: ['into', 'kind', 'json'], required: [],
  },
  excerpts: {
    synopsis: 'excerpts FILE.caseweave [--code NAME]... [--with-subcodes] [--format csv|json|md|xlsx|docx] [--sheet-per-code] [--pseudonymise] -o OUT', description: 'cli.help.command.excerpts',
    operands: ONE_PROJECT_FILE, options: ['code', 'with-subcodes', 'format', 'sheet-per-code', 'pseudonymise', 'output'], required: ['output'],
  },
  display: {
    synopsis: 'display FILE.caseweave --rows informant|role|source|source-kind|period --cols code|source-kind [--codes A,B…] [--with-subcodes] --cell segments|informants|words [--json] [--format csv|tsv|json|xlsx] [-o OUT]',
    description: 'cli.help.command.display',
    // --rows, --cols and --cell are required of the ad-hoc matrix only: the parser checks them when neither --list
    // nor --name is given.
    operands: ONE_PROJECT_FILE, options: ['rows', 'cols', 'codes', 'with-subcodes', 'cell', 'json', 'format', 'output', 'list', 'name'], required: [],
    variants: [
      { synopsis: 'display FILE.caseweave --list [--json]', description: 'cli.help.command.displayList' },
      { synopsis: 'display FILE.caseweave --name NAME [--json] [--format csv|tsv|json|xlsx] [-o OUT]', description: 'cli.help.command.displaySaved' },
    ],
  },
  conclusions: {
    synopsis: 'conclusions FILE.caseweave [--json]', description: 'cli.help.command.conclusions',
    operands: ONE_PROJECT_FILE, options: ['json'], required: [],
  },
  audit: {
    synopsis: 'audit FILE.caseweave [--format csv] -o OUT', description: 'cli.help.command.audit',
    operands: ONE_PROJECT_FILE, options: ['format', 'output'], required: ['output'],
  },
  packet: {
    synopsis: 'packet FILE.caseweave --informant PSEUDONYM|ID --format docx|pdf [--lang en|id] -o OUT', description: 'cli.help.command.packet',
    operands: ONE_PROJECT_FILE, options: ['informant', 'format', 'lang', 'output'], required: ['informant', 'format', 'output'],
  },
  codebook: {
    synopsis: 'codebook FILE.caseweave --format docx|md|html [--lang en|id] [--history] [--pseudonymise] -o OUT', description: 'cli.help.command.codebook',
    operands: ONE_PROJECT_FILE, options: ['format', 'lang', 'history', 'pseudonymise', 'output'], required: ['format', 'output'],
  },
  report: {
    synopsis: 'report FILE.caseweave --format html|docx|md|pdf [--lang en|id] [--pseudonymise] [--quotes N] [--no-excerpts] [--date YYYY-MM-DD] -o OUT',
    description: 'cli.help.command.report',
    operands: ONE_PROJECT_FILE, options: ['format', 'lang', 'pseudonymise', 'quotes', 'no-excerpts', 'date', 'output'], required: ['format', 'output'],
  },
} as const satisfies Record<string, CliCommandSpec>;

export type CliCommandName = keyof typeof COMMANDS;

export const CLI_COMMANDS: Readonly<Record<CliCommandName, CliCommandSpec>> = COMMANDS;
