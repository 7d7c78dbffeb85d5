// Sources: store an imported file (one commit: metadata row, text row, its comments as memos, kept original, audit
// event), list light summaries, read with text, edit metadata, and delete with its text, original, codings and memos
// (the registry's cascade), undoably.
import type { ImportedSource } from '../../shared/import/importTypes.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { Id, Source } from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { creditedInformantIds, planSourceImport, type SourceImportMeta } from '../../shared/project/sourceRows.ts';
import { keepsOriginals } from '../../shared/project/sourceOriginals.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase, SourceRow } from './database.ts';
import { DataError } from './errors.ts';

export { countWords, newSourceRows, type SourceImportMeta } from '../../shared/project/sourceRows.ts';
export { linkSpeaker, linkSpeakerEverywhere, renameSpeaker, sourcesWithSpeaker } from './speakers.ts';

export type SourceSummary = SourceRow;

export type SourceMetaPatch = Partial<Pick<Source, 'kind' | 'title' | 'date' | 'language' | 'informantIds'>>;

const byTitle = (a: SourceRow, b: SourceRow): number =>
  a.title.localeCompare(b.title, undefined, { sensitivity: 'base', numeric: true });

/** Throws unless every id names an informant of the project; returns them without duplicates. */
export const checkInformantIds = async (db: CaseweaveDatabase, projectId: Id, ids: Id[]): Promise<Id[]> => {
  const unique = [...new Set(ids)];
  const found = await db.informants.bulkGet(unique);
  if (found.some((informant) => informant?.projectId !== projectId)) throw new DataError('data.error.informantNotFound');
  return unique;
};

export const listSourceSummaries = async (db: CaseweaveDatabase, projectId: Id): Promise<SourceSummary[]> =>
  (await db.sources.where('projectId').equals(projectId).toArray()).sort(byTitle);

export const getSourceSummary = (db: CaseweaveDatabase, id: Id): Promise<SourceSummary | undefined> => db.sources.get(id);

/** The full source, its canonical text joined from sourceTexts. */
export const getSource = async (db: CaseweaveDatabase, id: Id): Promise<Source | undefined> =>
  db.transaction('r', [db.sources, db.sourceTexts], async () => {
    const row = await db.sources.get(id);
    if (!row) return undefined;
    const textRow = await db.sourceTexts.get(id);
    const { wordCount: _wordCount, ...source } = row;
    return { ...source, text: textRow?.text ?? '' };
  });

export const findSourcesBySha = async (db: CaseweaveDatabase, projectId: Id, sha256: string): Promise<SourceSummary[]> =>
  db.sources.where('[projectId+sha256]').equals([projectId, sha256.toLowerCase()]).toArray();

export const sourcesOfInformant = async (db: CaseweaveDatabase, informantId: Id): Promise<SourceSummary[]> =>
  (await db.sources.where('informantIds').equals(informantId).toArray()).sort(byTitle);

/**
 * One imported file as a change (row, text, and its `original` bytes when the project keeps originals) checked
 * against the database; call inside a commit plan. `creating`: informants the same plan creates, which the file may
 * list and link although they are not stored yet.
 */
export const planImportedSource = async (
  db: CaseweaveDatabase, projectId: Id, imported: ImportedSource, meta: SourceImportMeta, creating: ReadonlySet<Id> = new Set(),
  original: Uint8Array | null = null,
) => {
  const project = await db.projects.get(projectId);
  if (!project) throw new DataError('data.error.projectNotFound');
  await checkInformantIds(db, projectId, creditedInformantIds(meta).filter((id) => !creating.has(id)));
  const importerId = await currentCoderIdInTransaction(db);
  return planSourceImport(projectId, imported, meta, db.clock(), keepsOriginals(project) ? original : null, importerId);
};

/** Stores one imported file: all of it (row, text, kept original, audit event) or, on any failure, nothing. */
export const storeImportedSource = async (
  db: CaseweaveDatabase, projectId: Id, imported: ImportedSource, meta: SourceImportMeta, original: Uint8Array | null = null,
): Promise<Source> => (await commitPlan(db, () => planImportedSource(db, projectId, imported, meta, new Set(), original))).result;

/**
 * Edits a source's metadata. A speaker linked to an informant the source no longer lists loses that link, so a
 * source never credits a speaker's words to someone it does not list.
 */
export const updateSourceMeta = async (db: CaseweaveDatabase, id: Id, patch: SourceMetaPatch): Promise<void> => {
  await commitPlan(db, async () => {
    const row = await db.sources.get(id);
    if (!row) throw new DataError('data.error.sourceNotFound');
    const changes: SourceMetaPatch = { ...patch };
    if (patch.title !== undefined) {
      changes.title = patch.title.trim();
      if (changes.title === '') throw new DataError('data.error.sourceTitleEmpty');
    }
    if (patch.informantIds !== undefined) changes.informantIds = await checkInformantIds(db, row.projectId, patch.informantIds);
    if (patch.language !== undefined) changes.language = patch.language.trim();
    const listed = new Set(changes.informantIds ?? row.informantIds);
    const speakerLinks = Object.fromEntries(Object.entries(row.speakerLinks).filter(([, informantId]) => listed.has(informantId)));
    return {
      change: tableChange('sources', [{ ...row, ...changes, speakerLinks, updatedAt: db.clock() }]),
      audit: { projectId: row.projectId, action: 'update', objectType: 'source', objectId: id, detail: Object.keys(changes).join(', ') },
      result: undefined,
    };
  });
};

/** Deletes the source with its text, its codings and the memos on it or on its codings; undoable. */
export const deleteSource = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'sources', id, {
    missing: () => new DataError('data.error.sourceNotFound'),
    projectOf: (source) => source.projectId,
    nameOf: (source) => source.title,
    label: (title) => t('data.undo.deleteSource', { title }),
  }, undo);
