// Displays (saved matrices and networks): list, read, create, rename, duplicate (with a network's relations), delete
// (its relations and memos go with it), change the definition, write and review cell notes, mark for the report.
// Each write is one commit with its audit event, and undoable.
import { cellKey as keyOfCell, newId, type CellNote, type Display, type DisplayDefinition, type DisplayType, type Id, type RichText } from '../../shared/model/index.ts';
import { newDisplayDefinition } from '../../shared/analysis/displayDefaults.ts';
import { combineChanges, tableChange } from '../../shared/project/projectChange.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import { deleteRow } from './deleteRow.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';

export const cellKey = keyOfCell;

const byName = (a: Display, b: Display): number => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export const listDisplays = async (db: CaseweaveDatabase, projectId: Id): Promise<Display[]> =>
  (await db.displays.where('projectId').equals(projectId).toArray()).sort(byName);

export const getDisplay = (db: CaseweaveDatabase, id: Id): Promise<Display | undefined> => db.displays.get(id);

/** The trimmed name, refused when empty or when another display of the project has it (the CLI finds displays by name). */
const checkedName = async (db: CaseweaveDatabase, projectId: Id, name: string, except: Id | null): Promise<string> => {
  const trimmed = name.trim();
  if (trimmed === '') throw new DataError('data.error.displayNameEmpty');
  const folded = trimmed.toLocaleLowerCase();
  const taken = (await db.displays.where('projectId').equals(projectId).toArray())
    .some((display) => display.id !== except && display.name.toLocaleLowerCase() === folded);
  if (taken) throw new DataError('data.error.displayNameTaken', { name: trimmed });
  return trimmed;
};

/** The first free name of the form "Name (copy)", "Name (copy 2)", … */
const copyName = async (db: CaseweaveDatabase, projectId: Id, name: string): Promise<string> => {
  const names = new Set((await db.displays.where('projectId').equals(projectId).toArray()).map((display) => display.name.toLocaleLowerCase()));
  for (let index = 1; ; index += 1) {
    const candidate = t(index === 1 ? 'data.displayCopyName' : 'data.displayCopyNameNumbered', { name, number: index });
    if (!names.has(candidate.toLocaleLowerCase())) return candidate;
  }
};

export type NewDisplay = { name: string; type: DisplayType; definition?: DisplayDefinition };

export const createDisplay = async (db: CaseweaveDatabase, projectId: Id, input: NewDisplay, undo?: UndoManager): Promise<Display> => {
  const { result } = await commitPlan(
    db,
    async () => {
      if (!(await db.projects.get(projectId))) throw new DataError('data.error.projectNotFound');
      const at = db.clock();
      const display: Display = {
        id: newId(), projectId, name: await checkedName(db, projectId, input.name, null), type: input.type,
        definition: input.definition ?? newDisplayDefinition(input.type), cellNotes: {}, includeInReport: false, createdAt: at, updatedAt: at,
      };
      return {
        change: tableChange('displays', [display]),
        audit: { projectId, action: 'create', objectType: 'display' as const, objectId: display.id, detail: display.name },
        result: display,
      };
    },
    undo ? { undo: { manager: undo, label: (display) => t('data.undo.createDisplay', { name: display.name }) } } : {},
  );
  return result;
};

/**
 * Writes `edit` of the display `id` in one commit: the audit event says `action` with `detail`, the undo step is
 * labelled `label`. Every change of a display but its creation and deletion goes through here.
 */
export const updateDisplay = async (
  db: CaseweaveDatabase, id: Id, edit: (display: Display) => Display | Promise<Display>, words: { action: string; label: (display: Display) => string },
  undo?: UndoManager,
): Promise<Display> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const before = await db.displays.get(id);
      if (before === undefined) throw new DataError('data.error.displayNotFound');
      const after: Display = { ...(await edit(before)), id: before.id, projectId: before.projectId, createdAt: before.createdAt, updatedAt: db.clock() };
      return {
        change: tableChange('displays', [after]),
        audit: { projectId: before.projectId, action: words.action, objectType: 'display' as const, objectId: id, detail: after.name },
        result: after,
      };
    },
    undo ? { undo: { manager: undo, label: words.label } } : {},
  );
  return result;
};

export const renameDisplay = (db: CaseweaveDatabase, id: Id, name: string, undo?: UndoManager): Promise<Display> =>
  updateDisplay(db, id, async (display) => ({ ...display, name: await checkedName(db, display.projectId, name, display.id) }), {
    action: 'rename', label: (display) => t('data.undo.renameDisplay', { name: display.name }),
  }, undo);

