// Speaker turns of a source: rename a speaker across the whole source, link a speaker to an informant.
import type { Id } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase, SourceRow } from './database.ts';
import { DataError } from './errors.ts';

const sourceWithSpeaker = async (db: CaseweaveDatabase, sourceId: Id, speaker: string): Promise<SourceRow> => {
  const row = await db.sources.get(sourceId);
  if (!row) throw new DataError('data.error.sourceNotFound');
  if (!row.turns.some((turn) => turn.speaker === speaker)) throw new DataError('data.error.speakerNotFound', { name: speaker });
  return row;
};

/** Renames every turn spoken by `from` (e.g. "R1" → a pseudonym); the speaker's informant link moves with it. */
export const renameSpeaker = async (db: CaseweaveDatabase, sourceId: Id, from: string, rawTo: string): Promise<void> => {
  const to = rawTo.trim().replace(/\s+/g, ' ');
  if (to === '') throw new DataError('data.error.speakerNameEmpty');
  await commitPlan(db, async () => {
    const row = await sourceWithSpeaker(db, sourceId, from);
    if (to === from) return { change: {}, audit: null, result: undefined };
    const turns = row.turns.map((turn) => (turn.speaker === from ? { ...turn, speaker: to } : turn));
    const { [from]: movedLink, ...otherLinks } = row.speakerLinks;
    // When the new name is already linked (two labels merged into one speaker), its link wins.
    const speakerLinks = movedLink !== undefined && otherLinks[to] === undefined ? { ...otherLinks, [to]: movedLink } : otherLinks;
    return {
      change: tableChange('sources', [{ ...row, turns, speakerLinks, updatedAt: db.clock() }]),
      audit: { projectId: row.projectId, action: 'rename-speaker', objectType: 'source', objectId: sourceId, detail: `${from} → ${to}` },
      result: undefined,
    };
  });
};

/**
 * Links a speaker label to an informant (null unlinks). A linked informant is added to the source's
 * informants; unlinking leaves that list alone, since the user may have listed the informant on purpose.
 */
export const linkSpeaker = async (db: CaseweaveDatabase, sourceId: Id, speaker: string, informantId: Id | null): Promise<void> => {
  await commitPlan(db, async () => {
    const row = await sourceWithSpeaker(db, sourceId, speaker);
    const speakerLinks = { ...row.speakerLinks };
    let informantIds = row.informantIds;
    let detail = `${speaker} → none`;
    if (informantId === null) {
      delete speakerLinks[speaker];
    } else {
      const informant = await db.informants.get(informantId);
      if (informant?.projectId !== row.projectId) throw new DataError('data.error.informantNotFound');
      speakerLinks[speaker] = informantId;
      if (!informantIds.includes(informantId)) informantIds = [...informantIds, informantId];
      detail = `${speaker} → ${informant.pseudonym}`;
    }
    return {
      change: tableChange('sources', [{ ...row, speakerLinks, informantIds, updatedAt: db.clock() }]),
      audit: { projectId: row.projectId, action: 'link-speaker', objectType: 'source', objectId: sourceId, detail },
      result: undefined,
    };
  });
};
