// Headless entry point (`npx caseweave ...`): parses the command line and runs the command.
// Exit status: 0 all files imported, 1 some file refused, 2 usage error.
import { t } from '../shared/i18n/translate.ts';
import { formatHumanReport, runImport } from './importCommand.ts';

type ParsedArguments = { ok: true; files: string[]; json: boolean } | { ok: false; problem: string };

export const parseArguments = (argv: readonly string[]): ParsedArguments => {
  const [command, ...rest] = argv;
  if (command === undefined) return { ok: false, problem: t('import.cli.noFiles') };
  if (command !== 'import') return { ok: false, problem: t('import.cli.unknownCommand', { command }) };
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const argument of rest) {
    if (!optionsEnded && argument === '--') optionsEnded = true;
    else if (!optionsEnded && argument === '--json') json = true;
    else if (!optionsEnded && argument.startsWith('-') && argument !== '-') return { ok: false, problem: t('import.cli.unknownOption', { option: argument }) };
    else files.push(argument);
  }
  if (files.length === 0) return { ok: false, problem: t('import.cli.noFiles') };
  return { ok: true, files, json };
};

export const main = async (argv: readonly string[]): Promise<number> => {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problem}\n${t('import.cli.usage')}\n`);
    return 2;
  }
  const report = await runImport(parsed.files);
  if (parsed.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(`${formatHumanReport(report)}\n`);
  return report.errors.length > 0 ? 1 : 0;
};

// A closed pipe (`caseweave import ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug in the CLI itself lands here; report it in one line rather than a stack trace.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
