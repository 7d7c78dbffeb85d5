// Settings' panel of the open project: whether importing a file keeps its bytes in the project file, what that costs
// and what is kept now. Turning it off while files are kept asks whether to drop them (one undoable commit) or keep
// them and only stop keeping new ones.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatByteSize } from '../../../shared/i18n/backupFormats.ts';
import { keepsOriginals } from '../../../shared/project/sourceOriginals.ts';
import { keptOriginalsOf, setKeepOriginals } from '../../data/sourceOriginals.ts';
import { Modal } from '../../components/Modal.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';

export const OriginalsPanel = ({ projectId }: { projectId: string | null }) => {
  const db = useDatabase();
  const { t, locale } = useTranslation();
  const { runWrite, notify } = useToasts();
  const undo = useUndoManager();
  const project = useLiveQuery(async () => (projectId === null ? null : ((await db.projects.get(projectId)) ?? null)), [db, projectId]);
  const kept = useLiveQuery(async () => (projectId === null ? null : keptOriginalsOf(db, projectId)), [db, projectId]);
  const [askingToDrop, setAskingToDrop] = useState(false);
  const [writing, setWriting] = useState(false);

  if (projectId === null || project === null) {
    return (
      <section className="panel" aria-labelledby="originals-heading">
        <h2 id="originals-heading" className="panel-title">{t('originals.settings.titleNoProject')}</h2>
        <p className="muted">{t('originals.settings.noProject')}</p>
      </section>
    );
  }
  if (project === undefined || kept === undefined || kept === null) return null;

  const size = formatByteSize(kept.bytes, locale);
  const change = async (keep: boolean, dropKept: boolean) => {
    setAskingToDrop(false);
    setWriting(true);
    const outcome = await runWrite(() => setKeepOriginals(db, projectId, { keep, dropKept }, undo));
    setWriting(false);
    if (outcome !== undefined && outcome.dropped > 0) {
      notify(t('originals.dropped', { count: outcome.dropped, size, name: project.name }), undoToastAction(undo, t('originals.undo')));
    }
  };
  const toggle = (keep: boolean) => {
    if (!keep && kept.count > 0) setAskingToDrop(true);
    else void change(keep, false);
  };

  return (
    <section className="panel" aria-labelledby="originals-heading">
      <h2 id="originals-heading" className="panel-title">{t('originals.settings.title', { name: project.name })}</h2>
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={keepsOriginals(project)}
          disabled={writing}
          aria-describedby="originals-cost originals-kept"
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        {t('originals.settings.keep')}
      </label>
      <p id="originals-cost" className="muted small">{t('originals.settings.cost')}</p>
      <p id="originals-kept" data-testid="originals-kept">
        {kept.count === 0 ? t('originals.settings.keptNone') : t('originals.settings.kept', { count: kept.count, size })}
      </p>
      {askingToDrop && (
        <Modal
          title={t('originals.off.title')}
          onDismiss={() => setAskingToDrop(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setAskingToDrop(false)}>
                {t('app.action.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void change(false, false)}>
                {t('originals.off.keep')}
              </button>
              <button type="button" className="button danger" onClick={() => void change(false, true)}>
                {t('originals.off.drop')}
              </button>
            </>
          }
        >
          <p>{t('originals.off.message', { count: kept.count, size })}</p>
        </Modal>
      )}
    </section>
  );
};
