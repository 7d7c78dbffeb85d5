// Transcript corrections: the new text, the source's turns and word count, every coding and every memo anchored to a
// range of the text moved with the words (shared/text correctSourceText) are one commit; codings whose words were all
// deleted go, with their memos (the registry's cascade), anchored memos whose words were deleted stay on the source
// without a range. Undo restores all of it exactly.
import { t } from '../../shared/i18n/translate.ts';
import { correctSourceText } from '../../shared/text/index.ts';
import { memoTargetKey, type Id } from '../../shared/model/index.ts';
import { combineChanges, tableChange } from '../../shared/project/projectChange.ts';
import type { UndoManager } from '../undo/undoManager.ts';
import { commitPlan } from './commit.ts';
import type { CaseweaveDatabase } from './database.ts';
import { DataError } from './errors.ts';
import { correctionDetail, countWords } from '../../shared/project/sourceRows.ts';

export type CorrectionResult = { movedCodings: number; removedCodings: number };

/**
 * Replaces the source's text with `newText` (a corrected transcript); codings keep covering the same words.
 * Undoable through `undo`. An unchanged text writes nothing.
 */
export const correctSource = async (
  db: CaseweaveDatabase, projectId: Id, sourceId: Id, newText: string, undo?: UndoManager,
): Promise<CorrectionResult> => {
  const { result } = await commitPlan(
    db,
    async () => {
      const [row, textRow] = await Promise.all([db.sources.get(sourceId), db.sourceTexts.get(sourceId)]);
      if (!row || !textRow || row.projectId !== projectId) throw new DataError('data.error.sourceNotFound');
      if (newText === textRow.text) return { change: {}, audit: null, result: { movedCodings: 0, removedCodings: 0, title: row.title } };
      const codings = await db.codings.where('sourceId').equals(sourceId).toArray();
      const memos = await db.memos.where('[projectId+targetKey]').equals([projectId, memoTargetKey({ kind: 'source', id: sourceId })]).toArray();
      const correction = correctSourceText({ text: textRow.text, turns: row.turns, codings, memos }, newText);
      const wordCount = countWords(correction.text);
      const change = combineChanges(
        tableChange('sources', [{ ...row, turns: correction.turns, wordCount, updatedAt: db.clock() }]),
        tableChange('sourceTexts', [{ ...textRow, text: correction.text }]),
        correction.codingChange,
        correction.memoChange,
      );
      return {
        change,
        audit: { projectId, action: 'correct', objectType: 'source' as const, objectId: sourceId, detail: correctionDetail(row.title, correction.text) },
        result: { movedCodings: correction.movedCodings.length, removedCodings: correction.removedCodings.length, title: row.title },
      };
    },
    undo ? { undo: { manager: undo, label: ({ title }) => t('data.undo.correctSource', { title }) } } : {},
  );
  return { movedCodings: result.movedCodings, removedCodings: result.removedCodings };
};
