// The excerpts behind a cell, each with where it comes from (source, speaker, informant and role) and "Open in
// source", which opens the transcript at the coded passage, "Add as evidence…" and the conclusions it is evidence
// of. A cell of many excerpts shows the first FIRST_PAGE and "Show all n excerpts", as the Coded excerpts screen does.
import { useState } from 'react';
import type { Id } from '../../../../shared/model/index.ts';
import { AddEvidenceButton } from '../../../components/AddEvidenceButton.tsx';
import { EvidenceBadges } from '../../../components/EvidenceBadges.tsx';
import { codingEvidenceChoice } from '../../../components/evidenceChoices.ts';
import type { EvidenceIndex } from '../../../data/conclusionEvidence.ts';
import type { Route } from '../../../services/routes.ts';
import { useTranslation } from '../../../i18n/useTranslation.ts';
import type { CellExcerpt } from './cellExcerpts.ts';

type Props = {
  excerpts: readonly CellExcerpt[];
  navigate: (route: Route) => void;
  label: string;
  /** Given where the excerpts may become evidence (the cell's list; not the evidence-changed notice). */
  evidence?: { projectId: Id; index: EvidenceIndex };
};

export const FIRST_PAGE = 100;

export const CellExcerptList = ({ excerpts, navigate, label, evidence }: Props) => {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? excerpts : excerpts.slice(0, FIRST_PAGE);
  return (
    <>
      <ol className="cell-excerpts" aria-label={label}>
        {shown.map((excerpt) => (
          <li key={excerpt.coding.id} className="cell-excerpt" data-testid="cell-excerpt">
            <div className="cell-excerpt-head">
              <span className="cell-excerpt-source">{excerpt.sourceTitle}</span>
              <button
                type="button"
                className="button link small"
                aria-label={t('displays.excerpts.openLabel', { source: excerpt.sourceTitle })}
                onClick={() => navigate({ screen: 'source', sourceId: excerpt.sourceId, highlight: { start: excerpt.coding.start, end: excerpt.coding.end } })}
              >
                {t('displays.excerpts.open')}
              </button>
              {evidence !== undefined && (
                <AddEvidenceButton
                  projectId={evidence.projectId}
                  className="button link small"
                  choices={[codingEvidenceChoice(t, excerpt.coding.id, excerpt.quote, excerpt.codePath)]}
                  ariaLabel={t('evidence.action.addLabel', { source: excerpt.sourceTitle })}
                />
              )}
            </div>
            <blockquote className="cell-excerpt-quote">{excerpt.quote}</blockquote>
            <EvidenceBadges badges={evidence?.index.byCoding.get(excerpt.coding.id)} />
            <div className="cell-excerpt-meta muted small">
              <span>{t('displays.excerpts.code', { code: excerpt.codePath })}</span>
              {excerpt.speakers.length > 0 && <span>{t('displays.excerpts.speaker', { speakers: excerpt.speakers.join(', ') })}</span>}
              <span>
                {excerpt.informants.length === 0
                  ? t('displays.excerpts.noInformant')
                  : t('displays.excerpts.informant', {
                      informants: excerpt.informants.map((person) => (person.role === '' ? person.pseudonym : `${person.pseudonym} (${person.role})`)).join(', '),
                    })}
              </span>
            </div>
          </li>
        ))}
      </ol>
      {shown.length < excerpts.length && (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          {t('displays.panel.showAll', { count: excerpts.length })}
        </button>
      )}
    </>
  );
};
