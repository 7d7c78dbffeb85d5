// One member-check record's page: whose it is, its dates, mode and language (edited in place), each item returned
// with the informant's response, comment and what changed because of it, and the informant's own words (autosaved,
// importable as a source to code); "Return more…" adds items later. Deleting asks first and is undone from the toast or the undo stack.
import { useState } from 'react';
import type { Id, MemberCheck } from '../../../shared/model/index.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { deleteMemberCheck, memberCheckName } from '../../data/memberChecks.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { undoToastAction } from '../../services/undoToastAction.ts';
import { MemberCheckDetails } from './MemberCheckDetails.tsx';
import { MemberCheckItemRow } from './MemberCheckItemRow.tsx';
import { ReturnMoreForm } from './ReturnMoreForm.tsx';
import { WordsSection } from './WordsSection.tsx';
import type { MemberCheckData } from './useMemberCheckData.ts';

type Props = { projectId: Id; check: MemberCheck; data: MemberCheckData; navigate: (route: Route) => void; onDeleted: () => void };

export const MemberCheckPage = ({ projectId, check, data, navigate, onDeleted }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const [confirming, setConfirming] = useState(false);
  const [returningMore, setReturningMore] = useState(false);
  const pseudonym = data.informants.get(check.informantId)?.pseudonym ?? check.informantId;
  const name = memberCheckName(check, pseudonym);

  const remove = async () => {
    setConfirming(false);
    const done = await toasts.runWrite(async () => {
      await deleteMemberCheck(db, check.id, undo);
      return true;
    });
    if (done !== true) return;
    toasts.notify(t('memberChecksScreen.deleted', { name }), undoToastAction(undo, t('memberChecksScreen.undo')));
    onDeleted();
  };

  return (
    <article className="member-check-page" aria-labelledby={`${check.id}-heading`}>
      <header className="member-check-head">
        <h2 id={`${check.id}-heading`}>{t('memberChecksScreen.page.heading', { name: pseudonym })}</h2>
        <button type="button" className="button small danger-outline" onClick={() => setConfirming(true)}>{t('memberChecksScreen.delete.button')}</button>
      </header>
      <MemberCheckDetails check={check} />
      <section className="member-check-section" aria-labelledby={`${check.id}-items`}>
        <h3 id={`${check.id}-items`}>{t('memberChecksScreen.items.heading')}</h3>
        <ul className="member-check-items" aria-label={t('memberChecksScreen.items.heading')}>
          {check.items.map((item) => (
            <MemberCheckItemRow key={item.id} projectId={projectId} check={check} item={item} data={data} pseudonym={pseudonym} navigate={navigate} />
          ))}
        </ul>
        <button type="button" className="button small" aria-expanded={returningMore} onClick={() => setReturningMore(!returningMore)}>
          {t('memberChecksScreen.more.button')}
        </button>
        {returningMore && <ReturnMoreForm projectId={projectId} check={check} data={data} onDone={() => setReturningMore(false)} />}
      </section>
      <WordsSection check={check} sourceExists={check.wordsSourceId !== null && data.sources.has(check.wordsSourceId)} navigate={navigate} />
      {confirming && (
        <ConfirmDialog
          title={t('memberChecksScreen.delete.title')}
          message={t('memberChecksScreen.delete.message', { name })}
          confirmLabel={t('memberChecksScreen.delete.confirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void remove()}
        />
      )}
    </article>
  );
};
