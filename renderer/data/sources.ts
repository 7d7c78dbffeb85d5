// Sources: store an imported file (one transaction: metadata row, text row, audit event), list
// light summaries, read with text, edit metadata, delete with an undo snapshot and restore.
import { Dexie } from 'dexie';
import type { ImportedSource } from '../../shared/import/importTypes.ts';
import {
  memoTargetKey, newId, nowIso, type Coding, type Id, type IsoDate, type Memo, type Source, type SourceKind,
} from '../../shared/model/index.ts';
import { auditTables, recordChange } from './audit.ts';
import type { CaseweaveDatabase, SourceRow, SourceTextRow } from './database.ts';
import { DataError } from './errors.ts';
import { emitDataEvent, type DataEvent } from './dataEvents.ts';

/**
 * Emits after the write commits; inside a caller's transaction (example seeding) nothing is emitted, since
 * the outer transaction has not committed yet and the caller tells the app itself.
 */
const emitAfter = async <T>(write: () => Promise<T>, event: (result: T) => DataEvent): Promise<T> => {
  const nested = Boolean(Dexie.currentTransaction);
  const result = await write();
  if (!nested) emitDataEvent(event(result));
  return result;
};

export { linkSpeaker, renameSpeaker } from './speakers.ts';

export type SourceSummary = SourceRow;

/** What the user sets or accepts for one file before it is stored. */
export type SourceImportMeta = {
  kind: SourceKind;
  title: string;
  informantIds: Id[];
  date: IsoDate | null;
  language: string;
  /** Speaker label → informant; each linked informant is also listed in informantIds. */
  speakerLinks?: Record<string, Id>;
};

export type SourceMetaPatch = Partial<Pick<Source, 'kind' | 'title' | 'date' | 'language' | 'informantIds'>>;

export type DeletedSource = { source: SourceRow; text: SourceTextRow | undefined; codings: Coding[]; memos: Memo[] };

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

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

export const storeTables = (db: CaseweaveDatabase) => [db.sources, db.sourceTexts, db.informants, ...auditTables(db)] as const;

/** Stores one imported file: all of it (row, text, audit event) or, on any failure, nothing. */
export const storeImportedSource = async (
  db: CaseweaveDatabase, projectId: Id, imported: ImportedSource, meta: SourceImportMeta,
): Promise<Source> =>
  emitAfter(() => db.transaction('rw', storeTables(db), async () => {
    if (!(await db.projects.get(projectId))) throw new DataError('data.error.projectNotFound');
    const speakerLinks = { ...meta.speakerLinks };
    const informantIds = await checkInformantIds(db, projectId, [...meta.informantIds, ...Object.values(speakerLinks)]);
    const at = nowIso();
    const source: Source = {
      id: newId(),
      projectId,
      kind: meta.kind,
      title: meta.title.trim() || imported.title.trim() || imported.fileName,
      informantIds,
      speakerLinks,
      date: meta.date,
      language: meta.language.trim() || imported.language,
      format: imported.format,
      originalFileName: imported.fileName,
      sha256: imported.sha256.toLowerCase(),
      byteSize: imported.byteSize,
      text: imported.text,
      turns: imported.turns,
      importedAt: at,
      updatedAt: at,
    };
    const { text, ...row } = source;
    await db.sources.add({ ...row, wordCount: countWords(text) });
    await db.sourceTexts.add({ sourceId: source.id, projectId, text });
    await recordChange(db, { projectId, action: 'import', objectType: 'source', objectId: source.id, detail: source.originalFileName, at });
    return source;
  }), (source) => ({ type: 'sourceAdded', projectId, sourceId: source.id }));

export const updateSourceMeta = async (db: CaseweaveDatabase, id: Id, patch: SourceMetaPatch): Promise<void> => {
  await db.transaction('rw', storeTables(db), async () => {
    const row = await db.sources.get(id);
    if (!row) throw new DataError('data.error.sourceNotFound');
    const changes: SourceMetaPatch = { ...patch };
    if (patch.title !== undefined) {
      changes.title = patch.title.trim();
      if (changes.title === '') throw new DataError('data.error.sourceTitleEmpty');
    }
    if (patch.informantIds !== undefined) changes.informantIds = await checkInformantIds(db, row.projectId, patch.informantIds);
    if (patch.language !== undefined) changes.language = patch.language.trim();
    const at = nowIso();
    await db.sources.update(id, { ...changes, updatedAt: at });
    const detail = Object.keys(changes).join(', ');
    await recordChange(db, { projectId: row.projectId, action: 'update', objectType: 'source', objectId: id, detail, at });
  });
};

const deleteTables = (db: CaseweaveDatabase) =>
  [db.sources, db.sourceTexts, db.informants, db.codings, db.memos, ...auditTables(db)] as const;

/** Deletes the source with its text, its codings and the memos on it or on its codings; returns the undo. */
export const deleteSource = async (db: CaseweaveDatabase, id: Id): Promise<DeletedSource> =>
  emitAfter(() => db.transaction('rw', deleteTables(db), async () => {
    const source = await db.sources.get(id);
    if (!source) throw new DataError('data.error.sourceNotFound');
    const text = await db.sourceTexts.get(id);
    const codings = await db.codings.where('sourceId').equals(id).toArray();
    const memoKeys = [memoTargetKey({ kind: 'source', id }), ...codings.map((c) => memoTargetKey({ kind: 'coding', id: c.id }))];
    const memos = await db.memos.where('targetKey').anyOf(memoKeys).toArray();
    await db.memos.bulkDelete(memos.map((m) => m.id));
    await db.codings.bulkDelete(codings.map((c) => c.id));
    await db.sourceTexts.delete(id);
    await db.sources.delete(id);
    await recordChange(db, { projectId: source.projectId, action: 'delete', objectType: 'source', objectId: id, detail: source.title, at: nowIso() });
    return { source, text, codings, memos };
  }), (deleted) => ({ type: 'sourceDeleted', projectId: deleted.source.projectId, sourceId: id }));

/** Undo of deleteSource; informants deleted in the meantime are left out of its links. */
export const restoreSource = async (db: CaseweaveDatabase, snapshot: DeletedSource): Promise<void> => {
  const { projectId, id: sourceId } = snapshot.source;
  await emitAfter(() => db.transaction('rw', deleteTables(db), async () => {
    const { source } = snapshot;
    if (!(await db.projects.get(source.projectId))) throw new DataError('data.error.projectNotFound');
    const alive = new Set((await db.informants.bulkGet(source.informantIds)).flatMap((i) => (i ? [i.id] : [])));
    const linkAlive = await db.informants.bulkGet(Object.values(source.speakerLinks));
    const speakerLinks = Object.fromEntries(Object.entries(source.speakerLinks).filter((_, index) => linkAlive[index] !== undefined));
    await db.sources.add({ ...source, informantIds: source.informantIds.filter((i) => alive.has(i)), speakerLinks });
    if (snapshot.text) await db.sourceTexts.add(snapshot.text);
    await db.codings.bulkAdd(snapshot.codings);
    await db.memos.bulkAdd(snapshot.memos);
    await recordChange(db, { projectId: source.projectId, action: 'restore', objectType: 'source', objectId: source.id, detail: source.title, at: nowIso() });
  }), () => ({ type: 'sourceAdded', projectId, sourceId }));
};
