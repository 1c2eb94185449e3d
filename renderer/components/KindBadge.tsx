import type { Kind } from '../../shared/model';
import { KIND_LABEL } from './kinds';
import './kinds.css';

/** The kind as a word on its colour, so colour is never the only cue. */
export function KindBadge({ kind }: { kind: Kind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_LABEL[kind]}</span>;
}
