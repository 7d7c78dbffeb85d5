// A keyboard-friendly fuzzy code picker (fuse.js): type a few letters, move with the arrow keys, Enter picks.
// Used by "Code all hits" on the search screen.
import { useId, useMemo, useState } from 'react';
import type { Id } from '../../../shared/model/index.ts';
import { useTranslation } from '../../i18n/useTranslation.ts';
import { createCodeSearch, type PickableCode } from '../../coding/codeMatcher.ts';

const MAX_SHOWN = 12;

type Props = { label: string; options: readonly PickableCode[]; value: Id | null; onChange: (codeId: Id | null) => void };

export const CodePickerField = ({ label, options, value, onChange }: Props) => {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const match = useMemo(() => createCodeSearch(options), [options]);
  const matches = useMemo(() => match(query, MAX_SHOWN), [match, query]);
  const chosen = options.find((option) => option.id === value) ?? null;

  const pick = (option: PickableCode) => {
    onChange(option.id);
    setQuery('');
    setOpen(false);
  };

  if (chosen !== null && !open) {
    return (
      <span className="code-picker-chosen">
        <span className="code-chip">
          <span className="code-dot" style={{ background: chosen.color }} aria-hidden="true" />
          {chosen.path}
        </span>
        <button
          type="button"
          className="button link small"
          aria-label={label}
          onClick={() => {
            setOpen(true);
            setActive(0);
          }}
        >
          {t('search.codePicker.change')}
        </button>
      </span>
    );
  }

  return (
    <span className="code-picker">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] !== undefined ? `${listId}-${active}` : undefined}
        placeholder={t('search.codePicker.placeholder')}
        value={query}
        autoFocus={chosen !== null}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive(Math.min(active + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(Math.max(active - 1, 0));
          } else if (event.key === 'Enter' && matches[active] !== undefined) {
            event.preventDefault();
            pick(matches[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul className="code-picker-list" id={listId} role="listbox" aria-label={label}>
          {options.length === 0 && <li className="muted">{t('search.codePicker.noCodes')}</li>}
          {options.length > 0 && matches.length === 0 && <li className="muted">{t('search.codePicker.noMatch')}</li>}
          {matches.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              <span className="code-dot" style={{ background: option.color }} aria-hidden="true" />
              <span className="code-picker-name">{option.name}</span>
              {option.depth > 0 && <span className="code-picker-path muted">{option.path}</span>}
            </li>
          ))}
        </ul>
      )}
    </span>
  );
};
