// The keyboard code picker: a small dialog near the selection. Type a few letters (fuzzy, fuse.js), move with the
// arrow keys, Enter applies; the last option creates a new code of the typed name. Escape or a click outside closes.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Id } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { createCodeSearch, isNewCodeName, type PickableCode } from './codeMatcher.ts';

/** Where the picker opens: the box of the text it acts on (the selection or the coding), in viewport pixels. */
export type PickerAnchor = { left: number; top: number; bottom: number };

type Props = {
  title: string;
  codes: readonly PickableCode[];
  recentIds: readonly Id[];
  anchor: PickerAnchor;
  /** Offer "Create code “…”" as the last option. */
  allowCreate: boolean;
  onPick: (codeId: Id) => void;
  onCreate?: (name: string) => void;
  onClose: () => void;
};

type Option = { kind: 'code'; code: PickableCode } | { kind: 'create'; name: string };

const MARGIN = 8;

export const CodePicker = ({ title, codes, recentIds, anchor, allowCreate, onPick, onCreate, onClose }: Props) => {
  const { t } = useTranslation();
  const listId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [position, setPosition] = useState({ left: anchor.left, top: anchor.bottom + 6 });
  const search = useMemo(() => createCodeSearch(codes, recentIds), [codes, recentIds]);
  // Where the keyboard was before the picker took focus (the transcript); given back when the picker closes.
  const [returnFocus] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  const options = useMemo<Option[]>(() => {
    const found: Option[] = search(query, 30).map((code) => ({ kind: 'code', code }));
    const name = query.trim();
    if (allowCreate && onCreate !== undefined && isNewCodeName(codes, name)) found.push({ kind: 'create', name });
    return found;
  }, [search, query, allowCreate, onCreate, codes]);
  const activeIndex = Math.min(active, Math.max(0, options.length - 1));

  // Below that text when there is room, else above it; never off the window's edges.
  useLayoutEffect(() => {
    const element = frame.current;
    if (element === null) return;
    const { width, height } = element.getBoundingClientRect();
    const below = anchor.bottom + 6;
    const top = below + height + MARGIN <= globalThis.innerHeight ? below : Math.max(MARGIN, anchor.top - 6 - height);
    const left = Math.min(Math.max(MARGIN, anchor.left), globalThis.innerWidth - width - MARGIN);
    setPosition({ left, top });
  }, [anchor]);

  useEffect(
    () => () => {
      const focused = document.activeElement;
      if (returnFocus?.isConnected === true && (focused === null || focused === document.body)) returnFocus.focus({ preventScroll: true });
    },
    [returnFocus],
  );

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (frame.current !== null && event.target instanceof Node && !frame.current.contains(event.target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [onClose]);

  // Keep the active option in view by scrolling the list only (scrollIntoView would also scroll the page).
  useEffect(() => {
    const option = document.getElementById(`${listId}-${activeIndex}`);
    const list = option?.parentElement;
    if (option === null || option === undefined || list === null || list === undefined) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }, [listId, activeIndex]);

  const choose = (option: Option | undefined) => {
    if (option === undefined) return;
    if (option.kind === 'code') onPick(option.code.id);
    else onCreate?.(option.name);
  };

  return (
    <div ref={frame} className="coding-picker" role="dialog" aria-label={title} style={position}>
      <input
        className="coding-picker-input"
        role="combobox"
        aria-label={t('coding.picker.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={t('coding.picker.placeholder')}
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            if (options.length === 0) return;
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + options.length) % options.length);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(options[activeIndex]);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          } else if (event.key === 'Tab') {
            onClose();
          }
        }}
      />
      <ul id={listId} className="coding-picker-list" role="listbox" aria-label={title}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'code' ? option.code.id : 'create'}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={`coding-picker-option${index === activeIndex ? ' active' : ''}${option.kind === 'create' ? ' create' : ''}`}
            onPointerMove={() => {
              if (index !== activeIndex) setActive(index);
            }}
            onClick={() => choose(option)}
          >
            {option.kind === 'code' ? (
              <>
                <span className="code-swatch" style={{ background: option.code.color }} aria-hidden="true" />
                <span className="coding-picker-name">{option.code.name}</span>
                {option.code.depth > 0 && <span className="coding-picker-path">{option.code.path.slice(0, option.code.path.length - option.code.name.length).replace(/ \/ $/, '')}</span>}
              </>
            ) : (
              <span className="coding-picker-name">{t('coding.picker.create', { name: option.name })}</span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="coding-picker-empty">{t('coding.picker.noMatch')}</li>}
      </ul>
    </div>
  );
};
