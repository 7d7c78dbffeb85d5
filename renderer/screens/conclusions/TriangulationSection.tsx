// What the app computes of a conclusion's supporting evidence: the triangulation status with its reason in words,
// the counts behind it (source kinds, roles, informants, coders, dates), and how the evidence spreads over informants
// and roles, warning when one informant gives more than half of it.
import { useId } from 'react';
import type { ConclusionAssessment } from '../../../shared/analysis/conclusionEvidence.ts';
import type { MatrixData } from '../../../shared/analysis/matrixTypes.ts';
import { triangulationText } from '../../../shared/analysis/triangulation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

type Props = { assessment: ConclusionAssessment; data: MatrixData };

export const TriangulationSection = ({ assessment, data }: Props) => {
  const { t, formatNumber, locale } = useTranslation();
  const headingId = useId();
  const { triangulation, representativeness } = assessment;
  const words = triangulationText(triangulation);
  const pseudonym = (id: string) => data.informants.find((informant) => informant.id === id)?.pseudonym ?? id;
  const counts = triangulation.counts;
  const percent = (share: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(share);
  return (
    <section className="conclusion-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conclusionsScreen.triangulation.heading')}</h3>
      <p data-testid="triangulation-status">
        <span className={`triangulation-badge triangulation-${triangulation.status}`}>{words.status}</span>{' '}
        <span data-testid="triangulation-reason">{words.reason}</span>
      </p>
      <dl className="triangulation-counts">
        <dt>{t('conclusionsScreen.triangulation.sourceKinds')}</dt>
        <dd>{formatNumber(counts.sourceKinds)}{triangulation.sourceKinds.length > 0 && ` (${triangulation.sourceKinds.map((kind) => t(`triangulation.kind.${kind}`)).join(', ')})`}</dd>
        <dt>{t('conclusionsScreen.triangulation.roles')}</dt>
        <dd>{formatNumber(counts.roles)}{triangulation.roles.length > 0 && ` (${triangulation.roles.join(', ')})`}</dd>
        <dt>{t('conclusionsScreen.triangulation.informants')}</dt>
        <dd>{formatNumber(counts.informants)}</dd>
        <dt>{t('conclusionsScreen.triangulation.coders')}</dt>
        <dd>{formatNumber(counts.coders)}</dd>
        <dt>{t('conclusionsScreen.triangulation.dates')}</dt>
        <dd>{formatNumber(counts.dates)}</dd>
      </dl>
      <h4>{t('conclusionsScreen.representativeness.heading')}</h4>
      {representativeness.dominant !== null && (
        <p className="conclusion-warning" role="note">
          {t('representativeness.dominant', { informant: pseudonym(representativeness.dominant.id), share: percent(representativeness.dominant.share) })}
        </p>
      )}
      {representativeness.byInformant.length === 0 ? <p className="muted">{t('conclusionsScreen.representativeness.none')}</p> : (
        <div className="representativeness">
          <ul aria-label={t('conclusionsScreen.representativeness.byInformant')}>
            {representativeness.byInformant.map((entry) => (
              <li key={entry.id}>{t('conclusionsScreen.representativeness.entry', { name: pseudonym(entry.id), count: entry.items })}</li>
            ))}
          </ul>
          <ul aria-label={t('conclusionsScreen.representativeness.byRole')}>
            {representativeness.byRole.map((entry) => (
              <li key={entry.role}>{t('conclusionsScreen.representativeness.entry', { name: entry.role, count: entry.items })}</li>
            ))}
          </ul>
        </div>
      )}
      {representativeness.withoutInformant > 0 && (
        <p className="muted small">{t('conclusionsScreen.representativeness.withoutInformant', { count: representativeness.withoutInformant })}</p>
      )}
    </section>
  );
};
