// The code tree of the open project. 'coding' mode (beside a transcript): colours, names, counts; a click applies
// the code to the transcript selection and rows drag onto it. 'manage' mode (Codes screen): create, rename,
// recolour, move by drag-and-drop or keyboard, merge and delete. Both: filter box, expand/collapse, arrow keys.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Code, Id } from '../../shared/model/index.ts';
import { useCodingSnapshot, useCodeTree, useCodingStore } from '../services/CodingStoreContext.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ColorPopover } from './ColorPopover.tsx';
import { CodeTreeRow } from './CodeTreeRow.tsx';
import { CodeTreeToolbar, type NewCodeTarget } from './CodeTreeToolbar.tsx';
import { keyboardPlacement, visibleRows, type KeyboardMove } from './codeTreeView.ts';
import { DeleteCodeDialog } from './DeleteCodeDialog.tsx';
import { MergeDialog } from './MergeDialog.tsx';
import { useCodeFilter } from './useCodeFilter.ts';
import { useCodeTreeCommands } from './useCodeTreeCommands.ts';
import { useCodeTreeDrag } from './useCodeTreeDrag.ts';
import { useRowActions } from './useRowActions.ts';
import '../styles/codes.css';

type Props = {
  projectId: Id;
  mode: 'manage' | 'coding';
  /** Controlled selection (the Codes screen shows the selected code's details); uncontrolled when omitted. */
  selectedId?: Id | null;
  onSelect?: (id: Id | null) => void;
};

type Dialog = { kind: 'merge' | 'delete'; code: Code } | null;

const ALT_MOVES: Record<string, KeyboardMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };

