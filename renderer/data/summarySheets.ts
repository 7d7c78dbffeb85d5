// Summary sheets (Miles & Huberman's contact summaries and document summary forms): list, read, create one for a
// source (a document gets a document summary, any other source a contact summary), update its fields, delete. Each
// write is one commit with its audit event, and undoable; a source has at most one sheet.
import {
  EMPTY_RICH_TEXT, newId, type ContactSummary, type DocumentSummary, type Id, type Source, type SummarySheet,
} from '../../shared/model/index.ts';
import { tableChange } from '../../shared/project/projectChange.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { currentCoderIdInTransaction } from './coders.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

/** The fields a contact summary's editor changes (the source, kind, author and times are the sheet's own). */
export type ContactSummaryPatch = Partial<Pick<ContactSummary, 'date' | 'contactType' | 'mainThemes' | 'themeCodeIds' | 'researchQuestions' | 'salientPoints' | 'nextQuestions'>>;

/** The fields a document summary's editor changes. */
export type DocumentSummaryPatch = Partial<Pick<DocumentSummary, 'date' | 'significance' | 'contentSummary' | 'associatedEvent'>>;

/** A change of either kind of sheet; the fields of the other kind are ignored. */
export type SummarySheetPatch = ContactSummaryPatch & DocumentSummaryPatch;

/** Newest contact or document date first; undated sheets last, then by creation. */
const byDate = (a: SummarySheet, b: SummarySheet): number =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export const listSummarySheets = async (db: CaseweaveDatabase, projectId: Id): Promise<SummarySheet[]> =>
  (await db.summarySheets.where('projectId').equals(projectId).toArray()).sort(byDate);

export const getSummarySheet = (db: CaseweaveDatabase, id: Id): Promise<SummarySheet | undefined> => db.summarySheets.get(id);

/** The sheet of a source, if it has one. */
export const summarySheetOfSource = async (db: CaseweaveDatabase, sourceId: Id): Promise<SummarySheet | undefined> =>
  db.summarySheets.where('sourceId').equals(sourceId).first();

/** Which kind of sheet a source gets: documents a document summary form, interviews, observations and others a contact summary. */
export const sheetKindOf = (source: Pick<Source, 'kind'>): SummarySheet['kind'] => (source.kind === 'document' ? 'document' : 'contact');

/** A blank sheet for the source, dated like it and written by `authorId`. */
export const blankSummarySheet = (source: Pick<Source, 'id' | 'projectId' | 'kind' | 'date'>, authorId: Id, at: string): SummarySheet => {
  const common = { id: newId(), projectId: source.projectId, sourceId: source.id, date: source.date, authorId, createdAt: at, updatedAt: at };
  if (sheetKindOf(source) === 'document') {
    return { ...common, kind: 'document', significance: EMPTY_RICH_TEXT, contentSummary: EMPTY_RICH_TEXT, associatedEvent: EMPTY_RICH_TEXT };
  }
  return {
    ...common, kind: 'contact', contactType: t(`sources.kind.${source.kind}`), mainThemes: EMPTY_RICH_TEXT, themeCodeIds: [],
    researchQuestions: {}, salientPoints: EMPTY_RICH_TEXT, nextQuestions: EMPTY_RICH_TEXT,
  };
};

/** The name an audit event and an undo label give the sheet: its source's title. */
const sheetName = async (db: CaseweaveDatabase, sheet: SummarySheet): Promise<string> => (await db.sources.get(sheet.sourceId))?.title ?? sheet.sourceId;

