// Looking for negative evidence on a conclusion's page: the query over codes marked as counter-evidence, within the
// sources and informants behind the conclusion (shared/analysis/negativeEvidence.ts), lists its hits — each opened in
// its source and addable as disconfirming evidence — beside the disconfirming items already recorded. When neither
// holds anything, "Record none found" logs the tactic with the outcome "none found" and the query's scope as its note.
import { useId, useMemo } from 'react';
import { findNegativeEvidence, negativeEvidenceNote } from '../../../shared/analysis/negativeEvidence.ts';
import { codePath, indexCodes } from '../../../shared/codebook/codeTree.ts';
import type { Conclusion, EvidenceItem } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useUndoManager } from '../../services/UndoContext.tsx';
import { addEvidence, logTactic } from '../../data/conclusions.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import '../../styles/verification.css';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = { conclusion: Conclusion; evidence: ConclusionEvidence | undefined; navigate: (route: Route) => void };

const ITEM_KIND_KEYS = {
  coding: 'verification.negative.itemCoding', cell: 'verification.negative.itemCell', memo: 'verification.negative.itemMemo',
  'member-check': 'verification.negative.itemMemberCheck',
} as const satisfies Record<EvidenceItem['target']['kind'], string>;

export const NegativeEvidenceSection = ({ conclusion, evidence, navigate }: Props) => {
  const { t } = useTranslation();
  const db = useDatabase();
  const undo = useUndoManager();
  const toasts = useToasts();
  const headingId = useId();
  const found = useMemo(() => (evidence === undefined ? undefined : findNegativeEvidence(evidence.data, conclusion, evidence.lookups)), [evidence, conclusion]);
  if (evidence === undefined || found === undefined) return null;

  const byId = indexCodes(evidence.data.codes);
  const counterNames = found.scope.counterCodeIds.map((id) => codePath(byId, id));
  // Anything found, new or already recorded against it, is negative evidence: "none found" would not be true.
  const foundSome = found.hits.length > 0 || found.disconfirming.length > 0;
  const addAgainst = (codingId: string) =>
    void toasts.runWrite(() => addEvidence(db, conclusion.id, { kind: 'coding', codingId }, 'disconfirming', '', undo));
  const recordNoneFound = async () => {
    const note = negativeEvidenceNote(found.scope, evidence.data);
    const done = await toasts.runWrite(() => logTactic(db, conclusion.id, 'negative-evidence', 'none-found', note, undo));
    if (done !== undefined) toasts.notify(t('verification.negative.recorded'));
  };

  return (
    <section className="conclusion-section conclusion-negative" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('verification.negative.heading')}</h3>
      <p className="muted small">{t('verification.negative.about')}</p>
      <p className="small" data-testid="negative-evidence-scope">
        {found.scope.counterCodeIds.length === 0 ? t('verification.negative.noMarkedCodes') : t('verification.negative.scope', {
          sources: found.scope.sourceIds.length, informants: found.scope.informantIds.length, codes: counterNames.length, names: ` (${counterNames.join(', ')})`,
        })}
      </p>
      <h4>{t('verification.negative.hits')}</h4>
      {found.hits.length === 0 ? <p className="muted">{t('verification.negative.noHits')}</p> : (
        <ul className="negative-hits" aria-label={t('verification.negative.hits')}>
          {found.hits.map((hit) => {
            const card = evidence.cards.card(hit.codingId);
            if (card === undefined) return null;
            return (
              <li key={hit.codingId} className="negative-hit">
                <blockquote className="evidence-quote">{card.quote}</blockquote>
                <p className="evidence-source muted small">
                  {t('verification.negative.hit', { code: codePath(byId, hit.codeId), source: card.sourceTitle })}
                  {card.informants.length > 0 && ` · ${card.informants.map((person) => person.pseudonym).join(', ')}`}
                </p>
                <div className="evidence-actions">
                  <button type="button" className="button small" onClick={() => navigate({ screen: 'source', sourceId: card.sourceId, highlight: { start: card.start, end: card.end } })}>
                    {t('verification.negative.open')}
                  </button>
                  {hit.stance === null ? (
                    <button type="button" className="button small" onClick={() => addAgainst(hit.codingId)}>{t('verification.negative.add')}</button>
                  ) : (
                    <span className="muted small">{t(hit.stance === 'disconfirming' ? 'verification.negative.added' : 'verification.negative.supporting')}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t('verification.negative.disconfirming')}</h4>
      {found.disconfirming.length === 0 ? <p className="muted">{t('verification.negative.noDisconfirming')}</p> : (
        <ul className="negative-recorded" aria-label={t('verification.negative.disconfirming')}>
          {found.disconfirming.map((item) => {
            const card = item.target.kind === 'coding' ? evidence.cards.card(item.target.codingId) : undefined;
            return (
              <li key={item.id}>
                {card === undefined ? t(ITEM_KIND_KEYS[item.target.kind]) : <q>{card.quote}</q>}{' '}
                <span className="muted small">({t(item.resolution === null ? 'verification.negative.unresolved' : 'verification.negative.resolved')})</span>
              </li>
            );
          })}
        </ul>
      )}
      <div className="negative-none-found">
        <button type="button" className="button small" disabled={foundSome} title={t('verification.negative.noneFoundHint')} onClick={() => void recordNoneFound()}>
          {t('verification.negative.noneFound')}
        </button>
      </div>
    </section>
  );
};
