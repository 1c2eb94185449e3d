import { useState } from 'react';
import type { ReactNode } from 'react';
import { toApiError } from '../api/errors';
import { Modal } from './Modal';

interface Props {
  open: boolean;
  title: string;
  /** The button that does it, named for what it does ("Delete article"), never a bare "OK". */
  confirmLabel: string;
  onConfirm(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}

/**
 * Asks before something that cannot be undone. Focus starts on Cancel, so a stray Enter does no harm; a failure
 * is shown in the dialog, which stays open.
 */
export function ConfirmDialog({ open, title, confirmLabel, onConfirm, onClose, children }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={title} onClose={onClose} className="confirm-dialog">
      <div className="confirm-text">{children}</div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-danger-solid" disabled={busy} onClick={() => void confirm()}>
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button type="button" className="button" data-autofocus disabled={busy} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
