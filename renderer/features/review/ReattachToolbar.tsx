import { useRef, useState } from 'react';
import type { Highlight } from '../../../shared/model';
import { toApiError } from '../../api/errors';
import { shorten } from '../../components/format';
import { KIND_LABEL } from '../../components/kinds';
import { useFloatingPosition } from '../reader/useFloatingPosition';
import type { Anchor } from '../reader/useFloatingPosition';
import { usePopoverKeys } from '../reader/usePopoverKeys';

interface Props {
  highlight: Highlight;
  /** The passage selected as its new place. */
  text: string;
  anchor: Anchor;
  onAttach(): Promise<void>;
  onClose(): void;
}

/** Under a passage selected while re-attaching: confirm that it is the highlight's new place. */
export function ReattachToolbar({ highlight, text, anchor, onAttach, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const position = useFloatingPosition(ref, anchor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  usePopoverKeys(ref, onClose);

  const attach = async () => {
    setBusy(true);
    setError(null);
    try {
      await onAttach();
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(false);
    }
  };

  const kind = KIND_LABEL[highlight.kind].toLowerCase();
  return (
    <div ref={ref} className="floating reattach-toolbar" role="dialog" aria-label={`Re-attach the ${kind} here?`} style={position}>
      <p>
        Attach the {kind} to “{shorten(text, 120)}”?
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="editor-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void attach()}>
          Attach here
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Choose again
        </button>
      </div>
    </div>
  );
}
