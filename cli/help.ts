// `caseweave --help`: the commands and options in the user's language, laid out as two aligned columns.
import { t, type MessageKey } from '../shared/i18n/translate.ts';
import { CLI_OPTIONS, type CliOption } from './commandLine.ts';

type CliCommand = { synopsis: string; description: MessageKey };

/** One row per command of parseCommandLine; a new command adds its row here. */
const CLI_COMMANDS: readonly CliCommand[] = [{ synopsis: 'import FILE...', description: 'cli.help.command.import' }];

const optionFlags = (option: CliOption): string => (option.short === undefined ? `--${option.name}` : `-${option.short}, --${option.name}`);

type HelpRow = readonly [string, string];

export const formatHelp = (version: string): string => {
  const commandRows: HelpRow[] = CLI_COMMANDS.map((command) => [command.synopsis, t(command.description)]);
  const optionRows: HelpRow[] = CLI_OPTIONS.map((option: CliOption) => [optionFlags(option), t(option.description)]);
  // One width for both tables, so every description starts in the same column.
  const width = Math.max(...[...commandRows, ...optionRows].map(([left]) => left.length)) + 3;
  const lines = (rows: readonly HelpRow[]): string[] => rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
  return [
    t('cli.help.summary', { version }),
    '',
    t('cli.help.usage'),
    '',
    t('cli.help.commandsHeading'),
    ...lines(commandRows),
    '',
    t('cli.help.optionsHeading'),
    ...lines(optionRows),
    '',
    t('cli.help.exitStatus'),
  ].join('\n');
};