/** Creates the sheet of a source; refused when the source already has one. */
export const createSummarySheet = async (db: CaseweaveDatabase, projectId: Id, sourceId: Id, undo?: UndoManager): Promise<SummarySheet> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const source = await db.sources.get(sourceId);
      if (source === undefined || source.projectId !== projectId) throw new DataError('data.error.sourceNotFound');
      if ((await summarySheetOfSource(db, sourceId)) !== undefined) throw new DataError('summaries.error.exists', { title: source.title });
      const sheet = blankSummarySheet(source, await currentCoderIdInTransaction(db), db.clock());
      return {
        change: tableChange('summarySheets', [sheet]),
        audit: { projectId, action: 'create', objectType: 'summarySheet' as const, objectId: sheet.id, detail: source.title },
        result: { sheet, title: source.title },
      };
    },
    undo ? { undo: { manager: undo, label: ({ sheet, title }) => t(sheet.kind === 'contact' ? 'summaries.undo.createContact' : 'summaries.undo.createDocument', { title }) } } : {},
  );
  return result.sheet;
};

/** Only the fields of the sheet's own kind; a patch cannot move a sheet to another source, author or kind. */
const patched = (sheet: SummarySheet, patch: SummarySheetPatch): SummarySheet => {
  if (sheet.kind === 'contact') {
    const { date, contactType, mainThemes, themeCodeIds, researchQuestions, salientPoints, nextQuestions } = patch;
    return {
      ...sheet, date: date === undefined ? sheet.date : date, contactType: contactType?.trim() ?? sheet.contactType, mainThemes: mainThemes ?? sheet.mainThemes,
      themeCodeIds: themeCodeIds === undefined ? sheet.themeCodeIds : [...new Set(themeCodeIds)],
      researchQuestions: researchQuestions === undefined ? sheet.researchQuestions : { ...sheet.researchQuestions, ...researchQuestions },
      salientPoints: salientPoints ?? sheet.salientPoints, nextQuestions: nextQuestions ?? sheet.nextQuestions,
    };
  }
  const { date, significance, contentSummary, associatedEvent } = patch;
  return {
    ...sheet, date: date === undefined ? sheet.date : date, significance: significance ?? sheet.significance,
    contentSummary: contentSummary ?? sheet.contentSummary, associatedEvent: associatedEvent ?? sheet.associatedEvent,
  };
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Writes `patch` over the sheet in one commit (research-question answers are merged by question id). A theme code
 * linked by the patch must be a code of the project; a date is YYYY-MM-DD or null.
 */
export const updateSummarySheet = async (db: CaseweaveDatabase, id: Id, patch: SummarySheetPatch, undo?: UndoManager): Promise<SummarySheet> => {
  if (patch.date !== undefined && patch.date !== null && !ISO_DATE.test(patch.date)) throw new DataError('summaries.error.date');
  const { result } = await commitPlan(
    db,
    async () => {
      const before = await db.summarySheets.get(id);
      if (before === undefined) throw new DataError('summaries.error.notFound');
      const after: SummarySheet = { ...patched(before, patch), updatedAt: db.clock() };
      // Only codes linked now are checked: a linked code deleted since stays linked (its deletion may be undone).
      const linked = before.kind === 'contact' ? new Set(before.themeCodeIds) : new Set<Id>();
      const added = after.kind === 'contact' ? after.themeCodeIds.filter((codeId) => !linked.has(codeId)) : [];
      if (added.length > 0) {
        const codes = await db.codes.bulkGet(added);
        if (codes.some((code) => code?.projectId !== before.projectId)) throw new DataError('summaries.error.codeNotFound');
      }
      const title = await sheetName(db, before);
      return {
        change: tableChange('summarySheets', [after]),
        audit: { projectId: before.projectId, action: 'update', objectType: 'summarySheet' as const, objectId: id, detail: title },
        result: { sheet: after, title },
      };
    },
    undo ? { undo: { manager: undo, label: ({ title }) => t('summaries.undo.edit', { title }) } } : {},
  );
  return result.sheet;
};

/** Deletes a sheet; undo puts it back. */
export const deleteSummarySheet = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> => {
  const sheet = await db.summarySheets.get(id);
  const title = sheet === undefined ? '' : await sheetName(db, sheet);
  await deleteRow(db, 'summarySheets', id, {
    missing: () => new DataError('summaries.error.notFound'),
    projectOf: (row) => row.projectId,
    nameOf: () => title,
    label: (name) => t('summaries.undo.delete', { title: name }),
  }, undo);
};
