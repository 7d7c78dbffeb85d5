// The counts above a retrieval: excerpts in total, per code (with its colour, in code-tree order), per informant
// role, per informant and per source kind (largest first).
import type { ExcerptCounts as Counts } from '../../../shared/export/index.ts';
import type { Code, Id } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { codeCountsInTreeOrder } from './codeCountOrder.ts';

type Props = {
  counts: Counts;
  codesById: ReadonlyMap<Id, Code>;
  pathOf: (codeId: Id) => string;
  /** Every code id in code-tree order: the per-code counts follow it. */
  treeOrder: readonly Id[];
  /** The pseudonym of an informant id. */
  informantName: (informantId: Id) => string;
};

export const ExcerptCounts = ({ counts, codesById, pathOf, treeOrder, informantName }: Props) => {
  const { t, formatNumber } = useTranslation();
  const group = (title: string, testId: string, entries: { key: string; label: string; count: number; color?: string }[]) => (
    <div className="count-group" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} className="count-chip">
            {entry.color !== undefined && <span className="code-dot" style={{ background: entry.color }} aria-hidden="true" />}
            <span className="count-label">{entry.label}</span>
            <span className="count-value">{formatNumber(entry.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
  const byCount = <T extends { count: number; label: string }>(a: T, b: T) => b.count - a.count || a.label.localeCompare(b.label);
  return (
    <section className="excerpt-counts" aria-label={t('retrieval.counts.label')}>
      <div className="count-total" data-testid="excerpts-total">
        {counts.total === 1 ? t('retrieval.counts.totalOne') : t('retrieval.counts.total', { count: counts.total })}
      </div>
      <div className="count-groups">
        {group(
          t('retrieval.counts.byCode'),
          'excerpts-counts-code',
          codeCountsInTreeOrder(counts.byCode, treeOrder).map(({ codeId, count }) => ({ key: codeId, label: pathOf(codeId), count, color: codesById.get(codeId)?.color })),
        )}
        {group(
          t('retrieval.counts.byRole'),
          'excerpts-counts-role',
          [...counts.byRole].map(([role, count]) => ({ key: role, label: role === '' ? t('retrieval.filter.noRole') : role, count })).sort(byCount),
        )}
        {group(
          t('retrieval.counts.byInformant'),
          'excerpts-counts-informant',
          [...counts.byInformant]
            .map(([id, count]) => ({ key: id, label: id === '' ? t('retrieval.filter.noInformant') : informantName(id), count }))
            .sort(byCount),
        )}
        {group(
          t('retrieval.counts.byKind'),
          'excerpts-counts-kind',
          [...counts.byKind].map(([kind, count]) => ({ key: kind, label: t(`sources.kind.${kind}`), count })).sort(byCount),
        )}
      </div>
    </section>
  );
};
