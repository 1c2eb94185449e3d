import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** False while work runs that must not be abandoned half-way: Escape then does nothing. */
  dismissible?: boolean;
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape, makes the rest inert and puts it in
 * the top layer, which no hand-made overlay gets fully right. Focus starts on the element marked
 * `data-autofocus` when there is one (e.g. Cancel in a confirmation), else on the first control.
 */
export function Modal({ open, title, onClose, children, className, dismissible = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // One id per dialog: a confirmation can open over another dialog, and both need their own title.
  const titleId = useId();
  // The native close event comes a moment after dialog.close(): when the app closed it, that event is old news
  // and must not call onClose again (by then the app may have opened the dialog afresh).
  const isOpen = useRef(open);
  isOpen.current = open;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={titleId}
      onClose={() => {
        if (isOpen.current) onClose();
      }}
      onCancel={(e) => {
        if (!dismissible) e.preventDefault();
      }}
    >
      {open && (
        <>
          <header className="modal-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose} disabled={!dismissible}>
              ×
            </button>
          </header>
          <div className="modal-body">{children}</div>
        </>
      )}
    </dialog>
  );
}
