// The code tree's writes through the open project's CodingStore (each one undoable there), with refusals
// (duplicate names, moves into a code's own subtree, …) turned into a message the panel shows beside the tree.
import { useCallback, useMemo, useState } from 'react';
import type { Code, Id } from '../../shared/model/index.ts';
import { useToasts } from '../services/Toasts.tsx';
import { getTranscriptSelection } from '../coding/codingSelection.ts';
import { noteRecentCode } from '../coding/recentCodes.ts';
import type { CodingStore } from '../data/codingStore.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useUndoManager } from '../services/UndoContext.tsx';
import { undoToastAction } from '../services/undoToastAction.ts';
import { codeErrorMessage } from './codeErrors.ts';
import { countLabel } from './countLabel.ts';
import type { Placement } from './codeTreeView.ts';

export type CodeTreeCommands = {
  error: string | null;
  clearError: () => void;
  refuse: (message: string) => void;
  create: (parentId: Id | null, name: string) => Promise<Code | null>;
  rename: (id: Id, name: string) => Promise<boolean>;
  recolor: (id: Id, color: string) => Promise<boolean>;
  place: (id: Id, placement: Placement) => Promise<boolean>;
  merge: (code: Code, targetId: Id) => Promise<boolean>;
  remove: (code: Code) => Promise<boolean>;
  applyToSelection: (code: Code) => Promise<void>;
};

export const useCodeTreeCommands = (store: CodingStore | null): CodeTreeCommands => {
  const { t } = useTranslation();
  const { notify } = useToasts();
  const undo = useUndoManager();
  const [error, setError] = useState<string | null>(null);

  /** Runs one write; a refusal becomes the panel's message and the result is null. */
  const attempt = useCallback(async <T>(write: (open: CodingStore) => Promise<T>): Promise<{ value: T } | null> => {
    if (store === null) return null;
    try {
      const value = await write(store);
      setError(null);
      return { value };
    } catch (caught) {
      setError(codeErrorMessage(caught));
      return null;
    }
  }, [store]);

  const applyToSelection = useCallback(
    async (code: Code) => {
      const selection = getTranscriptSelection();
      if (selection === null) {
        setError(t('codes.coding.hint'));
        return;
      }
      const outcome = await attempt((open) =>
        open.applyCoding({ sourceId: selection.sourceId, start: selection.start, end: selection.end, codeId: code.id }),
      );
      if (outcome === null) return;
      noteRecentCode(code.id);
      if (outcome.value === null) notify(t('codes.applyDuplicate', { name: code.name }));
    },
    [attempt, notify, store, t],
  );

  return useMemo(
    () => ({
      error,
      clearError: () => setError(null),
      refuse: (message: string) => setError(message),
      create: async (parentId, name) => (await attempt((open) => open.createCode({ parentId, name })))?.value ?? null,
      rename: async (id, name) => (await attempt((open) => open.renameCode(id, name))) !== null,
      recolor: async (id, color) => (await attempt((open) => open.recolorCode(id, color))) !== null,
      place: async (id, placement) => (await attempt((open) => open.moveCode(id, placement.parentId, placement.index))) !== null,
      merge: async (code, targetId) => {
        const target = store?.codeById(targetId);
        const outcome = await attempt((open) => open.mergeCodes(code.id, targetId));
        if (outcome === null) return false;
        const report = outcome.value;
        notify(
          t('codes.merged', {
            name: code.name,
            target: target?.name ?? '',
            moved: countLabel('coding', report.movedCodingCount),
            collapsed: countLabel('duplicate', report.collapsedCodingCount),
          }),
        );
        return true;
      },
      remove: async (code) => {
        if (store === null) return false;
        const impact = store.deleteCodeImpact(code.id);
        if ((await attempt((open) => open.deleteCode(code.id))) === null) return false;
        notify(t('codes.deleted', { name: code.name, codings: countLabel('coding', impact.codingCount) }), undoToastAction(undo, t('app.action.undo')));
        return true;
      },
      applyToSelection,
    }),
    [applyToSelection, attempt, error, notify, store, t, undo],
  );
};
