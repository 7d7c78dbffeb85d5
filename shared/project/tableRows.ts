// The stored shape of every table of a Caseweave project database, by table name: the one type map the entity
// registry, project changes, the data layer and (later) the project file and sync all read.
import type { AuditEvent, Code, Coder, Coding, Conclusion, Display, Id, Informant, IsoInstant, Memo, MemberCheck, Project, Relation, Source, SummarySheet } from '../model/index.ts';
import type { CodebookTemplate } from '../templates/templateTypes.ts';

/** A stored source without its text (the text lives in `sourceTexts`); `wordCount` is kept for lists. */
export type SourceRow = Omit<Source, 'text'> & { wordCount: number };

/** The canonical plain text of one source, kept apart so source lists stay light. */
export type SourceTextRow = { sourceId: Id; projectId: Id; text: string };

export type AppStateValue = string | number | boolean | null;

/** Key/value settings of the installation: lastProjectId, currentCoderId, exampleSeeded, … */
export type AppStateRow = { key: string; value: AppStateValue };

/** A codebook template saved by the user from a project's code tree. */
export type SavedTemplateRow = CodebookTemplate & { savedAt: string; sourceProjectId: Id | null };

/**
 * The bytes of the file a source was imported from, kept when the project's keepOriginals setting is on. Deleted
 * with its source; carried by a project file as its `originals/<sourceId>/<fileName>` entry, not as a JSON table.
 * `fileName` is already one safe path segment (safeOriginalName), so it survives a save and an open unchanged.
 */
export type SourceOriginalRow = { sourceId: Id; projectId: Id; fileName: string; bytes: Uint8Array };

/**
 * A `.caseweave` file this installation knows: where it is, the project autosave writes to it, and when it was last
 * opened (the browser's recent list). Electron keeps the granted path; the browser keeps the file handle, which
 * IndexedDB stores by structured clone (opaque here: shared/ knows no DOM).
 */
export type ProjectFileLinkRow = {
  id: Id;
  fileName: string;
  /** The project linked to the file; null once that project was deleted (the file stays in the recent list). */
  linkedProjectId: Id | null;
  /** Electron: the path main granted. */
  path: string | null;
  /** Browser: the FileSystemFileHandle. */
  handle: unknown;
  openedAt: IsoInstant;
};

export type TableRows = {
  projects: Project;
  informants: Informant;
  sources: SourceRow;
  sourceTexts: SourceTextRow;
  sourceOriginals: SourceOriginalRow;
  codes: Code;
  codings: Coding;
  memos: Memo;
  displays: Display;
  relations: Relation;
  summarySheets: SummarySheet;
  conclusions: Conclusion;
  memberChecks: MemberCheck;
  auditEvents: AuditEvent;
  coders: Coder;
  codebookTemplates: SavedTemplateRow;
  appState: AppStateRow;
  projectFileLinks: ProjectFileLinkRow;
};

export type TableName = keyof TableRows;

/** A primary key: a string id, the auto-incremented number of an audit event, or an appState key. */
export type Key = string | number;

export type Row<T extends TableName = TableName> = TableRows[T];
