// `caseweave --help`: the commands of commandSpec.ts, each synopsis on its line with its description indented below
// (synopses are too long for a column), and the options as two aligned columns, in the user's language; and the
// usage line a usage error shows.
import { t } from '../shared/i18n/translate.ts';
import { BUILT_IN_TEMPLATES } from '../shared/templates/builtInTemplates.ts';
import { CLI_COMMANDS, CLI_OPTIONS, type CliCommandName, type CliCommandSpec, type CliOption } from './commandSpec.ts';

const optionFlags = (option: CliOption): string => {
  const flags = option.short === undefined ? `--${option.name}` : `-${option.short}, --${option.name}`;
  return option.value === undefined ? flags : `${flags} ${option.value}`;
};

type HelpRow = readonly [string, string];

/** The usage line of one command, or the general one (null). */
export const usageLine = (command: CliCommandName | null): string =>
  command === null ? t('cli.help.usage') : t('cli.usage.command', { synopsis: CLI_COMMANDS[command].synopsis });

export const formatHelp = (version: string): string => {
  const commandLines = Object.values(CLI_COMMANDS).flatMap((command: CliCommandSpec) =>
    [...(command.variants ?? []), command].flatMap((form) => [`  ${form.synopsis}`, `      ${t(form.description)}`]));
  const templates = BUILT_IN_TEMPLATES.map((template) => template.id).join(', ');
  const optionRows: HelpRow[] = CLI_OPTIONS.map((option: CliOption) => [optionFlags(option), t(option.description, { templates })]);
  // One width for the options, so every description starts in the same column.
  const width = Math.max(...optionRows.map(([left]) => left.length)) + 3;
  return [
    t('cli.help.summary', { version }),
    '',
    t('cli.help.usage'),
    '',
    t('cli.help.commandsHeading'),
    ...commandLines,
    '',
    t('cli.help.optionsHeading'),
    ...optionRows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    '',
    t('cli.help.exitStatus'),
  ].join('\n');
};
