// Headless entry point (`npx caseweave ...`), bundled into dist-cli/caseweave.mjs: reads the command line and runs
// the request. Exit status (DESIGN.md): 0 done, 1 some input refused (its reasons on stderr, each naming the file),
// 2 usage error. Its messages are in the language of --lang or the system's locale (cliLocale.ts).
import { setLocale, t } from '../shared/i18n/translate.ts';
import { chooseCliLocale } from './cliLocale.ts';
import { DataError } from '../shared/project/dataError.ts';
import { runAudit } from './auditCommand.ts';
import { runCheck } from './checkCommand.ts';
import { runCodebook } from './codebookCommand.ts';
import { runConclusions } from './conclusionsCommand.ts';
import { parseCommandLine, type CliRequest } from './commandLine.ts';
import { readCliVersion } from './cliVersion.ts';
import { runDisplay } from './displayCommand.ts';
import { runDisplayList, runSavedDisplay } from './savedDisplayCommand.ts';
import { runExample } from './exampleCommand.ts';
import { runExcerpts } from './excerptsCommand.ts';
import { EXIT_INPUT_REFUSED, EXIT_OK, EXIT_USAGE, InputRefused, succeeded, type CommandOutcome, type ExitStatus } from './exitStatus.ts';
import { formatHelp, usageLine } from './help.ts';
import { formatHumanReport, runImport } from './importCommand.ts';
import { importIntoOutcome, runImportInto } from './importIntoCommand.ts';
import { runInfo } from './infoCommand.ts';
import { runNew } from './newCommand.ts';
import { runPacket } from './packetCommand.ts';
import { runReport } from './reportCommand.ts';

const runRequest = async (request: CliRequest): Promise<CommandOutcome> => {
  switch (request.kind) {
    case 'help':
      return succeeded(`${formatHelp(readCliVersion())}\n`);
    case 'version':
      return succeeded(`${readCliVersion()}\n`);
    case 'usageError':
      return { status: EXIT_USAGE, stdout: '', stderr: `${request.problem}\n${usageLine(request.command)}\n${t('cli.seeHelp')}\n` };
    case 'import': {
      if (request.into !== null) return importIntoOutcome(await runImportInto({ files: request.files, into: request.into, sourceKind: request.sourceKind }), request.json);
      const report = await runImport(request.files, request.sourceKind);
      const text = request.json ? JSON.stringify(report) : formatHumanReport(report);
      return { status: report.errors.length > 0 ? EXIT_INPUT_REFUSED : EXIT_OK, stdout: `${text}\n`, stderr: '' };
    }
    case 'example':
      return runExample(request.output);
    case 'new':
      return runNew(request);
    case 'info':
      return runInfo(request.file, request.json);
    case 'check':
      return runCheck(request.file, request.json);
    case 'excerpts':
      return runExcerpts(request);
    case 'display':
      return runDisplay(request);
    case 'displayList':
      return runDisplayList(request);
    case 'displaySaved':
      return runSavedDisplay(request);
    case 'audit':
      return runAudit(request);
    case 'conclusions':
      return runConclusions(request);
    case 'packet':
      return runPacket(request);
    case 'codebook':
      return runCodebook(request);
    case 'report':
      return runReport(request);
  }
};

/** Runs the command line; a refused input (or a user-fixable data error) ends with its reasons and status 1. */
export const main = async (argv: readonly string[]): Promise<ExitStatus> => {
  setLocale(chooseCliLocale(argv, process.env));
  let outcome: CommandOutcome;
  try {
    outcome = await runRequest(parseCommandLine(argv));
  } catch (error) {
    if (error instanceof InputRefused || error instanceof DataError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT_INPUT_REFUSED;
    }
    throw error;
  }
  if (outcome.stdout.length > 0) process.stdout.write(outcome.stdout);
  if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
  return outcome.status;
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
    process.stderr.write(`${t('cli.error.unexpected', { detail: error instanceof Error ? error.message : String(error) })}\n`);
    process.exitCode = EXIT_INPUT_REFUSED;
  },
);
