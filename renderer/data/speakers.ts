// Speaker turns of a source: rename a speaker across the whole source, link a speaker to an informant — in one
// source or, for a label that speaks in several, in every source of the project at once. Each is one commit and,
// given the session's undo manager, one undo step.
import type { Id } from '../../shared/model/index.ts';
import { pluralCategory, t } from '../../shared/i18n/translate.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan, type CommitOptions } from './commit.ts';
import type { CaseweaveDatabase, SourceRow } from './database.ts';
import { DataError } from './errors.ts';

const speaks = (row: SourceRow, speaker: string): boolean => row.turns.some((turn) => turn.speaker === speaker);

const sourceWithSpeaker = async (db: CaseweaveDatabase, sourceId: Id, speaker: string): Promise<SourceRow> => {
  const row = await db.sources.get(sourceId);
  if (!row) throw new DataError('data.error.sourceNotFound');
  if (!speaks(row, speaker)) throw new DataError('data.error.speakerNotFound', { name: speaker });
  return row;
};

const undoable = <R>(undo: UndoManager | undefined, label: (result: R) => string): CommitOptions<R> =>
  (undo ? { undo: { manager: undo, label } } : {});

/** Renames every turn spoken by `from` (e.g. "R1" → a pseudonym); the speaker's informant link moves with it. */
export const renameSpeaker = async (db: CaseweaveDatabase, sourceId: Id, from: string, rawTo: string, undo?: UndoManager): Promise<void> => {
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
  }, undoable(undo, () => t('data.undo.renameSpeaker', { from, to })));
};

/** The source with `speaker` linked to `informantId` (null unlinks); a linked informant joins its informants. */
const withLink = (row: SourceRow, speaker: string, informantId: Id | null, at: string): SourceRow => {
  const speakerLinks = { ...row.speakerLinks };
  if (informantId === null) {
    delete speakerLinks[speaker];
    // Unlinking leaves the informants alone: the user may have listed the informant on purpose.
    return { ...row, speakerLinks, updatedAt: at };
  }
  speakerLinks[speaker] = informantId;
  const informantIds = row.informantIds.includes(informantId) ? row.informantIds : [...row.informantIds, informantId];
  return { ...row, speakerLinks, informantIds, updatedAt: at };
};

const informantOfProject = async (db: CaseweaveDatabase, projectId: Id, informantId: Id) => {
  const informant = await db.informants.get(informantId);
  if (informant?.projectId !== projectId) throw new DataError('data.error.informantNotFound');
  return informant;
};

/** Links a speaker label to an informant (null unlinks). A linked informant is added to the source's informants. */
export const linkSpeaker = async (db: CaseweaveDatabase, sourceId: Id, speaker: string, informantId: Id | null, undo?: UndoManager): Promise<void> => {
  await commitPlan(db, async () => {
    const row = await sourceWithSpeaker(db, sourceId, speaker);
    const pseudonym = informantId === null ? null : (await informantOfProject(db, row.projectId, informantId)).pseudonym;
    return {
      change: tableChange('sources', [withLink(row, speaker, informantId, db.clock())]),
      audit: { projectId: row.projectId, action: 'link-speaker', objectType: 'source', objectId: sourceId, detail: `${speaker} → ${pseudonym ?? 'none'}` },
      result: pseudonym,
    };
  }, undoable(undo, (pseudonym) =>
    (pseudonym === null ? t('data.undo.unlinkSpeaker', { speaker }) : t('data.undo.linkSpeaker', { speaker, name: pseudonym }))));
};

/** The sources of the project in which `speaker` (the exact label) speaks at least one turn. */
export const sourcesWithSpeaker = async (db: CaseweaveDatabase, projectId: Id, speaker: string): Promise<SourceRow[]> =>
  db.sources.where('projectId').equals(projectId).filter((row) => speaks(row, speaker)).toArray();

/**
 * Links `speaker` to the informant in every source of the project where that label speaks, as one commit (one
 * audit event, one undo step). Resolves to the number of sources where the label now points at the informant.
 */
export const linkSpeakerEverywhere = async (
  db: CaseweaveDatabase, projectId: Id, speaker: string, informantId: Id, undo?: UndoManager,
): Promise<number> => {
  const { result } = await commitPlan(db, async () => {
    const informant = await informantOfProject(db, projectId, informantId);
    const rows = await sourcesWithSpeaker(db, projectId, speaker);
    const at = db.clock();
    const changed = rows.filter((row) => row.speakerLinks[speaker] !== informantId || !row.informantIds.includes(informantId));
    return {
      change: tableChange('sources', changed.map((row) => withLink(row, speaker, informantId, at))),
      audit: { projectId, action: 'link-speaker-everywhere', objectType: 'informant', objectId: informantId, detail: `${speaker} → ${informant.pseudonym} (${rows.length})` },
      result: { count: rows.length, pseudonym: informant.pseudonym },
    };
  }, undoable(undo, ({ count, pseudonym }) =>
    t(pluralCategory(count) === 'one' ? 'data.undo.linkSpeakerEverywhere.one' : 'data.undo.linkSpeakerEverywhere.other', { speaker, name: pseudonym, count })));
  return result.count;
};
