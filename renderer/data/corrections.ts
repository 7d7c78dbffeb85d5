// Transcript corrections: the new text, the source's turns and word count and every coding moved with the
// words (shared/text correctSourceText) are written in ONE transaction; undo restores all of it exactly.
import { commitChange } from '../../shared/codebook/index.ts';
import { t } from '../../shared/i18n/translate.ts';
import { correctSourceText } from '../../shared/text/index.ts';
import { nowIso, type Id, type Turn } from '../../shared/model/index.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { deletedCodingMemoPlan } from './codebookMemoPlans.ts';
import { planMemoStep } from './codebookMemos.ts';
import type { CodebookChange } from '../../shared/codebook/index.ts';
import type { MemoChange } from './codebookWrites.ts';
import type { CodingStore, ExternalWrite } from './codingStore.ts';
import type { CaseweaveDatabase } from './database.ts';
import { emitDataEvent } from './dataEvents.ts';
import { DataError } from './errors.ts';
import { countWords } from './sources.ts';

export type CorrectionResult = { movedCodings: number; removedCodings: number };

/** The text-side state of a source that a correction replaces. */
type TextState = { text: string; turns: Turn[]; wordCount: number; updatedAt: string };

const textWrite = (
  db: CaseweaveDatabase, projectId: Id, sourceId: Id, state: TextState, change: CodebookChange, memos: MemoChange, action: string,
): ExternalWrite => ({
  change,
  memos,
  audit: { action, objectType: 'source', objectId: sourceId, detail: `${state.wordCount}` },
  extraTables: [db.sources, db.sourceTexts],
  extraWrites: async () => {
    const row = await db.sources.get(sourceId);
    if (!row) throw new DataError('data.error.sourceNotFound');
    await db.sourceTexts.put({ sourceId, projectId, text: state.text });
    await db.sources.update(sourceId, { turns: state.turns, wordCount: state.wordCount, updatedAt: state.updatedAt });
  },
  afterCommit: () => emitDataEvent({ type: 'sourceTextChanged', projectId, sourceId }),
});

/**
 * Replaces the source's text with `newText` (a corrected transcript); codings keep covering the same words,
 * codings whose words were all deleted are removed with their memos. Undoable through `undo` (default: the
 * store's manager). An unchanged text writes nothing.
 */
export const correctSource = async (
  db: CaseweaveDatabase, store: CodingStore, sourceId: Id, newText: string, undo: UndoManager = store.undoManager,
): Promise<CorrectionResult> => {
  const { projectId } = store;
  const outcome = await store.commitExternal(async (codebook) => {
    const [row, textRow] = await Promise.all([db.sources.get(sourceId), db.sourceTexts.get(sourceId)]);
    if (!row || !textRow || row.projectId !== projectId) throw new DataError('data.error.sourceNotFound');
    const before: TextState = { text: textRow.text, turns: row.turns, wordCount: row.wordCount, updatedAt: row.updatedAt };
    if (newText === before.text) return { write: null, result: null };
    const correction = correctSourceText({ text: before.text, turns: row.turns, codings: store.codingsOfSource(sourceId) }, newText);
    const after: TextState = { text: correction.text, turns: correction.turns, wordCount: countWords(correction.text), updatedAt: nowIso() };
    const change = correction.codingChange;
    const inverse = commitChange(codebook, change, {}).undo;
    const removedIds = correction.removedCodings.map((coding) => coding.id);
    const write: ExternalWrite = {
      ...textWrite(db, projectId, sourceId, after, change, { putMemos: [], deleteMemoIds: [] }, 'correct'),
      memos: undefined,
      planMemos: removedIds.length > 0 ? () => planMemoStep(db, projectId, deletedCodingMemoPlan(codebook, removedIds)) : undefined,
    };
    return { write, result: { before, after, change, inverse, title: row.title, moved: correction.movedCodings.length, removed: removedIds.length } };
  });
  const { result, memos } = outcome;
  if (result === null || memos === null) return { movedCodings: 0, removedCodings: 0 };
  undo.push({
    label: t('data.undo.correctSource', { title: result.title }),
    undo: async () => {
      await store.commitExternal(async () => ({
        write: textWrite(db, projectId, sourceId, result.before, result.inverse, memos.undo, 'undo-correct'), result: undefined,
      }));
    },
    redo: async () => {
      await store.commitExternal(async () => ({
        write: textWrite(db, projectId, sourceId, { ...result.after, updatedAt: nowIso() }, result.change, memos.change, 'redo-correct'),
        result: undefined,
      }));
    },
  });
  return { movedCodings: result.moved, removedCodings: result.removed };
};
