import { KINDS } from '../../shared/model';
import type { Kind } from '../../shared/model';

export const KIND_LABEL: Record<Kind, string> = { claim: 'Claim', figure: 'Figure', quote: 'Quote' };
export const KIND_PLURAL: Record<Kind, string> = { claim: 'claims', figure: 'figures', quote: 'quotes' };

/** The one-keystroke tagging keys of the selection toolbar: 1, 2, 3 in the order of KINDS. */
export const KIND_KEY: Record<Kind, string> = Object.fromEntries(KINDS.map((k, i) => [k, String(i + 1)])) as Record<Kind, string>;
export const kindForKey = (key: string): Kind | undefined => KINDS.find((k) => KIND_KEY[k] === key);
