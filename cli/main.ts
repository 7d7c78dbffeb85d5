// Headless entry point (`npx caseweave ...`), bundled into dist-cli/caseweave.mjs: reads the command line and runs
// the request. Exit status (DESIGN.md): 0 done, 1 some file refused, 2 usage error.
import { t } from '../shared/i18n/translate.ts';
import { parseCommandLine } from './commandLine.ts';
import { readCliVersion } from './cliVersion.ts';
import { formatHelp } from './help.ts';
import { formatHumanReport, runImport } from './importCommand.ts';

const EXIT_OK = 0;
const EXIT_INPUT_REFUSED = 1;
const EXIT_USAGE = 2;

export const main = async (argv: readonly string[]): Promise<number> => {
  const request = parseCommandLine(argv);
  switch (request.kind) {
    case 'help':
      process.stdout.write(`${formatHelp(readCliVersion())}\n`);
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${readCliVersion()}\n`);
      return EXIT_OK;
    case 'usageError':
      process.stderr.write(`${request.problem}\n${t('import.cli.usage')}\n${t('cli.seeHelp')}\n`);
      return EXIT_USAGE;
    case 'import': {
      const report = await runImport(request.files);
      if (request.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      else process.stdout.write(`${formatHumanReport(report)}\n`);
      return report.errors.length > 0 ? EXIT_INPUT_REFUSED : EXIT_OK;
    }
  }
};

// A closed pipe (`caseweave import ... | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only a bug in the CLI itself lands here; report it in one line rather than a stack trace.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_INPUT_REFUSED;
  },
);