export const CodeTreePanel = ({ projectId, mode, selectedId: controlledId, onSelect }: Props) => {
  const { t } = useTranslation();
  const store = useCodingStore();
  const { codes } = useCodingSnapshot();
  const tree = useCodeTree();
  const commands = useCodeTreeCommands(store);
  const [ownSelectedId, setOwnSelectedId] = useState<Id | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(new Set());
  const [query, setQuery] = useState('');
  const [renamingId, setRenamingId] = useState<Id | null>(null);
  const [creating, setCreating] = useState<NewCodeTarget | null>(null);
  const [colorFor, setColorFor] = useState<Id | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const rowElements = useRef(new Map<Id, HTMLLIElement>());

  const matches = useCodeFilter(tree, query);
  const rows = useMemo(() => visibleRows(tree, collapsed, matches), [tree, collapsed, matches]);
  const levels = useMemo(() => {
    const groups = new Map<Id | null, typeof rows>();
    for (const row of rows) {
      const level = groups.get(row.parentId);
      if (level === undefined) groups.set(row.parentId, [row]);
      else level.push(row);
    }
    return groups;
  }, [rows]);
  const byId = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);
  const selectedId = controlledId === undefined ? ownSelectedId : controlledId;
  const selected = selectedId === null ? null : (byId.get(selectedId) ?? null);
  const focusableId = rows.some((row) => row.node.code.id === selectedId) ? selectedId : (rows[0]?.node.code.id ?? null);

  const select = useCallback(
    (id: Id | null) => {
      setOwnSelectedId(id);
      onSelect?.(id);
    },
    [onSelect],
  );

  /** Selects a row and moves keyboard focus to it (after React has placed it, e.g. following a move). */
  const focusRow = useCallback(
    (id: Id) => {
      select(id);
      requestAnimationFrame(() => rowElements.current.get(id)?.focus());
    },
    [select],
  );

  const toggle = (id: Id, open?: boolean) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (open ?? next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const drag = useCodeTreeDrag({
    mode,
    codes,
    onPlace: (id, placement, into) => {
      if (into !== null) toggle(into, true);
      // The store shows the move at once; focusing now (not after the write) never steals focus the user moved on.
      void commands.place(id, placement);
      focusRow(id);
    },
    showsChildren: (id) => rows.some((row) => row.node.code.id === id && row.hasChildren && row.expanded),
  });

  const moveByKeyboard = async (code: Code, move: KeyboardMove) => {
    const placement = keyboardPlacement(codes, code, move);
    if (placement === null) return;
    if (placement.parentId !== null) toggle(placement.parentId, true);
    const placed = commands.place(code.id, placement);
    focusRow(code.id);
    await placed;
  };

  const onTreeKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = rows.findIndex((row) => row.node.code.id === focusableId);
    const row = rows[at];
    if (row === undefined) return;
    const code = row.node.code;
    const alt = ALT_MOVES[event.key];
    if (event.altKey && alt !== undefined) {
      if (mode !== 'manage') return;
      event.preventDefault();
      void moveByKeyboard(code, alt);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const go = (index: number): true => {
      const target = rows[Math.max(0, Math.min(index, rows.length - 1))];
      if (target !== undefined) focusRow(target.node.code.id);
      return true;
    };
    const manage = mode === 'manage';
    const keyActions: Record<string, () => boolean> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(rows.length - 1),
      ArrowRight: () => {
        if (row.hasChildren && !row.expanded) toggle(code.id, true);
        else if (row.hasChildren) go(at + 1);
        return true;
      },
      ArrowLeft: () => {
        if (row.expanded) toggle(code.id, false);
        else if (row.parentId !== null) focusRow(row.parentId);
        return true;
      },
      Enter: () => {
        if (manage) select(code.id);
        else void commands.applyToSelection(code);
        return true;
      },
      F2: () => {
        if (manage) setRenamingId(code.id);
        return manage;
      },
      Delete: () => {
        if (manage) setDialog({ kind: 'delete', code });
        return manage;
      },
    };
    keyActions[' '] = keyActions.Enter;
    const handled = keyActions[event.key]?.() ?? false;
    if (handled) event.preventDefault();
  };

  const rowActions = useRowActions({
    rowRef: (id, element) => {
      if (element === null) rowElements.current.delete(id);
      else rowElements.current.set(id, element);
    },
    select,
    activate: (code) => {
      select(code.id);
      void commands.applyToSelection(code);
    },
    toggle: (id) => toggle(id),
    startRename: setRenamingId,
    rename: async (code, name) => {
      if (!(await commands.rename(code.id, name))) return false;
      setRenamingId(null);
      focusRow(code.id);
      return true;
    },
    cancelRename: (code) => {
      setRenamingId(null);
      commands.clearError();
      focusRow(code.id);
    },
    openColor: setColorFor,
    dragStart: (code, event) => drag.rowHandlers(code).onDragStart(event),
    dragEnd: (code) => drag.rowHandlers(code).onDragEnd(),
    dragOver: (code, event) => drag.rowHandlers(code).onDragOver(event),
    drop: (code, event) => drag.rowHandlers(code).onDrop(event),
  });

  if (store === null) return <p className="muted code-tree-loading">{t('codes.loading')}</p>;

  const colorCode = colorFor === null ? undefined : byId.get(colorFor);
  const colorRow = colorFor === null ? undefined : rowElements.current.get(colorFor);

  return (
    <div className={`code-tree-panel mode-${mode}`} data-project-id={projectId}>
      {mode === 'manage' && (
        <CodeTreeToolbar
          selected={selected}
          canMove={(move) => selected !== null && keyboardPlacement(codes, selected, move) !== null}
          creating={creating}
          onStartCreate={setCreating}
          onCreate={async (name) => {
            const parent = creating?.parent ?? null;
            const code = await commands.create(parent?.id ?? null, name);
            if (code === null) return false;
            if (parent !== null) toggle(parent.id, true);
            setCreating(null);
            // A new sub-code leaves its parent selected, so the next "New sub-code" adds a sibling, not a grandchild.
            focusRow(parent?.id ?? code.id);
            return true;
          }}
          onCancelCreate={() => setCreating(null)}
          onRename={() => selected !== null && setRenamingId(selected.id)}
          onRecolor={() => selected !== null && setColorFor(selected.id)}
          onMove={(move) => selected !== null && void moveByKeyboard(selected, move)}
          onMerge={() => selected !== null && setDialog({ kind: 'merge', code: selected })}
          onDelete={() => selected !== null && setDialog({ kind: 'delete', code: selected })}
        />
      )}
      <input
        type="search"
        className="code-filter"
        aria-label={t('codes.filter.label')}
        placeholder={t('codes.filter.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      {commands.error !== null && (
        <div className="code-tree-error">
          <p role="alert">{commands.error}</p>
          <button type="button" className="button icon" aria-label={t('app.toast.dismiss')} onClick={commands.clearError}>
            ×
          </button>
        </div>
      )}
      {codes.length === 0 && <p className="empty-state">{t('codes.tree.empty')}</p>}
      {codes.length > 0 && rows.length === 0 && <p className="muted">{t('codes.tree.noMatch', { query })}</p>}
      <ul
        className="code-tree"
        role="tree"
        aria-label={t('codes.tree.label')}
        aria-description={mode === 'coding' ? t('transcript.codeTree.keys') : undefined}
        hidden={rows.length === 0}
        onKeyDown={onTreeKeyDown}
        onDragLeave={drag.onTreeDragLeave}
      >
        {rows.map((row) => {
          const { code } = row.node;
          const siblings = levels.get(row.parentId) ?? [row];
          return (
            <CodeTreeRow
              key={code.id}
              row={row}
              mode={mode}
              selected={code.id === focusableId}
              renaming={code.id === renamingId}
              drop={drag.dropMark?.id === code.id ? drag.dropMark.position : null}
              dropLabel={drag.dropMark?.id === code.id ? (drag.dropMark.intent?.description ?? t('codes.drop.refused')) : null}
              setSize={siblings.length}
              posInSet={siblings.indexOf(row) + 1}
              actions={rowActions}
            />
          );
        })}
      </ul>
      {mode === 'manage' && <p className="muted small code-tree-hint">{t('codes.keyboard.hint')}</p>}
      {mode === 'coding' && <p className="muted small code-tree-hint">{t('codes.coding.hint')}</p>}
      {colorCode !== undefined && (
        <ColorPopover
          code={colorCode}
          top={colorRow === undefined ? 0 : colorRow.offsetTop + colorRow.offsetHeight}
          onPick={(color) => {
            setColorFor(null);
            focusRow(colorCode.id);
            void commands.recolor(colorCode.id, color);
          }}
          onClose={(reason) => {
            setColorFor(null);
            if (reason === 'escape') focusRow(colorCode.id);
          }}
        />
      )}
      {dialog?.kind === 'merge' && (
        <MergeDialog
          store={store}
          code={dialog.code}
          onCancel={() => setDialog(null)}
          onMerge={async (targetId) => {
            if (await commands.merge(dialog.code, targetId)) {
              setDialog(null);
              focusRow(targetId);
            }
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteCodeDialog
          code={dialog.code}
          impact={store.deleteCodeImpact(dialog.code.id)}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            const code = dialog.code;
            setDialog(null);
            void commands.remove(code).then((removed) => removed && select(code.parentId));
          }}
        />
      )}
    </div>
  );
};
