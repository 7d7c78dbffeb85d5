// The retrieved excerpts, a page at a time (long retrievals grow by "Show more" so the first paint stays fast):
// text, code path chip, source, speaker, informant, role, kind, coder, memo and "Open in source".
import { useEffect, useState } from 'react';
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import type { Code, Id } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export const EXCERPT_PAGE_SIZE = 100;

type Props = {
  excerpts: readonly CodedExcerpt[];
  codesById: ReadonlyMap<Id, Code>;
  navigate: (route: Route) => void;
};

export const ExcerptList = ({ excerpts, codesById, navigate }: Props) => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(EXCERPT_PAGE_SIZE);
  useEffect(() => setShown(EXCERPT_PAGE_SIZE), [excerpts]);
  const page = excerpts.slice(0, shown);
  const rest = excerpts.length - page.length;

  return (
    <section aria-label={t('retrieval.list.label')}>
      <ol className="excerpt-list">
        {page.map((excerpt) => (
          <li key={excerpt.coding.id} className="excerpt-card" data-testid="excerpt">
            <div className="excerpt-head">
              <span className="code-chip" style={{ borderColor: codesById.get(excerpt.coding.codeId)?.color }}>
                <span className="code-dot" style={{ background: codesById.get(excerpt.coding.codeId)?.color }} aria-hidden="true" />
                {excerpt.codePath}
              </span>
              <span className={`kind-tag kind-${excerpt.sourceKind}`}>{t(`sources.kind.${excerpt.sourceKind}`)}</span>
              <span className="excerpt-source">{excerpt.sourceTitle}</span>
              <button
                type="button"
                className="button link excerpt-open"
                aria-label={t('retrieval.excerpt.openLabel', { source: excerpt.sourceTitle })}
                onClick={() =>
                  navigate({ screen: 'source', sourceId: excerpt.sourceId, highlight: { start: excerpt.coding.start, end: excerpt.coding.end } })
                }
              >
                {t('retrieval.excerpt.open')}
              </button>
            </div>
            <blockquote className="excerpt-text">{excerpt.text}</blockquote>
            <dl className="excerpt-meta">
              {excerpt.speaker !== null && (
                <div>
                  <dt>{t('retrieval.excerpt.speaker')}</dt>
                  <dd>{excerpt.speaker}</dd>
                </div>
              )}
              {excerpt.informants.length > 0 && (
                <div>
                  <dt>{t('retrieval.excerpt.informant')}</dt>
                  <dd>{excerpt.informants.join(', ')}</dd>
                </div>
              )}
              {excerpt.roles.length > 0 && (
                <div>
                  <dt>{t('retrieval.excerpt.role')}</dt>
                  <dd>{excerpt.roles.join(', ')}</dd>
                </div>
              )}
              <div>
                <dt>{t('retrieval.excerpt.coder')}</dt>
                <dd>{excerpt.coderName}</dd>
              </div>
              <div className="muted">
                <dd>{t('retrieval.excerpt.range', { start: excerpt.coding.start, end: excerpt.coding.end })}</dd>
              </div>
            </dl>
            {excerpt.memo !== '' && (
              <p className="excerpt-memo">
                <strong>{t('retrieval.excerpt.memo')}:</strong> {excerpt.memo}
              </p>
            )}
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <div className="list-more">
          <span className="muted">{t('retrieval.list.showing', { shown: page.length, total: excerpts.length })}</span>
          <button type="button" className="button" onClick={() => setShown(shown + EXCERPT_PAGE_SIZE)}>
            {t('retrieval.list.more', { count: Math.min(rest, EXCERPT_PAGE_SIZE) })}
          </button>
          <button type="button" className="button link" onClick={() => setShown(excerpts.length)}>
            {t('retrieval.list.all', { count: excerpts.length })}
          </button>
        </div>
      )}
    </section>
  );
};
