// One retrieved excerpt: code path chip, source with where the excerpt sits in it ("¶ 12–13, 00:14:05"), the text (turn
// boundaries labelled), speakers, informants, roles, coder, memo, the conclusions it is evidence of, and the actions
// "Copy with citation", "Open in source" and "Add as evidence…".
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import { locationLabel, quoteWithCitation } from '../../../shared/export/index.ts';
import type { Code } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useToasts } from '../../services/Toasts.tsx';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { writeClipboardText } from '../../platform/clipboard.ts';
import { AddEvidenceButton } from '../../components/AddEvidenceButton.tsx';
import { EvidenceBadges } from '../../components/EvidenceBadges.tsx';
import { codingEvidenceChoice } from '../../components/evidenceChoices.ts';
import type { EvidenceBadge } from '../../data/conclusionEvidence.ts';

type Props = {
  excerpt: CodedExcerpt;
  code: Code | undefined;
  navigate: (route: Route) => void;
  /** The conclusions this excerpt is evidence of. */
  badges?: readonly EvidenceBadge[];
};

export const ExcerptCard = ({ excerpt, code, navigate, badges }: Props) => {
  const { t, locale } = useTranslation();
  const toasts = useToasts();
  const where = locationLabel(excerpt, locale);

  const copyWithCitation = async () => {
    try {
      await writeClipboardText(quoteWithCitation(excerpt.text, excerpt, locale));
      toasts.notify(t('retrieval.excerpt.copied'));
    } catch {
      toasts.notify(t('retrieval.excerpt.copyFailed'));
    }
  };

  return (
    <li className="excerpt-card" data-testid="excerpt">
      <div className="excerpt-head">
        <span className="code-chip" style={{ borderColor: code?.color }}>
          <span className="code-dot" style={{ background: code?.color }} aria-hidden="true" />
          {excerpt.codePath}
        </span>
        <span className={`kind-tag kind-${excerpt.sourceKind}`}>{t(`sources.kind.${excerpt.sourceKind}`)}</span>
        <span className="excerpt-source">{excerpt.sourceTitle}</span>
        {where !== '' && (
          <span className="excerpt-where" data-testid="excerpt-where">
            {where}
          </span>
        )}
        <span className="excerpt-actions">
          <button
            type="button"
            className="button link"
            aria-label={t('retrieval.excerpt.copyLabel', { source: excerpt.sourceTitle })}
            onClick={() => void copyWithCitation()}
          >
            {t('retrieval.excerpt.copy')}
          </button>
          <button
            type="button"
            className="button link"
            aria-label={t('retrieval.excerpt.openLabel', { source: excerpt.sourceTitle })}
            onClick={() => navigate({ screen: 'source', sourceId: excerpt.sourceId, highlight: { start: excerpt.coding.start, end: excerpt.coding.end } })}
          >
            {t('retrieval.excerpt.open')}
          </button>
          <AddEvidenceButton
            projectId={excerpt.coding.projectId}
            choices={[codingEvidenceChoice(t, excerpt.coding.id, excerpt.text)]}
            ariaLabel={t('evidence.action.addLabel', { source: excerpt.sourceTitle })}
          />
        </span>
      </div>
      <blockquote className="excerpt-text">{excerpt.text}</blockquote>
      <EvidenceBadges badges={badges} />
      <dl className="excerpt-meta">
        {excerpt.speakers.length > 0 && (
          <div>
            <dt>{t('retrieval.excerpt.speaker', { count: excerpt.speakers.length })}</dt>
            <dd>{excerpt.speakers.join(', ')}</dd>
          </div>
        )}
        {excerpt.informants.length > 0 && (
          <div>
            <dt>{t('retrieval.excerpt.informant', { count: excerpt.informants.length })}</dt>
            <dd>{excerpt.informants.map((person) => person.pseudonym).join(', ')}</dd>
          </div>
        )}
        {excerpt.roles.length > 0 && (
          <div>
            <dt>{t('retrieval.excerpt.role', { count: excerpt.roles.length })}</dt>
            <dd>{excerpt.roles.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('retrieval.excerpt.coder')}</dt>
          <dd>{excerpt.coderName}</dd>
        </div>
      </dl>
      {excerpt.memo !== '' && (
        <p className="excerpt-memo">
          <strong>{t('retrieval.excerpt.memo')}:</strong> {excerpt.memo}
        </p>
      )}
    </li>
  );
};
