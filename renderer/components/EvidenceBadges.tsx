// The small "Supports: …" / "Disconfirms: …" badges of an excerpt or a display cell: the conclusions it is evidence of.
import type { EvidenceBadge } from '../data/conclusionEvidence.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import '../styles/evidence.css';

export const EvidenceBadges = ({ badges }: { badges: readonly EvidenceBadge[] | undefined }) => {
  const { t } = useTranslation();
  if (badges === undefined || badges.length === 0) return null;
  return (
    <ul className="evidence-badges" aria-label={t('evidence.badge.label')}>
      {badges.map((badge) => (
        <li key={`${badge.conclusionId}:${badge.stance}`} className={`evidence-badge ${badge.stance}`} data-testid="evidence-badge" title={badge.statement}>
          {t(badge.stance === 'supporting' ? 'evidence.badge.supporting' : 'evidence.badge.disconfirming', { name: badge.statement })}
        </li>
      ))}
    </ul>
  );
};
