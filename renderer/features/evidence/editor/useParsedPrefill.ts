import { useEffect, useRef, useState } from 'react';
import type { Kind } from '../../../../shared/model';
import { useClient } from '../../../api/ApiProvider';
import { blankKeys, prefill } from './evidence-draft';
import type { EvidenceDraft } from './evidence-draft';

/**
 * The editor's draft of the structured fields, with its blanks filled from evidence.parse (the parser's reading of
 * the passage) when it opens and whenever the kind changes. What was filled is listed in `suggested` until the user
 * edits it; nothing is stored until Save.
 */
export function useParsedPrefill(highlightId: string, kind: Kind, initial: () => EvidenceDraft) {
  const client = useClient();
  const [draft, setDraft] = useState<EvidenceDraft>(initial);
  const [suggested, setSuggested] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const latest = useRef(draft);
  latest.current = draft;

  useEffect(() => {
    if (blankKeys(latest.current, kind).length === 0) return;
    let alive = true;
    setReading(true);
    client
      .call('evidence.parse', { highlightId, kind })
      .then((parsed) => {
        if (!alive) return;
        const { draft: next, filled } = prefill(latest.current, kind, parsed);
        setDraft(next);
        setSuggested((keys) => [...new Set([...keys, ...filled])]);
      })
      // A passage the parser cannot read leaves the fields blank: nothing to report.
      .catch(() => undefined)
      .finally(() => alive && setReading(false));
    return () => {
      alive = false;
    };
  }, [client, highlightId, kind]);

  /** An edit by the user: what they touched is theirs now, not a suggestion. */
  const edit = (next: EvidenceDraft) => {
    setSuggested((keys) => keys.filter((key) => sameKey(key, latest.current, next)));
    setDraft(next);
  };

  return { draft, suggested, reading, edit };
}

/** True when the field `key` is unchanged between two drafts. */
function sameKey(key: string, a: EvidenceDraft, b: EvidenceDraft): boolean {
  if (key === 'quantities') return JSON.stringify(a.quantities) === JSON.stringify(b.quantities);
  if (key === 'asOf' || key === 'quoteType') return a[key] === b[key];
  return a.fields[key as keyof EvidenceDraft['fields']] === b.fields[key as keyof EvidenceDraft['fields']];
}
