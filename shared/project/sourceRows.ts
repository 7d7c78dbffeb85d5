// The stored rows of one imported file (the source's metadata row, its text row, the memos its Word comments become
// and, when the project keeps them, its original bytes) with the metadata the user accepted, and the audit event of its import: what the app's import and
// the CLI's `import --into` both write.
import type { ImportedSource } from '../import/importTypes.ts';
import type { Id, IsoDate, IsoInstant, Source, SourceKind } from '../model/index.ts';
import type { AuditedChange } from './auditIntent.ts';
import { newId } from '../model/index.ts';
import { commentMemos } from './commentMemos.ts';
import { combineChanges, tableChange, type ProjectChange } from './projectChange.ts';
import { sourceOriginalRow } from './sourceOriginals.ts';

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

export const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** The audit detail of a transcript correction: which source, and its length after it (the trail is read without the source at hand). */
export const correctionDetail = (title: string, text: string): string => `${title}: ${countWords(text)} words`;

/** The stored rows of one imported file with the metadata the user accepted (`informantIds` already checked). */
export const newSourceRows = (
  projectId: Id, imported: ImportedSource, meta: SourceImportMeta, informantIds: Id[], at: IsoInstant,
): { source: Source; change: ProjectChange } => {
  const source: Source = {
    id: newId(),
    projectId,
    kind: meta.kind,
    title: meta.title.trim() || imported.title.trim() || imported.fileName,
    informantIds,
    speakerLinks: { ...meta.speakerLinks },
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
  const change = combineChanges(tableChange('sources', [{ ...row, wordCount: countWords(text) }]), tableChange('sourceTexts', [{ sourceId: source.id, projectId, text }]));
  return { source, change };
};

/** The informants a file is credited to: those listed and those its speakers are linked to, each once. */
export const creditedInformantIds = (meta: SourceImportMeta): Id[] => [...new Set([...meta.informantIds, ...Object.values(meta.speakerLinks ?? {})])];

/**
 * One imported file as a change with its audit event; the caller has checked that the informants exist. `original`:
 * the file's bytes, given when the project keeps originals (sourceOriginals.ts), stored with the source. `importerId`:
 * the coder importing it, the author of the memos the file's comments become.
 */
export const planSourceImport = (
  projectId: Id, imported: ImportedSource, meta: SourceImportMeta, at: IsoInstant, original: Uint8Array | null, importerId: Id,
): AuditedChange<Source> => {
  const { source, change } = newSourceRows(projectId, imported, meta, creditedInformantIds(meta), at);
  const memos = commentMemos(imported.comments, { projectId, sourceId: source.id, textLength: source.text.length, authorId: importerId, at });
  const withMemos = memos.length === 0 ? change : combineChanges(change, tableChange('memos', memos));
  const kept = original === null
    ? withMemos
    : combineChanges(withMemos, tableChange('sourceOriginals', [sourceOriginalRow(source.id, projectId, imported.fileName, original)]));
  return { change: kept, audit: { projectId, action: 'import', objectType: 'source', objectId: source.id, detail: source.originalFileName }, result: source };
};
