// A conclusion's evidence: the supporting items, then the disconfirming ones (each resolvable), then any evidence
// whose coding, cell, memo or response is gone, said plainly; "Add excerpts…" offers the coded excerpts of the
// conclusion's codes to add for or against it.
import { useId, useState } from 'react';
import type { Conclusion, EvidenceItem, EvidenceStance } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { AddExcerptsPicker } from './AddExcerptsPicker.tsx';
import { EvidenceItemRow } from './EvidenceItemRow.tsx';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = {
  conclusion: Conclusion;
  evidence: ConclusionEvidence;
  lost: readonly EvidenceItem[];
  coderName: (id: string) => string;
  navigate: (route: Route) => void;
};

const STANCES: readonly EvidenceStance[] = ['supporting', 'disconfirming'];

export const EvidenceSection = ({ conclusion, evidence, lost, coderName, navigate }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  const [picking, setPicking] = useState(false);
  const lostIds = new Set(lost.map((item) => item.id));
  return (
    <section className="conclusion-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conclusionsScreen.evidence.heading')}</h3>
      {!picking && (
        <button type="button" className="button small" onClick={() => setPicking(true)}>{t('conclusionsScreen.evidence.add')}</button>
      )}
      {picking && <AddExcerptsPicker conclusion={conclusion} evidence={evidence} onClose={() => setPicking(false)} />}
      {STANCES.map((stance) => {
        const items = conclusion.evidence.filter((item) => item.stance === stance && !lostIds.has(item.id));
        return (
          <div key={stance} className={`evidence-group evidence-${stance}`}>
            <h4>{t(`conclusionsScreen.evidence.${stance}`, { count: items.length })}</h4>
            {items.length === 0 ? <p className="muted">{t(`conclusionsScreen.evidence.none.${stance}`)}</p> : (
              <ul className="evidence-list" aria-label={t(`conclusionsScreen.evidence.list.${stance}`)}>
                {items.map((item) => (
                  <EvidenceItemRow key={item.id} conclusionId={conclusion.id} item={item} evidence={evidence} coderName={coderName} navigate={navigate} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      {lost.length > 0 && (
        <div className="evidence-group evidence-lost">
          <h4>{t('conclusionsScreen.evidence.lost', { count: lost.length })}</h4>
          <ul className="evidence-list" aria-label={t('conclusionsScreen.evidence.lostList')}>
            {lost.map((item) => (
              <EvidenceItemRow key={item.id} conclusionId={conclusion.id} item={item} evidence={evidence} coderName={coderName} navigate={navigate} lost />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
