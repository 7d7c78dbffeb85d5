// The code tree's per-row handlers as ONE object that keeps its identity across renders (each call goes to the
// latest handlers), so memoised rows re-render only when what they show changes: a coding re-renders one row.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { DragEvent } from 'react';
import type { Code, Id } from '../../shared/model/index.ts';

export type RowActions = {
  rowRef: (id: Id, element: HTMLLIElement | null) => void;
  select: (id: Id) => void;
  activate: (code: Code) => void;
  toggle: (id: Id) => void;
  startRename: (id: Id) => void;
  rename: (code: Code, name: string) => Promise<boolean>;
  cancelRename: (code: Code) => void;
  openColor: (id: Id) => void;
  dragStart: (code: Code, event: DragEvent<HTMLLIElement>) => void;
  dragEnd: (code: Code) => void;
  dragOver: (code: Code, event: DragEvent<HTMLLIElement>) => void;
  drop: (code: Code, event: DragEvent<HTMLLIElement>) => void;
};

/** A stable RowActions forwarding to `handlers` as of the last commit. */
export const useRowActions = (handlers: RowActions): RowActions => {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  return useMemo<RowActions>(() => ({
    rowRef: (id, element) => latest.current.rowRef(id, element),
    select: (id) => latest.current.select(id),
    activate: (code) => latest.current.activate(code),
    toggle: (id) => latest.current.toggle(id),
    startRename: (id) => latest.current.startRename(id),
    rename: (code, name) => latest.current.rename(code, name),
    cancelRename: (code) => latest.current.cancelRename(code),
    openColor: (id) => latest.current.openColor(id),
    dragStart: (code, event) => latest.current.dragStart(code, event),
    dragEnd: (code) => latest.current.dragEnd(code),
    dragOver: (code, event) => latest.current.dragOver(code, event),
    drop: (code, event) => latest.current.drop(code, event),
  }), []);
};
