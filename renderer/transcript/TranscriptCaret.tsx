// The drawn caret of the read-only transcript. Browsers paint no caret in text that is not editable, so while the
// transcript has focus and the selection is collapsed in its words, a thin bar is drawn at the selection's place
// (measured once per selection change, not per frame). Rendered inside the transcript's positioned host.
import { useEffect, useState } from 'react';
import type { TranscriptSurface } from './transcriptSurface.ts';

type CaretBox = { left: number; top: number; height: number };

/** The box of a collapsed DOM point: the rect of the position itself, else of the character after or before it. */
const pointBox = (node: Node, offset: number): DOMRect | null => {
  const probe = node.ownerDocument?.createRange();
  if (probe === undefined) return null;
  probe.setStart(node, offset);
  const at = [...probe.getClientRects()].find((rect) => rect.height > 0);
  if (at !== undefined) return at;
  const length = node.textContent?.length ?? 0;
  if (offset < length) {
    probe.setEnd(node, offset + 1);
    const next = [...probe.getClientRects()].find((rect) => rect.height > 0);
    if (next !== undefined) return new DOMRect(next.left, next.top, 0, next.height);
  }
  if (offset > 0) {
    probe.setStart(node, offset - 1);
    probe.setEnd(node, offset);
    const previous = [...probe.getClientRects()].find((rect) => rect.height > 0);
    if (previous !== undefined) return new DOMRect(previous.right, previous.top, 0, previous.height);
  }
  return null;
};

export const TranscriptCaret = ({ surface }: { surface: TranscriptSurface | null }) => {
  const [box, setBox] = useState<CaretBox | null>(null);

  useEffect(() => {
    if (surface === null) return undefined;
    const { root } = surface;
    const doc = root.ownerDocument;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const selection = doc.getSelection();
        const host = root.parentElement;
        const focused = doc.activeElement === root && selection !== null && selection.isCollapsed && surface.holdsText(selection.focusNode);
        const rect = focused && selection.focusNode !== null ? pointBox(selection.focusNode, selection.focusOffset) : null;
        if (rect === null || host === null) {
          setBox(null);
          return;
        }
        const origin = host.getBoundingClientRect();
        setBox({ left: rect.left - origin.left, top: rect.top - origin.top, height: rect.height });
      });
    };
    doc.addEventListener('selectionchange', measure);
    root.addEventListener('focus', measure);
    root.addEventListener('blur', measure);
    // A narrower or wider transcript re-wraps its lines: the caret's place moves with them.
    const resized = new ResizeObserver(measure);
    resized.observe(root);
    return () => {
      cancelAnimationFrame(frame);
      doc.removeEventListener('selectionchange', measure);
      root.removeEventListener('focus', measure);
      root.removeEventListener('blur', measure);
      resized.disconnect();
      setBox(null);
    };
  }, [surface]);

  if (box === null) return null;
  // Keyed by place, so the blink starts over (visible) after every move.
  return (
    <span
      key={`${box.left}:${box.top}`}
      className="transcript-caret"
      data-testid="transcript-caret"
      aria-hidden="true"
      style={{ left: box.left, top: box.top, height: box.height }}
    />
  );
};
