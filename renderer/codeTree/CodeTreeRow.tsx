// One row of the code tree: expand toggle, colour swatch, name (renamed in place), coding counts, drag handle.
// Memoised on what it shows (its handlers come as one stable object), so a new coding re-renders only the rows
// whose counts changed.
import { memo, useCallback, useRef, useState } from 'react';
import type { Code } from '../../shared/model/index.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { DropPosition, VisibleRow } from './codeTreeView.ts';
import { countLabel } from './countLabel.ts';
import type { RowActions } from './useRowActions.ts';

type Props = {
  row: VisibleRow;
  mode: 'manage' | 'coding';
  selected: boolean;
  renaming: boolean;
  drop: DropPosition | 'refused' | null;
  /** While a code is dragged over this row: what dropping it here does, in words (null otherwise). */
  dropLabel: string | null;
  setSize: number;
  posInSet: number;
  actions: RowActions;
};

/** Equal when the row would render the same: the tree's nodes are rebuilt on each change, their contents rarely. */
const sameRow = (a: Props, b: Props): boolean =>
  a.row.node.code === b.row.node.code && a.row.node.depth === b.row.node.depth &&
  a.row.node.ownCodingCount === b.row.node.ownCodingCount && a.row.node.totalCodingCount === b.row.node.totalCodingCount &&
  a.row.hasChildren === b.row.hasChildren && a.row.expanded === b.row.expanded && a.row.parentId === b.row.parentId &&
  a.mode === b.mode && a.selected === b.selected && a.renaming === b.renaming && a.drop === b.drop && a.dropLabel === b.dropLabel &&
  a.setSize === b.setSize && a.posInSet === b.posInSet && a.actions === b.actions;

const CodeTreeRowView = (props: Props) => {
  const { t, formatNumber } = useTranslation();
  const { row, mode, selected, renaming, drop, actions } = props;
  const { code, depth, ownCodingCount, totalCodingCount } = row.node;
  const rowRef = useCallback((element: HTMLLIElement | null) => actions.rowRef(code.id, element), [actions, code.id]);
  const countText = row.hasChildren
    ? t('codes.count.total', { own: countLabel('coding', ownCodingCount), total: totalCodingCount })
    : t('codes.count.own', { count: countLabel('coding', ownCodingCount) });
  const dropClass = drop === null ? '' : ` drop-${drop}`;

  return (
    <li
      ref={rowRef}
      role="treeitem"
      className={`code-row${selected ? ' selected' : ''}${dropClass}`}
      aria-label={code.name}
      aria-description={countText}
      aria-level={depth + 1}
      aria-setsize={props.setSize}
      aria-posinset={props.posInSet}
      aria-selected={selected}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      tabIndex={selected ? 0 : -1}
      draggable={!renaming}
      data-code-id={code.id}
      style={{ paddingLeft: 4 + depth * 16 }}
      onClick={() => (mode === 'coding' ? actions.activate(code) : actions.select(code.id))}
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) actions.select(code.id);
      }}
      onDoubleClick={() => mode === 'manage' && actions.startRename(code.id)}
      onDragStart={(event) => actions.dragStart(code, event)}
      onDragEnd={() => actions.dragEnd(code)}
      onDragOver={(event) => actions.dragOver(code, event)}
      onDrop={(event) => actions.drop(code, event)}
    >
      <button
        type="button"
        className="code-toggle"
        tabIndex={-1}
        aria-label={t(row.expanded ? 'codes.collapse' : 'codes.expand', { name: code.name })}
        hidden={!row.hasChildren}
        onClick={(event) => {
          event.stopPropagation();
          actions.toggle(code.id);
        }}
      >
        {row.expanded ? '▾' : '▸'}
      </button>
      {!row.hasChildren && <span className="code-toggle-space" aria-hidden="true" />}
      <Swatch code={code} mode={mode} onOpenColor={() => actions.openColor(code.id)} />
      {renaming ? (
        <RenameInput code={code} onRename={(name) => actions.rename(code, name)} onCancel={() => actions.cancelRename(code)} />
      ) : (
        <span className="code-name" title={code.definition || code.name}>
          {code.name}
        </span>
      )}
      <span className="code-counts" title={countText} aria-hidden="true">
        <span className="code-count">{formatNumber(ownCodingCount)}</span>
        {row.hasChildren && <span className="code-count total">Σ {formatNumber(totalCodingCount)}</span>}
      </span>
      {props.dropLabel !== null && <span className="drop-label" role="status">{props.dropLabel}</span>}
    </li>
  );
};

export const CodeTreeRow = memo(CodeTreeRowView, sameRow);

const Swatch = ({ code, mode, onOpenColor }: { code: Code; mode: 'manage' | 'coding'; onOpenColor: () => void }) => {
  const { t } = useTranslation();
  if (mode === 'coding') return <span className="code-swatch" style={{ background: code.color }} aria-hidden="true" />;
  return (
    <button
      type="button"
      className="code-swatch"
      tabIndex={-1}
      style={{ background: code.color }}
      aria-label={t('codes.swatch.label', { name: code.name, color: code.color })}
      onClick={(event) => {
        event.stopPropagation();
        onOpenColor();
      }}
    />
  );
};

type RenameProps = { code: Code; onRename: (name: string) => Promise<boolean>; onCancel: () => void };

const RenameInput = ({ code, onRename, onCancel }: RenameProps) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(code.name);
  const saving = useRef(false);
  const save = async () => {
    if (saving.current) return;
    saving.current = true;
    try {
      await onRename(draft);
    } finally {
      saving.current = false;
    }
  };
  return (
    <input
      type="text"
      className="code-rename"
      aria-label={t('codes.rename.label', { name: code.name })}
      value={draft}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onKeyDown={(event) => {
        // Keys typed into the name must not move through the tree.
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          void save();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      onBlur={() => {
        if (draft.trim() === code.name) onCancel();
        else void save();
      }}
    />
  );
};
