// Kept originals in the app's database: what a project keeps (how many files, how large) without loading their bytes,
// whether a source's original is kept, the bytes themselves when the user saves one back out, and the project's
// keepOriginals setting turned on or off, dropping what was kept in the same commit when the user asks (undoable).
import { t } from '../../shared/i18n/translate.ts';
import type { Id } from '../../shared/model/index.ts';
import { planKeepOriginals } from '../../shared/project/sourceOriginals.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase, SourceOriginalRow } from './database.ts';
import { DataError } from './errors.ts';

export type KeptOriginals = { count: number; bytes: number };

/**
 * The originals the project keeps and their size. An original is the file its source was imported from, so the
 * source's byteSize is its size: no bytes are read.
 */
export const keptOriginalsOf = async (db: CaseweaveDatabase, projectId: Id): Promise<KeptOriginals> =>
  db.transaction('r', [db.sourceOriginals, db.sources], async () => {
    const sourceIds = await db.sourceOriginals.where('projectId').equals(projectId).primaryKeys();
    const sources = await db.sources.bulkGet(sourceIds);
    return { count: sourceIds.length, bytes: sources.reduce((sum, source) => sum + (source?.byteSize ?? 0), 0) };
  });

/** Whether the source's original is kept (counted on the key: its bytes stay on disk). */
export const isOriginalKept = async (db: CaseweaveDatabase, sourceId: Id): Promise<boolean> =>
  (await db.sourceOriginals.where(':id').equals(sourceId).count()) > 0;

/** The kept original of a source, bytes and all. */
export const readKeptOriginal = async (db: CaseweaveDatabase, sourceId: Id): Promise<SourceOriginalRow> => {
  const original = await db.sourceOriginals.get(sourceId);
  if (original === undefined) throw new DataError('data.error.sourceNotFound');
  return original;
};

export type KeepOriginalsRequest = {
  keep: boolean;
  /** Turning it off: drop every original the project keeps, in the same commit. */
  dropKept?: boolean;
};

/**
 * Turns the project's keepOriginals setting on or off. Dropping the kept originals is one commit with the setting,
 * undoable as one step when `undo` is given; the result is how many were dropped.
 */
export const setKeepOriginals = async (
  db: CaseweaveDatabase, projectId: Id, { keep, dropKept = false }: KeepOriginalsRequest, undo?: UndoManager,
): Promise<{ dropped: number }> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const project = await db.projects.get(projectId);
      if (project === undefined) throw new DataError('data.error.projectNotFound');
      const drop = keep || !dropKept ? [] : await db.sourceOriginals.where('projectId').equals(projectId).primaryKeys();
      const planned = planKeepOriginals(project, { keep, drop }, db.clock());
      return { ...planned, result: { dropped: drop.length, name: project.name } };
    },
    undo === undefined || keep || !dropKept ? {} : { undo: { manager: undo, label: ({ name }) => t('originals.undo.drop', { name }) } },
  );
  return { dropped: result.dropped };
};
