// Search hits as keyword-in-context lines grouped by source (with a hit count per source), each with a tick box
// and a link that opens the source at the hit. Only a page of lines is rendered at a time.
import type { KeywordInContextLine } from '../../../shared/search/index.ts';
import type { Route } from '../../app/routes.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';

export type SourceLabel = { title: string; kind: string };

export const hitKey = (line: KeywordInContextLine): string => `${line.documentId}:${line.start}-${line.end}`;

type Group = { sourceId: string; lines: KeywordInContextLine[]; total: number };

/** Groups the first `limit` lines by source, in the order sources first appear; `total` counts every line. */
export const groupLines = (lines: readonly KeywordInContextLine[], limit: number): Group[] => {
  const groups = new Map<string, Group>();
  lines.forEach((line, index) => {
    let group = groups.get(line.documentId);
    if (group === undefined) {
      group = { sourceId: line.documentId, lines: [], total: 0 };
      groups.set(line.documentId, group);
    }
    group.total += 1;
    if (index < limit) group.lines.push(line);
  });
  return [...groups.values()].filter((group) => group.lines.length > 0);
};

type Props = {
  groups: readonly Group[];
  sources: ReadonlyMap<string, SourceLabel>;
  selected: ReadonlySet<string>;
  onToggle: (lines: readonly KeywordInContextLine[], checked: boolean) => void;
  navigate: (route: Route) => void;
};

export const KwicResults = ({ groups, sources, selected, onToggle, navigate }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="kwic-groups">
      {groups.map((group) => {
        const title = sources.get(group.sourceId)?.title ?? t('search.untitledSource');
        const allTicked = group.lines.every((line) => selected.has(hitKey(line)));
        return (
          <section key={group.sourceId} className="kwic-group" aria-label={t('search.group.label', { source: title })}>
            <header className="kwic-group-head">
              <input
                type="checkbox"
                aria-label={t('search.kwic.selectAllIn', { source: title })}
                checked={allTicked}
                onChange={(event) => onToggle(group.lines, event.currentTarget.checked)}
              />
              <h2>{title}</h2>
              <span className="badge">{group.total === 1 ? t('search.group.hit') : t('search.group.hits', { count: group.total })}</span>
            </header>
            <ol className="kwic-list">
              {group.lines.map((line) => {
                const key = hitKey(line);
                return (
                  <li key={key} className="kwic-line" data-testid="search-hit">
                    <input
                      type="checkbox"
                      aria-label={t('search.kwic.select')}
                      checked={selected.has(key)}
                      onChange={(event) => onToggle([line], event.currentTarget.checked)}
                    />
                    <span className="kwic-left">
                      {line.leftTruncated ? '…' : ''}
                      {line.left}
                    </span>
                    <mark className="kwic-hit">{line.hit}</mark>
                    <span className="kwic-right">
                      {line.right}
                      {line.rightTruncated ? '…' : ''}
                    </span>
                    <button
                      type="button"
                      className="button link small kwic-open"
                      aria-label={t('search.kwic.open')}
                      onClick={() => navigate({ screen: 'source', sourceId: line.documentId, highlight: { start: line.start, end: line.end } })}
                    >
                      {t('search.kwic.openShort')}
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
};
