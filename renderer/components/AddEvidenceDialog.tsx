// "Add as evidence to…": a conclusion picker (the project's conclusions, searchable by statement, each with its
// status), the stance (supports / disconfirms) and an optional note on its weight. Each add is one undoable commit
// reported by a toast with Undo. A new conclusion can be drawn here from a typed statement (the only way when the
// project has none yet).
// Used from the Coded excerpts screen, display cells, search hits and the transcript's coding popover.
import { useState, type FormEvent } from 'react';
import { conclusionStatus, type EvidenceStance, type EvidenceTarget, type Id } from '../../shared/model/index.ts';
import { addEvidence, conclusionName } from '../data/conclusions.ts';
import { addEvidenceToNewConclusion, matchConclusions } from '../data/conclusionEvidence.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { useDatabase } from '../services/DatabaseContext.tsx';
import { useToasts } from '../services/Toasts.tsx';
import { useUndoManager } from '../services/UndoContext.tsx';
import { undoToastAction } from '../services/undoToastAction.ts';
import { useConclusions } from '../services/useConclusionEvidence.ts';
import { Modal } from './Modal.tsx';
import '../styles/evidence.css';

/** One thing the dialog can add, described for the researcher ("Excerpt: “…”"); several (a search hit over many codings) give a choice. */
export type EvidenceChoice = { target: EvidenceTarget; label: string };

type Props = { projectId: Id; choices: readonly EvidenceChoice[]; onClose: () => void };

const STANCES: readonly EvidenceStance[] = ['supporting', 'disconfirming'];

/** The picker's choice of drawing a new conclusion instead of an existing one. */
const NEW_CONCLUSION = 'new';

export const AddEvidenceDialog = ({ projectId, choices, onClose }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const { notify, runWrite } = useToasts();
  const conclusions = useConclusions(projectId);
  const [choice, setChoice] = useState(0);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Id | null>(null);
  const [statement, setStatement] = useState('');
  const [stance, setStance] = useState<EvidenceStance>('supporting');
  const [weightNote, setWeightNote] = useState('');
  const [busy, setBusy] = useState(false);
  const noneYet = conclusions !== undefined && conclusions.length === 0;
  const creating = noneYet || picked === NEW_CONCLUSION;
  const shown = conclusions === undefined ? [] : matchConclusions(conclusions, query);
  const target = choices[choice]?.target;
  const ready = target !== undefined && !busy && (creating ? statement.trim() !== '' : shown.some((conclusion) => conclusion.id === picked));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const added = await runWrite(() => (creating
      ? addEvidenceToNewConclusion(db, projectId, statement, target, stance, weightNote, undo)
      : addEvidence(db, picked ?? '', target, stance, weightNote, undo)));
    setBusy(false);
    if (added === undefined) return;
    notify(t('evidence.toast.added', { name: conclusionName(added) }), undoToastAction(undo, t('evidence.toast.undo')));
    onClose();
  };

  return (
    <Modal
      title={t('evidence.dialog.title')}
      onDismiss={busy ? undefined : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('evidence.dialog.cancel')}
          </button>
          <button type="submit" form="add-evidence-form" className="button primary" disabled={!ready}>
            {creating ? t('evidence.dialog.create') : t('evidence.dialog.add')}
          </button>
        </>
      }
    >
      <form id="add-evidence-form" className="evidence-dialog" onSubmit={(event) => void submit(event)}>
        {choices.length === 1 ? (
          <p className="evidence-target muted">{choices[0].label}</p>
        ) : (
          <fieldset>
            <legend>{t('evidence.dialog.codingChoice')}</legend>
            {choices.map((option, index) => (
              <label key={option.label} className="checkbox-row">
                <input type="radio" name="evidence-choice" checked={choice === index} onChange={() => setChoice(index)} />
                {option.label}
              </label>
            ))}
          </fieldset>
        )}
        {noneYet ? (
          <NewStatementField statement={statement} onChange={setStatement} hint={t('evidence.dialog.none')} />
        ) : (
          <>
            <label className="evidence-field">
              <span>{t('evidence.dialog.search')}</span>
              <input type="search" value={query} placeholder={t('evidence.dialog.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} autoFocus />
            </label>
            <fieldset>
              <legend>{t('evidence.dialog.conclusions')}</legend>
              <div className="evidence-conclusions">
                {shown.length === 0 && <p className="muted">{t('evidence.dialog.noMatch')}</p>}
                {shown.map((conclusion) => (
                  <label key={conclusion.id}>
                    <input type="radio" name="evidence-conclusion" checked={picked === conclusion.id} onChange={() => setPicked(conclusion.id)} />
                    <span>
                      {conclusionName(conclusion)} <span className="muted small">({t(`evidence.status.${conclusionStatus(conclusion)}`)})</span>
                    </span>
                  </label>
                ))}
                <label>
                  <input type="radio" name="evidence-conclusion" checked={picked === NEW_CONCLUSION} onChange={() => setPicked(NEW_CONCLUSION)} />
                  <span>{t('evidence.dialog.newOption')}</span>
                </label>
              </div>
            </fieldset>
            {picked === NEW_CONCLUSION && <NewStatementField statement={statement} onChange={setStatement} />}
          </>
        )}
        <fieldset>
          <legend>{t('evidence.dialog.stance')}</legend>
          <div className="evidence-stance">
            {STANCES.map((option) => (
              <label key={option}>
                <input type="radio" name="evidence-stance" checked={stance === option} onChange={() => setStance(option)} />
                {t(`evidence.dialog.stance.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="evidence-field">
          <span>{t('evidence.dialog.weightNote')}</span>
          <input type="text" value={weightNote} placeholder={t('evidence.dialog.weightPlaceholder')} onChange={(event) => setWeightNote(event.target.value)} />
        </label>
      </form>
    </Modal>
  );
};

type StatementProps = { statement: string; onChange: (statement: string) => void; hint?: string };

const NewStatementField = ({ statement, onChange, hint }: StatementProps) => {
  const { t } = useTranslation();
  return (
    <label className="evidence-field">
      <span>{t('evidence.dialog.newStatement')}</span>
      {hint !== undefined && <p className="muted">{hint}</p>}
      <textarea rows={3} value={statement} onChange={(event) => onChange(event.target.value)} autoFocus />
    </label>
  );
};
