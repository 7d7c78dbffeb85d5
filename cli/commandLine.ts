// Reads `caseweave`'s command line (node:util parseArgs) into one request: help, version, a command to run, or a
// usage problem (exit status 2). parseArgs runs non-strict and its tokens are checked here, so an unknown option is
// refused in the user's language rather than with Node's English message.
import { parseArgs } from 'node:util';
import { t, type MessageKey } from '../shared/i18n/translate.ts';

export type CliOption = { name: string; short?: string; description: MessageKey };

/** Every option the CLI knows, all flags without a value; the help lists them in this order. */
export const CLI_OPTIONS = [
  { name: 'json', description: 'cli.help.option.json' },
  { name: 'help', short: 'h', description: 'cli.help.option.help' },
  { name: 'version', short: 'v', description: 'cli.help.option.version' },
] as const satisfies readonly CliOption[];

export type CliRequest =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'import'; files: string[]; json: boolean }
  | { kind: 'usageError'; problem: string };

const parseArgsOptions = Object.fromEntries(
  CLI_OPTIONS.map((option: CliOption) => [option.name, option.short === undefined ? { type: 'boolean' as const } : { type: 'boolean' as const, short: option.short }]),
);

const usageError = (problem: string): CliRequest => ({ kind: 'usageError', problem });

export const parseCommandLine = (argv: readonly string[]): CliRequest => {
  const { tokens } = parseArgs({ args: [...argv], options: parseArgsOptions, strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      if (!CLI_OPTIONS.some((option) => option.name === token.name)) return usageError(t('import.cli.unknownOption', { option: token.rawName }));
      if (token.inlineValue === true) return usageError(t('cli.error.optionTakesNoValue', { option: token.rawName }));
      given.add(token.name);
    }
  }
  // Asking for help or the version always works, whatever else is on the line.
  if (given.has('help')) return { kind: 'help' };
  if (given.has('version')) return { kind: 'version' };
  const [command, ...files] = positionals;
  if (command === undefined) return usageError(t('cli.error.noCommand'));
  if (command !== 'import') return usageError(t('import.cli.unknownCommand', { command }));
  if (files.length === 0) return usageError(t('import.cli.noFiles'));
  return { kind: 'import', files, json: given.has('json') };
};
