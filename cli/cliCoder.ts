// Who the CLI acts as. The app stamps every audit event (and coding, and memo) with its current coder; the CLI has no
// installation, so it acts as the coder "caseweave-cli": the one the project file already holds, or a new one, which
// then travels in the file because its events refer to it.
import { initialsOf, newId, type Coder, type IsoInstant } from '../shared/model/index.ts';
import { snapshotRows, type ProjectSnapshot } from '../shared/projectFile/projectSnapshot.ts';

/** The coder name the CLI writes as: an identifier, the same in every language. */
export const CLI_CODER_NAME = 'caseweave-cli';

export const cliCoderOf = (snapshot: ProjectSnapshot | null, at: IsoInstant): Coder => {
  const known = snapshot === null ? undefined : snapshotRows(snapshot, 'coders').find((coder) => coder.name === CLI_CODER_NAME);
  return known ?? { id: newId(), name: CLI_CODER_NAME, initials: initialsOf(CLI_CODER_NAME), createdAt: at, updatedAt: at };
};
