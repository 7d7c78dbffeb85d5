// The retrieved excerpts, a page at a time (long retrievals grow by "Show more" so the first paint stays fast), each
// an ExcerptCard.
import { useEffect, useState } from 'react';
import type { CodedExcerpt } from '../../../shared/export/index.ts';
import type { Code, Id } from '../../../shared/model/index.ts';
import type { Route } from '../../services/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { useEvidenceIndex } from '../../services/useConclusionEvidence.ts';
import { ExcerptCard } from './ExcerptCard.tsx';

export const EXCERPT_PAGE_SIZE = 100;

type Props = {
  excerpts: readonly CodedExcerpt[];
  codesById: ReadonlyMap<Id, Code>;
  navigate: (route: Route) => void;
  projectId: Id;
};

export const ExcerptList = ({ excerpts, codesById, navigate, projectId }: Props) => {
  const { t } = useTranslation();
  const evidence = useEvidenceIndex(projectId);
  const [shown, setShown] = useState(EXCERPT_PAGE_SIZE);
  useEffect(() => setShown(EXCERPT_PAGE_SIZE), [excerpts]);
  const page = excerpts.slice(0, shown);
  const rest = excerpts.length - page.length;

  return (
    <section aria-label={t('retrieval.list.label')}>
      <ol className="excerpt-list">
        {page.map((excerpt) => (
          <ExcerptCard key={excerpt.coding.id} excerpt={excerpt} code={codesById.get(excerpt.coding.codeId)} navigate={navigate} badges={evidence.byCoding.get(excerpt.coding.id)} />
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
