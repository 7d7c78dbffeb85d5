// The retrieval's code picker: the code tree as checkboxes (indented; a flat list of paths while filtering),
// a fuzzy filter box, the "include sub-codes" toggle and per-code coding counts.
import { useMemo, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { createCodeSearch, type PickableCode } from '../../coding/codeMatcher.ts';

type Props = {
  options: readonly PickableCode[];
  selected: ReadonlySet<Id>;
  onChange: (selected: Set<Id>) => void;
  includeSubCodes: boolean;
  onIncludeSubCodesChange: (include: boolean) => void;
};

export const CodeChecklist = ({ options, selected, onChange, includeSubCodes, onIncludeSubCodesChange }: Props) => {
  const { t, formatNumber } = useTranslation();
  const [query, setQuery] = useState('');
  const match = useMemo(() => createCodeSearch(options), [options]);
  const filtering = query.trim() !== '';
  const visible = useMemo(() => match(query), [match, query]);

  const toggle = (id: Id, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(next);
  };

  return (
    <div className="code-checklist">
      <input
        type="search"
        className="code-checklist-filter"
        aria-label={t('retrieval.codes.filter')}
        placeholder={t('retrieval.codes.filterPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <div className="code-checklist-options">
        <label className="checkbox-row">
          <input type="checkbox" checked={includeSubCodes} onChange={(event) => onIncludeSubCodesChange(event.currentTarget.checked)} />
          {t('retrieval.codes.includeSubCodes')}
        </label>
        {selected.size > 0 && (
          <button type="button" className="button link small" onClick={() => onChange(new Set())}>
            {t('retrieval.codes.clear')}
          </button>
        )}
      </div>
      {options.length === 0 && <p className="muted small">{t('retrieval.codes.empty')}</p>}
      {filtering && visible.length === 0 && <p className="muted small">{t('retrieval.codes.noMatch', { query: query.trim() })}</p>}
      <ul className="code-checklist-list" aria-label={t('retrieval.codes.label')}>
        {visible.map((option) => {
          const count = includeSubCodes ? option.totalCount : option.ownCount;
          return (
            <li key={option.id} style={{ paddingLeft: filtering ? 0 : option.depth * 14 }}>
              <label className="code-check" title={option.path}>
                <input
                  type="checkbox"
                  aria-label={t('retrieval.codes.pick', { path: option.path })}
                  checked={selected.has(option.id)}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                />
                <span className="code-dot" style={{ background: option.color }} aria-hidden="true" />
                <span className="code-check-name">{filtering ? option.path : option.name}</span>
                <span className="code-check-count" title={t('retrieval.codes.count', { count })}>
                  {formatNumber(count)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
};
