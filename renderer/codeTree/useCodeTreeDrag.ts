// Drag-and-drop inside the code tree (manage mode): every row is draggable (also onto a transcript, with the
// code id under CODE_DRAG_TYPE); while dragging, the row under the pointer shows where the code would go
// (before, inside, after — in words too) or that it cannot go there (its own subtree), and a drop moves it exactly
// where the indicator said.
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { Code, Id } from '../../shared/model/index.ts';
import { CODE_DRAG_TYPE } from '../coding/codingSelection.ts';
import { dropPositionAt, type DropPosition, type Placement } from './codeTreeView.ts';
import { dropIntent, type DropIntent } from './dropIntent.ts';

/** The row under the pointer, how the indicator shows there, and what a drop there does (null: refused). */
export type DropMark = { id: Id; position: DropPosition | 'refused'; intent: DropIntent | null };

type Options = {
  mode: 'manage' | 'coding';
  codes: readonly Code[];
  onPlace: (id: Id, placement: Placement, into: Id | null) => void;
  /** Whether the row of `id` is open with sub-codes shown below it. */
  showsChildren: (id: Id) => boolean;
};

export const useCodeTreeDrag = ({ mode, codes, onPlace, showsChildren }: Options) => {
  const [dropMark, setDropMark] = useState<DropMark | null>(null);
  const dragged = useRef<Id | null>(null);

  const rowHandlers = (code: Code) => ({
    onDragStart: (event: DragEvent<HTMLLIElement>) => {
      dragged.current = code.id;
      event.dataTransfer.setData(CODE_DRAG_TYPE, code.id);
      event.dataTransfer.setData('text/plain', code.name);
      event.dataTransfer.effectAllowed = mode === 'manage' ? 'copyMove' : 'copy';
    },
    onDragEnd: () => {
      dragged.current = null;
      setDropMark(null);
    },
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (mode !== 'manage' || dragged.current === null || !event.dataTransfer.types.includes(CODE_DRAG_TYPE)) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const position = dropPositionAt(event.clientY - rect.top, rect.height);
      const intent = dropIntent(codes, dragged.current, code, position, showsChildren(code.id));
      const mark: DropMark = { id: code.id, position: intent === null ? 'refused' : position, intent };
      if (intent !== null) {
        // Accepting the drop is what preventDefault on dragover means; a refused row never gets a drop.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      } else {
        event.dataTransfer.dropEffect = 'none';
      }
      if (dropMark?.id !== mark.id || dropMark.position !== mark.position) setDropMark(mark);
    },
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      const id = dragged.current;
      const intent = dropMark?.id === code.id ? dropMark.intent : null;
      setDropMark(null);
      dragged.current = null;
      if (id === null || intent === null) return;
      event.preventDefault();
      const { placement } = intent;
      onPlace(id, placement, placement.parentId === code.id ? code.id : null);
    },
  });

  const onTreeDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDropMark(null);
  };

  return { dropMark, rowHandlers, onTreeDragLeave };
};
