// The source list: every source of the project with kind, date, language, informants and size; filter and sort.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SOURCE_KINDS } from '../../../shared/model/index.ts';
import type { SourceKind } from '../../../shared/model/index.ts';
import { useDatabase } from '../../services/DatabaseContext.tsx';
import type { Route } from '../../services/routes.ts';
import { listInformants } from '../../data/informants.ts';
import { listSourceSummaries } from '../../data/sources.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { filterSources, rolesInUse } from './sourceFilters.ts';
import type { SourceFilter, SourceSort } from './sourceFilters.ts';

type Props = { projectId: string; informantId: string | null; navigate: (route: Route) => void };

const asKind = (value: string): SourceKind | null => SOURCE_KINDS.find((kind) => kind === value) ?? null;
const asSort = (value: string): SourceSort => (value === 'date' ? 'date' : 'title');

export const SourceListScreen = ({ projectId, informantId, navigate }: Props) => {
  const db = useDatabase();
  const { t, formatDate, formatNumber } = useTranslation();
  const sources = useLiveQuery(() => listSourceSummaries(db, projectId), [db, projectId]);
  const informants = useLiveQuery(() => listInformants(db, projectId), [db, projectId]) ?? [];
  const [filter, setFilter] = useState<Omit<SourceFilter, 'informantId'>>({ kind: null, role: null, sort: 'title' });
  const fullFilter: SourceFilter = { ...filter, informantId };
  const pseudonyms = new Map(informants.map((informant) => [informant.id, informant.pseudonym]));
  const visible = sources === undefined ? [] : filterSources(sources, informants, fullFilter);
  const filtered = filter.kind !== null || filter.role !== null || informantId !== null;

  return (
    <section className="screen" aria-labelledby="sources-heading">
      <div className="screen-header">
        <h1 id="sources-heading">{t('sources.title')}</h1>
        {sources !== undefined && (
          <span className="muted">{t('sources.count', { shown: visible.length, total: sources.length })}</span>
        )}
      </div>
      {sources !== undefined && sources.length > 0 && (
      <div className="filter-bar" role="group" aria-label={t('sources.filters')}>
        <label>
          {t('sources.filter.kind')}
          <select value={filter.kind ?? ''} onChange={(event) => setFilter({ ...filter, kind: asKind(event.currentTarget.value) })}>
            <option value="">{t('sources.filter.all')}</option>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`sources.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sources.filter.informant')}
          <select
            value={informantId ?? ''}
            onChange={(event) => navigate({ screen: 'sources', informantId: event.currentTarget.value || null })}
          >
            <option value="">{t('sources.filter.all')}</option>
            {informants.map((informant) => (
              <option key={informant.id} value={informant.id}>
                {informant.pseudonym}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sources.filter.role')}
          <select value={filter.role ?? ''} onChange={(event) => setFilter({ ...filter, role: event.currentTarget.value || null })}>
            <option value="">{t('sources.filter.all')}</option>
            {rolesInUse(informants).map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sources.sort.label')}
          <select value={filter.sort} onChange={(event) => setFilter({ ...filter, sort: asSort(event.currentTarget.value) })}>
            <option value="title">{t('sources.sort.title')}</option>
            <option value="date">{t('sources.sort.date')}</option>
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="button link"
            onClick={() => {
              setFilter({ ...filter, kind: null, role: null });
              navigate({ screen: 'sources', informantId: null });
            }}
          >
            {t('sources.filter.clear')}
          </button>
        )}
      </div>
      )}
      {sources !== undefined && sources.length === 0 && <p className="empty-state">{t('sources.empty')}</p>}
      {sources !== undefined && sources.length > 0 && visible.length === 0 && <p className="empty-state">{t('sources.noMatch')}</p>}
      {visible.length > 0 && (
        <table className="data-table" aria-label={t('sources.table')}>
          <thead>
            <tr>
              <th scope="col">{t('sources.column.title')}</th>
              <th scope="col">{t('sources.column.kind')}</th>
              <th scope="col">{t('sources.column.date')}</th>
              <th scope="col">{t('sources.column.informants')}</th>
              <th scope="col">{t('sources.column.language')}</th>
              <th scope="col" className="numeric">{t('sources.column.words')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((source) => (
              <tr key={source.id}>
                <td>
                  <button type="button" className="button link strong" onClick={() => navigate({ screen: 'source', sourceId: source.id })}>
                    {source.title}
                  </button>
                  <div className="muted small">{source.originalFileName}</div>
                </td>
                <td>
                  <span className={`kind-tag kind-${source.kind}`}>{t(`sources.kind.${source.kind}`)}</span>
                </td>
                <td>{source.date === null ? <span className="muted">—</span> : formatDate(source.date)}</td>
                <td>
                  {source.informantIds.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    source.informantIds.map((id) => pseudonyms.get(id)).filter((name) => name !== undefined).join(', ')
                  )}
                </td>
                <td>{source.language}</td>
                <td className="numeric">{formatNumber(source.wordCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
