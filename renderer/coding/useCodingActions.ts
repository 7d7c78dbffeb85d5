// The coding actions of the source screen, all acting on the remembered transcript selection: apply a code, create
// a code and apply it, code in vivo. Each notes the code as recent and reports failures as error toasts.
import { useCallback, useMemo, useState } from 'react';
import type { Coding, Id } from '../../shared/model/index.ts';
import { useToasts } from '../services/Toasts.tsx';
import { useCodingStore } from '../services/CodingStoreContext.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { getTranscriptSelection, type TranscriptSelection } from './codingSelection.ts';
import { noteRecentCode } from './recentCodes.ts';

export type CodingActions = {
  /** Codes the selection with an existing code. */
  applyCode: (codeId: Id) => Promise<void>;
  /** Creates a top-level code of that name and codes the selection with it. */
  createAndApply: (name: string) => Promise<void>;
  /** Creates a code named from the selected words and codes the selection with it (one undo step). */
  codeInVivo: () => Promise<void>;
  /** What the last action did, for the screen's live status line. */
  lastMessage: string;
};

export const useCodingActions = (sourceId: Id): CodingActions => {
  const store = useCodingStore();
  const { runWrite, notify } = useToasts();
  const { t } = useTranslation();
  const [lastMessage, setLastMessage] = useState('');

  const selectionHere = useCallback((): TranscriptSelection | null => {
    const selection = getTranscriptSelection();
    if (selection === null || selection.sourceId !== sourceId) {
      notify(t('coding.selectFirst'));
      return null;
    }
    return selection;
  }, [sourceId, notify, t]);

  const report = useCallback(
    (coding: Coding | null | undefined, codeId: Id) => {
      const name = store?.codeById(codeId)?.name ?? '';
      setLastMessage(coding === null ? t('coding.status.alreadyCoded', { code: name }) : t('coding.status.coded', { code: name }));
    },
    [store, t],
  );

  const applyCode = useCallback(
    async (codeId: Id) => {
      const selection = selectionHere();
      if (selection === null || store === null) return;
      const coding = await runWrite(() => store.applyCoding({ sourceId, codeId, start: selection.start, end: selection.end }));
      if (coding === undefined) return;
      noteRecentCode(codeId);
      report(coding, codeId);
    },
    [selectionHere, store, runWrite, sourceId, report],
  );

  const createAndApply = useCallback(
    async (name: string) => {
      const selection = selectionHere();
      if (selection === null || store === null) return;
      const code = await runWrite(() => store.createCode({ parentId: null, name }));
      if (code === undefined) return;
      const coding = await runWrite(() => store.applyCoding({ sourceId, codeId: code.id, start: selection.start, end: selection.end }));
      if (coding === undefined) return;
      noteRecentCode(code.id);
      report(coding, code.id);
    },
    [selectionHere, store, runWrite, sourceId, report],
  );

  const codeInVivo = useCallback(async () => {
    const selection = selectionHere();
    if (selection === null || store === null) return;
    const outcome = await runWrite(() => store.createInVivoCode(sourceId, selection.start, selection.end, selection.text));
    if (outcome === undefined) return;
    noteRecentCode(outcome.code.id);
    report(outcome.coding, outcome.code.id);
  }, [selectionHere, store, runWrite, sourceId, report]);

  return useMemo(() => ({ applyCode, createAndApply, codeInVivo, lastMessage }), [applyCode, createAndApply, codeInVivo, lastMessage]);
};
