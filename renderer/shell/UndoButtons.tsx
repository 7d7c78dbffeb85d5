// The Undo / Redo pair of the top bar: session-wide, labelled with the command they would undo or redo.
import { useUndoManager, useUndoState } from '../services/UndoContext.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useToasts } from '../services/Toasts.tsx';

export const UndoButtons = () => {
  const { t } = useTranslation();
  const manager = useUndoManager();
  const state = useUndoState();
  const { runWrite } = useToasts();
  const undoTitle = state.undoLabel === null ? t('codes.undo.nothing') : t('codes.undo.tooltip', { label: state.undoLabel });
  const redoTitle = state.redoLabel === null ? t('codes.redo.nothing') : t('codes.redo.tooltip', { label: state.redoLabel });
  return (
    <div className="undo-buttons" role="group">
      <button
        type="button"
        className="button"
        disabled={!state.canUndo}
        title={undoTitle}
        aria-description={undoTitle}
        onClick={() => void runWrite(() => manager.undo())}
      >
        <span aria-hidden="true">↶</span> {t('codes.undo.button')}
      </button>
      <button
        type="button"
        className="button"
        disabled={!state.canRedo}
        title={redoTitle}
        aria-description={redoTitle}
        onClick={() => void runWrite(() => manager.redo())}
      >
        <span aria-hidden="true">↷</span> {t('codes.redo.button')}
      </button>
    </div>
  );
};
