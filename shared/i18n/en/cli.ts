// English messages of the headless `caseweave` command beyond its import report (help, usage problems).
export const cliMessages = {
  'cli.help.summary': 'Caseweave {version}: the workbench from the command line, running the same code as the app.',
  'cli.help.usage': 'Usage: caseweave COMMAND [OPTIONS] [FILE...]',
  'cli.help.commandsHeading': 'Commands:',
  'cli.help.optionsHeading': 'Options:',
  'cli.help.command.import': 'Import the files with the app\'s importers; print each source (text, speaker turns) and each refused file.',
  'cli.help.option.json': 'Print the result as JSON instead of a summary.',
  'cli.help.option.help': 'Show this help.',
  'cli.help.option.version': 'Show the version.',
  'cli.help.exitStatus': 'Exit status: 0 done, 1 some input refused (e.g. a file that could not be imported), 2 usage error.',
  'cli.seeHelp': 'Run "caseweave --help" for the commands and options.',
  'cli.error.noCommand': 'No command given.',
  'cli.error.optionTakesNoValue': 'Option "{option}" takes no value.',
} as const;
