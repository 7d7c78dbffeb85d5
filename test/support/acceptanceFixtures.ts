// Where the acceptance suite finds the Kendang Jimbe corpus handed to the project (beside the checkout, read only),
// and the guard that makes the suite fail with one clear message when it is not there, instead of vanishing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './runCli.ts';

export const ACCEPTANCE_FIXTURES = join(REPO_ROOT, '..', 'shared', 'fixtures', 'kendang-jimbe');

/** The file every acceptance test starts from; its absence means the corpus is not there at all. */
const INDEX_FILE = 'informants.csv';

/** Null when the corpus is in `folder`, otherwise the reason the acceptance suite cannot run. */
export const missingFixturesProblem = (folder: string, fileExists: (file: string) => boolean = existsSync): string | null =>
  fileExists(join(folder, INDEX_FILE))
    ? null
    : `The acceptance suite needs the Kendang Jimbe fixtures at ${folder} (no ${INDEX_FILE} there). ` +
      'They are handed to the project beside the checkout, in ../shared/fixtures; put them there and run the tests again.';

export const assertAcceptanceFixtures = (folder: string = ACCEPTANCE_FIXTURES): void => {
  const problem = missingFixturesProblem(folder);
  if (problem !== null) throw new Error(problem);
};
