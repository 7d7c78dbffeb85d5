// A modal dialog frame (native <dialog> opened with showModal, so focus is trapped and Escape is handled by the browser).
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

type Props = {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  /** Called when the user presses Escape; omit to make Escape do nothing (e.g. while a write runs). */
  onDismiss?: () => void;
  wide?: boolean;
};

export const Modal = ({ title, children, footer, onDismiss, wide = false }: Props) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss?.();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      <div className="modal-body">{children}</div>
      <div className="modal-footer">{footer}</div>
    </dialog>
  );
};