/** Replaces the definition (the builder form, dragged network nodes). */
export const setDisplayDefinition = (db: CaseweaveDatabase, id: Id, definition: DisplayDefinition, undo?: UndoManager): Promise<Display> =>
  updateDisplay(db, id, (display) => {
    if (display.definition.kind !== definition.kind) throw new DataError('data.error.displayKindChanged');
    return { ...display, definition };
  }, { action: 'update', label: (display) => t('data.undo.editDisplay', { name: display.name }) }, undo);

export const setIncludeInReport = (db: CaseweaveDatabase, id: Id, includeInReport: boolean, undo?: UndoManager): Promise<Display> =>
  updateDisplay(db, id, (display) => ({ ...display, includeInReport }), {
    action: 'update', label: (display) => t('data.undo.editDisplay', { name: display.name }),
  }, undo);

export type CellNoteInput = { summary?: RichText; rating?: string | null; quoteCodingId?: Id | null };

const emptyNote = (at: string): CellNote => ({ summary: { content: '', plainText: '' }, rating: null, quoteCodingId: null, evidenceSeen: [], updatedAt: at });

/**
 * Writes the researcher's summary, rating or quote of one cell, recording `evidence` (the cell's codings now) as
 * what the note was written against; a note left with nothing in it is removed.
 */
export const saveCellNote = (
  db: CaseweaveDatabase, displayId: Id, key: string, input: CellNoteInput, evidence: readonly Id[], undo?: UndoManager,
): Promise<Display> =>
  updateDisplay(db, displayId, (display) => {
    const at = db.clock();
    const note: CellNote = { ...(display.cellNotes[key] ?? emptyNote(at)), ...input, evidenceSeen: [...evidence], updatedAt: at };
    const cellNotes = { ...display.cellNotes };
    if (note.summary.plainText.trim() === '' && note.rating === null && note.quoteCodingId === null) delete cellNotes[key];
    else cellNotes[key] = note;
    return { ...display, cellNotes };
  }, { action: 'update-cell', label: (display) => t('data.undo.editCellNote', { name: display.name }) }, undo);

/** Clears a cell's evidence-changed flag: the note now stands against `evidence`. */
export const markCellReviewed = (db: CaseweaveDatabase, displayId: Id, key: string, evidence: readonly Id[], undo?: UndoManager): Promise<Display> =>
  updateDisplay(db, displayId, (display) => {
    const note = display.cellNotes[key];
    if (note === undefined) return display;
    return { ...display, cellNotes: { ...display.cellNotes, [key]: { ...note, evidenceSeen: [...evidence], updatedAt: db.clock() } } };
  }, { action: 'review-cell', label: (display) => t('data.undo.editCellNote', { name: display.name }) }, undo);

/** A copy of the display under a free "(copy)" name, with copies of its relations; its memos stay with the original. */
export const duplicateDisplay = async (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<Display> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const original = await db.displays.get(id);
      if (original === undefined) throw new DataError('data.error.displayNotFound');
      const at = db.clock();
      const copy: Display = {
        ...structuredClone(original), id: newId(), name: await copyName(db, original.projectId, original.name), createdAt: at, updatedAt: at,
      };
      const relations = (await db.relations.where('displayId').equals(id).toArray())
        .map((relation) => ({ ...structuredClone(relation), id: newId(), displayId: copy.id, createdAt: at, updatedAt: at }));
      return {
        change: combineChanges(tableChange('displays', [copy]), tableChange('relations', relations)),
        audit: { projectId: copy.projectId, action: 'duplicate', objectType: 'display' as const, objectId: copy.id, detail: `${original.name} → ${copy.name}` },
        result: copy,
      };
    },
    undo ? { undo: { manager: undo, label: (display) => t('data.undo.createDisplay', { name: display.name }) } } : {},
  );
  return result;
};

/** Deletes a display with its relations and the memos about it; undo puts all of them back. */
export const deleteDisplay = (db: CaseweaveDatabase, id: Id, undo?: UndoManager): Promise<void> =>
  deleteRow(db, 'displays', id, {
    missing: () => new DataError('data.error.displayNotFound'),
    projectOf: (display) => display.projectId,
    nameOf: (display) => display.name,
    label: (name) => t('data.undo.deleteDisplay', { name }),
  }, undo);
