// The decision log (issue 10): analytic decisions with their rationale, under the categories of the classic audit
// trail (raw data, data reduction, reconstruction and synthesis, process notes, intentions, instrument development).
// Each entry is a memo on the project (shared/model/memo.ts decisionCategory), so it is searched, edited and exported
// like every memo; recording one is an undoable commit, and the trail records it.
import { useMemo, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { lexicalJsonFromPlainText } from '../../../shared/model/memoContent.ts';
import { DECISION_CATEGORIES, type DecisionCategory } from '../../../shared/model/index.ts';
import { listMemos, saveMemo } from '../../data/memos.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { projectId: string; coderName: (id: string) => string };

export const DecisionLog = ({ projectId, coderName }: Props) => {
  const db = useDatabase();
  const undo = useUndoManager();
  const { runWrite } = useToasts();
  const { t, formatDateTime } = useTranslation();
  const memos = useLiveQuery(() => listMemos(db, projectId), [db, projectId]);
  const [category, setCategory] = useState<DecisionCategory>('data-reduction');
  const [decision, setDecision] = useState('');
  const [rationale, setRationale] = useState('');
  const [shown, setShown] = useState<DecisionCategory | ''>('');
  const decisions = useMemo(
    () => (memos ?? []).filter((memo) => memo.decisionCategory !== undefined && (shown === '' || memo.decisionCategory === shown)),
    [memos, shown],
  );

  const record = (event: FormEvent) => {
    event.preventDefault();
    if (decision.trim() === '') return;
    void runWrite(async () => {
      await saveMemo(db, projectId, {
        target: { kind: 'project' }, title: decision.trim(), content: lexicalJsonFromPlainText(rationale), plainText: rationale, decisionCategory: category,
      }, undo);
      setDecision('');
      setRationale('');
    });
  };

  return (
    <section className="decision-log" aria-labelledby="decision-log-heading">
      <h2 id="decision-log-heading">{t('audit.decisions.title')}</h2>
      <p className="muted">{t('audit.decisions.intro')}</p>
      <form className="decision-form" aria-label={t('audit.decisions.form')} onSubmit={record}>
        <label>
          {t('audit.decisions.category')}
          <select value={category} onChange={(event) => setCategory(event.target.value as DecisionCategory)}>
            {DECISION_CATEGORIES.map((value) => <option key={value} value={value}>{t(`audit.decisions.category.${value}`)}</option>)}
          </select>
        </label>
        <label className="decision-text">
          {t('audit.decisions.decision')}
          <input type="text" value={decision} required onChange={(event) => setDecision(event.target.value)} />
        </label>
        <label className="decision-text">
          {t('audit.decisions.rationale')}
          <textarea rows={2} value={rationale} onChange={(event) => setRationale(event.target.value)} />
        </label>
        <button type="submit" className="button primary" disabled={decision.trim() === ''}>{t('audit.decisions.record')}</button>
      </form>
      <label className="decision-filter">
        {t('audit.decisions.show')}
        <select value={shown} onChange={(event) => setShown(event.target.value as DecisionCategory | '')}>
          <option value="">{t('audit.filter.any')}</option>
          {DECISION_CATEGORIES.map((value) => <option key={value} value={value}>{t(`audit.decisions.category.${value}`)}</option>)}
        </select>
      </label>
      {decisions.length === 0 ? (
        <p className="empty-state">{t('audit.decisions.none')}</p>
      ) : (
        <ol className="decision-list" aria-label={t('audit.decisions.list')}>
          {decisions.map((memo) => (
            <li key={memo.id} className="decision">
              <div className="decision-head">
                <span className="badge">{t(`audit.decisions.category.${memo.decisionCategory ?? 'process-notes'}`)}</span>
                <strong>{memo.title}</strong>
              </div>
              {memo.plainText.trim() !== '' && <p className="decision-rationale">{memo.plainText}</p>}
              <div className="muted small">{t('audit.decisions.by', { coder: coderName(memo.authorId), when: formatDateTime(memo.createdAt) })}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
