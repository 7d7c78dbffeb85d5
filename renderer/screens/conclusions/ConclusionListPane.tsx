// The list of a project's conclusions: each with the start of its statement, its status, its triangulation status
// with the reason in words, its evidence for and against, its member-check tally (n of m) and its model role; filtered
// by status.
import { CONCLUSION_STATUSES, conclusionStatus, type Conclusion, type ConclusionStatus, type Id } from '../../../shared/model/index.ts';
import { triangulationText } from '../../../shared/analysis/triangulation.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import type { ConclusionEvidence } from './useConclusionEvidence.ts';

type Props = {
  conclusions: readonly Conclusion[] | undefined;
  evidence: ConclusionEvidence | undefined;
  status: ConclusionStatus | null;
  activeId: Id | null;
  onStatus: (status: ConclusionStatus | null) => void;
  onOpen: (conclusionId: Id) => void;
};

const asStatus = (value: string): ConclusionStatus | null => CONCLUSION_STATUSES.find((status) => status === value) ?? null;

/** The first words of a statement, on one line. */
export const statementStart = (conclusion: Conclusion, length = 140): string => {
  const text = conclusion.statement.plainText.replace(/\s+/g, ' ').trim();
  return text.length <= length ? text : `${text.slice(0, length).trimEnd()}…`;
};

export const ConclusionListPane = ({ conclusions, evidence, status, activeId, onStatus, onOpen }: Props) => {
  const { t } = useTranslation();
  const shown = (conclusions ?? []).filter((conclusion) => status === null || conclusionStatus(conclusion) === status);
  return (
    <div className="conclusions-list-pane">
      <div className="filter-bar">
        <label>
          {t('conclusionsScreen.filter.status')}
          <select value={status ?? ''} onChange={(event) => onStatus(asStatus(event.currentTarget.value))}>
            <option value="">{t('conclusionsScreen.filter.all')}</option>
            {CONCLUSION_STATUSES.map((option) => (
              <option key={option} value={option}>{t(`conclusionsScreen.status.${option}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {conclusions === undefined && <p className="muted">{t('conclusionsScreen.loading')}</p>}
      {conclusions !== undefined && conclusions.length === 0 && <p className="empty-state">{t('conclusionsScreen.empty')}</p>}
      {conclusions !== undefined && conclusions.length > 0 && shown.length === 0 && <p className="empty-state">{t('conclusionsScreen.noMatch')}</p>}
      <ul className="conclusions-index" aria-label={t('conclusionsScreen.list.label')}>
        {shown.map((conclusion) => {
          const assessment = evidence?.assess(conclusion);
          const words = assessment === undefined ? null : triangulationText(assessment.triangulation);
          const against = conclusion.evidence.filter((item) => item.stance === 'disconfirming').length;
          const checks = evidence?.memberChecks(conclusion);
          return (
            <li key={conclusion.id}>
              <button
                type="button"
                className={`list-card conclusion-list-item${conclusion.id === activeId ? ' active' : ''}`}
                aria-current={conclusion.id === activeId ? 'true' : undefined}
                onClick={() => onOpen(conclusion.id)}
              >
                <span className="conclusion-list-meta">
                  <span className={`conclusion-status status-${conclusionStatus(conclusion)}`}>{t(`conclusionsScreen.status.${conclusionStatus(conclusion)}`)}</span>
                  {assessment !== undefined && (
                    <span className={`triangulation-badge triangulation-${assessment.triangulation.status}`}>{words?.status}</span>
                  )}
                  {conclusion.modelRole !== null && <span className="conclusion-role">{conclusion.modelRole}</span>}
                </span>
                <span className="conclusion-list-title">{statementStart(conclusion)}</span>
                <span className="conclusion-list-counts muted small">
                  {t('conclusionsScreen.list.counts', { supporting: conclusion.evidence.length - against, disconfirming: against })}
                  {checks !== undefined && ` · ${t('memberCheckTally.short', { checked: checks.checked, informants: checks.informants })}`}
                </span>
                {words !== null && <span className="conclusion-list-reason muted small">{words.reason}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
};
