// The import review's first guess of which informants a file speaks for: the shared speaker matching
// (shared/import/speakerMatching.ts) against the project's informants in the database.
import type { ImportedSource } from '../../shared/import/importTypes.ts';
import { linkedInformantIds, matchSpeakers } from '../../shared/import/speakerMatching.ts';
import type { Id } from '../../shared/model/index.ts';
import type { CaseweaveDatabase } from './database.ts';

/** Speaker label → informant for the speakers of `imported` that match a pseudonym of the project. */
export const guessSpeakerLinks = async (db: CaseweaveDatabase, projectId: Id, imported: ImportedSource): Promise<Record<string, Id>> =>
  matchSpeakers(imported.speakers, await db.informants.where('projectId').equals(projectId).toArray());

/** The informants whose pseudonym matches a detected speaker, in order of first appearance. */
export const guessInformantIds = async (db: CaseweaveDatabase, projectId: Id, imported: ImportedSource): Promise<Id[]> =>
  linkedInformantIds(await guessSpeakerLinks(db, projectId, imported));
