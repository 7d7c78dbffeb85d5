// Checking the meaning of outliers on a conclusion's page: the informants whose coding of its codes departs from their
// role's majority (shared/analysis/outliers.ts), each with a link to their sources and, when they speak to the codes,
// their excerpts opened where they were said; and logging the tactic with the outliers named in its note.
import { useId, useMemo, useState } from 'react';
import { findOutliers } from '../../../shared/analysis/outliers.ts';
import { outlierExcerpts } from '../../../shared/analysis/outlierExcerpts.ts';
import { codePath, indexCodes } from '../../../shared/codebook/codeTree.ts';
import type { Conclusion } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { LogTacticForm } from './LogTacticForm.tsx';
import '../../styles/verification.css';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = { conclusion: Conclusion; evidence: ConclusionEvidence | undefined; navigate: (route: Route) => void };

export const OutliersSection = ({ conclusion, evidence, navigate }: Props) => {
  const { t, locale } = useTranslation();
  const formatList = (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const headingId = useId();
  const [logging, setLogging] = useState(false);
  const data = evidence?.data;
  const outliers = useMemo(() => (data === undefined ? [] : findOutliers(data, conclusion.codeIds)), [data, conclusion.codeIds]);
  if (evidence === undefined || data === undefined) return null;

  const byId = indexCodes(data.codes);
  const codes = formatList(conclusion.codeIds.filter((id) => byId.has(id)).map((id) => codePath(byId, id)));
  const pseudonym = (id: string) => data.informants.find((informant) => informant.id === id)?.pseudonym ?? id;
  const note = outliers.length === 0
    ? t('verification.outliers.noteNone', { codes })
    : t('verification.outliers.noteSome', { codes, names: formatList(outliers.map((outlier) => `${pseudonym(outlier.informantId)} (${outlier.role})`)) });

  return (
    <section className="conclusion-section conclusion-outliers" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('verification.outliers.heading')}</h3>
      <p className="muted small">{t('verification.outliers.about')}</p>
      {conclusion.codeIds.length === 0 ? <p className="muted">{t('verification.outliers.noCodes')}</p> : outliers.length === 0 ? (
        <p className="muted">{t('verification.outliers.none')}</p>
      ) : (
        <ul className="outlier-list" aria-label={t('verification.outliers.list')}>
          {outliers.map((outlier) => {
            const excerpts = outlier.speaks ? outlierExcerpts(data, conclusion.codeIds, outlier.informantId) : [];
            return (
              <li key={outlier.informantId} className="outlier-item">
                <strong>{pseudonym(outlier.informantId)}</strong>{' '}
                {t(outlier.speaks ? 'verification.outliers.speaks' : 'verification.outliers.silent', { role: outlier.role, count: outlier.roleSpeaks, size: outlier.roleSize })}{' '}
                <button type="button" className="link-button" onClick={() => navigate({ screen: 'sources', informantId: outlier.informantId })}>
                  {t('verification.outliers.sources')}
                </button>
                {excerpts.length > 0 && (
                  <ul className="outlier-excerpts" aria-label={t('verification.outliers.excerpts')}>
                    {excerpts.map((coding) => {
                      const card = evidence.cards.card(coding.id);
                      if (card === undefined) return null;
                      return (
                        <li key={coding.id}>
                          <q className="outlier-quote">{card.quote}</q>{' '}
                          <button type="button" className="link-button" onClick={() => navigate({ screen: 'source', sourceId: card.sourceId, highlight: { start: card.start, end: card.end } })}>
                            {t('verification.outliers.excerpt', { source: card.sourceTitle })}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {conclusion.codeIds.length > 0 && !logging && (
        <button type="button" className="button small" onClick={() => setLogging(true)}>{t('verification.outliers.log')}</button>
      )}
      {logging && <LogTacticForm conclusionId={conclusion.id} tactic="outliers" note={note} onDone={() => setLogging(false)} />}
    </section>
  );
};
