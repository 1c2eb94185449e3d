import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { toApiError } from '../api/errors';
import './toasts.css';

export interface ToastInput {
  message: string;
  /** One action, such as Undo. */
  action?: { label: string; run(): void | Promise<void> };
  tone?: 'info' | 'error';
}

interface Toast extends ToastInput {
  id: number;
}

/** Long enough to reach Undo by keyboard; a toast being hovered or focused stays. */
const TOAST_MS = 10_000;

const ToastContext = createContext<(toast: ToastInput) => void>(() => undefined);

export const useToast = () => useContext(ToastContext);

/** Short messages at the bottom of the window, announced politely to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    // One at a time is enough for this app, and it keeps a stale Undo from lingering beside a new one.
    setToasts([{ ...toast, id }]);
  }, []);
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} onDismiss={() => dismiss(toast.id)} onFail={(message) => show({ message, tone: 'error' })} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** `onFail`: an action that fails (an Undo the core refuses) says why, rather than failing silently. */
function ToastItem({ toast, onDismiss, onFail }: { toast: Toast; onDismiss(): void; onFail(message: string): void }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, onDismiss]);

  return (
    <div
      className={`toast toast-${toast.tone ?? 'info'}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            onDismiss();
            Promise.resolve(toast.action?.run()).catch((error: unknown) => onFail(toApiError(error).message));
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
