import type { Kind } from '../../../shared/model';
import { KIND_KEY, KIND_LABEL, kindForKey } from '../../components/kinds';
import { KINDS } from '../../../shared/model';

export type SuggestionAction = { type: 'accept'; kind?: Kind } | { type: 'dismiss' } | { type: 'move'; step: 1 | -1 } | { type: 'close' };

/**
 * The keys for deciding on suggestions, one keystroke each and in line with tagging a selection: 1, 2, 3 take the
 * passage as a claim, figure or quote (the suggested kind's key accepts it as suggested, another changes the
 * kind); Enter accepts it as suggested; Delete (or X) dismisses it; ↓ ↑ (or J K) go to the next or previous one;
 * Escape puts the card away. Keys with Ctrl, Alt or Meta are left to the app.
 */
export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): SuggestionAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const kind = kindForKey(event.key);
  if (kind) return { type: 'accept', kind };
  switch (event.key) {
    case 'Enter':
      return { type: 'accept' };
    case 'Delete':
    case 'Backspace':
    case 'x':
    case 'X':
      return { type: 'dismiss' };
    case 'ArrowDown':
    case 'j':
      return { type: 'move', step: 1 };
    case 'ArrowUp':
    case 'k':
      return { type: 'move', step: -1 };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

/** The same, as the help text shows it (the card, About, the tour). */
export const SUGGESTION_KEYS: { keys: string[]; does: string }[] = [
  { keys: ['Enter'], does: 'accept as suggested' },
  { keys: KINDS.map((k) => KIND_KEY[k]), does: `accept as ${KINDS.map((k) => KIND_LABEL[k].toLowerCase()).join(', ')}` },
  { keys: ['Del'], does: 'dismiss' },
  { keys: ['↓', '↑'], does: 'next, previous' },
  { keys: ['Esc'], does: 'put the card away' },
];
