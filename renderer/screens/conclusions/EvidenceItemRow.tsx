// One piece of evidence on a conclusion: a coded excerpt as a quote with its informants, roles, source title, kind
// and date ("Open in source" shows it in its transcript), or a display cell, memo or member-check response; its weight
// note, edited in place; remove (undoable); for a disconfirming item, how it was resolved or "Resolve…". Lost
// evidence says what was lost.
import { useState } from 'react';
import type { EvidenceItem, EvidenceResolution, Id } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { removeEvidence, resolveEvidence, updateWeightNote } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = {
  conclusionId: Id;
  item: EvidenceItem;
  evidence: ConclusionEvidence;
  coderName: (id: string) => string;
  navigate: (route: Route) => void;
  lost?: boolean;
};

const RESOLUTIONS: readonly EvidenceResolution['kind'][] = ['explained', 'qualified', 'refuted'];
const asResolution = (value: string): EvidenceResolution['kind'] => RESOLUTIONS.find((kind) => kind === value) ?? 'explained';

export const EvidenceItemRow = ({ conclusionId, item, evidence, coderName, navigate, lost = false }: Props) => {
  const { t, formatDate, formatDateTime } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const [note, setNote] = useState(item.weightNote);
  const [resolving, setResolving] = useState(false);
  const [kind, setKind] = useState<EvidenceResolution['kind']>('explained');
  const [resolutionNote, setResolutionNote] = useState('');
  const target = item.target;
  const card = target.kind === 'coding' ? evidence.cards.card(target.codingId) : undefined;

  const saveNote = () => {
    if (note.trim() !== item.weightNote) void toasts.runWrite(() => updateWeightNote(db, conclusionId, item.id, note, undo));
  };
  const resolve = async () => {
    const done = await toasts.runWrite(() => resolveEvidence(db, conclusionId, item.id, { kind, note: resolutionNote }, undo));
    if (done !== undefined) setResolving(false);
  };

  return (
    <li className={`evidence-item${lost ? ' evidence-item-lost' : ''}`}>
      {lost && <p className="evidence-lost-text">{t(`conclusionsScreen.evidence.gone.${target.kind}`)}</p>}
      {card !== undefined && (
        <>
          <blockquote className="evidence-quote">{card.quote}</blockquote>
          <p className="evidence-source muted small">
            {[
              card.informants.length === 0 ? t('conclusionsScreen.evidence.noInformant')
                : card.informants.map((person) => (person.role === '' ? person.pseudonym : t('conclusionsScreen.evidence.informant', { name: person.pseudonym, role: person.role }))).join(', '),
              card.sourceTitle,
              t(`triangulation.kind.${card.sourceKind}`),
              card.date === null ? t('conclusionsScreen.evidence.undated') : formatDate(card.date),
            ].join(' · ')}
          </p>
        </>
      )}
      {!lost && target.kind === 'cell' && (
        <p>{t('conclusionsScreen.evidence.cell', { display: evidence.displays.get(target.displayId)?.name ?? '' })}</p>
      )}
      {!lost && target.kind === 'memo' && <p>{t('conclusionsScreen.evidence.memo')}</p>}
      {!lost && target.kind === 'member-check' && <p>{t('conclusionsScreen.evidence.memberCheck')}</p>}
      <p className="muted small">{t('conclusionsScreen.evidence.added', { who: coderName(item.addedBy), when: formatDateTime(item.addedAt) })}</p>
      {!lost && (
        <label className="evidence-note">
          <span>{t('conclusionsScreen.evidence.weightNote')}</span>
          <input
            type="text"
            value={note}
            placeholder={t('conclusionsScreen.evidence.weightPlaceholder')}
            onChange={(event) => setNote(event.currentTarget.value)}
            onBlur={saveNote}
            onKeyDown={(event) => {
              if (event.key === 'Enter') saveNote();
            }}
          />
        </label>
      )}
      {item.stance === 'disconfirming' && item.resolution !== null && (
        <p className="evidence-resolution" data-testid="evidence-resolution">
          {t(`conclusionsScreen.resolution.${item.resolution.kind}`)}: {item.resolution.note}
        </p>
      )}
      {resolving && (
        <form
          className="conclusion-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void resolve();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setResolving(false);
          }}
        >
          <label>
            <span>{t('conclusionsScreen.resolution.kind')}</span>
            <select autoFocus value={kind} onChange={(event) => setKind(asResolution(event.currentTarget.value))}>
              {RESOLUTIONS.map((option) => <option key={option} value={option}>{t(`conclusionsScreen.resolution.${option}`)}</option>)}
            </select>
          </label>
          <label className="conclusion-reason">
            <span>{t('conclusionsScreen.resolution.note')}</span>
            <input type="text" required value={resolutionNote} onChange={(event) => setResolutionNote(event.currentTarget.value)} />
          </label>
          <button type="submit" className="button primary small" disabled={resolutionNote.trim() === ''}>{t('conclusionsScreen.resolution.save')}</button>
          <button type="button" className="button small" onClick={() => setResolving(false)}>{t('conclusionsScreen.cancel')}</button>
        </form>
      )}
      <div className="evidence-actions">
        {card !== undefined && (
          <button type="button" className="button small" onClick={() => navigate({ screen: 'source', sourceId: card.sourceId, highlight: { start: card.start, end: card.end } })}>
            {t('conclusionsScreen.evidence.openInSource')}
          </button>
        )}
        {item.stance === 'disconfirming' && item.resolution === null && !resolving && !lost && (
          <button type="button" className="button small" onClick={() => setResolving(true)}>{t('conclusionsScreen.resolution.button')}</button>
        )}
        <button type="button" className="button small danger-outline" onClick={() => void toasts.runWrite(() => removeEvidence(db, conclusionId, item.id, undo))}>
          {t('conclusionsScreen.evidence.remove')}
        </button>
      </div>
    </li>
  );
};
