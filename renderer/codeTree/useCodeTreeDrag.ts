// Drag-and-drop inside the code tree (manage mode): every row is draggable (also onto a transcript, with the
// code id under CODE_DRAG_TYPE); while dragging, the row under the pointer shows where the code would go
// (before, inside, after) or that it cannot go there (its own subtree), and a drop moves it.
import { useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { Code, Id } from '../../shared/model/index.ts';
import { CODE_DRAG_TYPE } from '../coding/codingSelection.ts';
import { dropPlacement, dropPositionAt, type DropPosition, type Placement } from './codeTreeView.ts';

export type DropMark = { id: Id; position: DropPosition | 'refused' };

type Options = {
  mode: 'manage' | 'coding';
  codes: readonly Code[];
  onPlace: (id: Id, placement: Placement, into: Id | null) => void;
};

export const useCodeTreeDrag = ({ mode, codes, onPlace }: Options) => {
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
      const allowed = dropPlacement(codes, dragged.current, code, position) !== null;
      const mark: DropMark = { id: code.id, position: allowed ? position : 'refused' };
      if (allowed) {
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
      const position = dropMark?.id === code.id ? dropMark.position : null;
      setDropMark(null);
      dragged.current = null;
      if (id === null || position === null || position === 'refused') return;
      event.preventDefault();
      const placement = dropPlacement(codes, id, code, position);
      if (placement !== null) onPlace(id, placement, position === 'inside' ? code.id : null);
    },
  });

  const onTreeDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setDropMark(null);
  };

  return { dropMark, rowHandlers, onTreeDragLeave };
};
