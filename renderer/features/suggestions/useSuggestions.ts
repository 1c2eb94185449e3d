import { useCallback, useMemo } from 'react';
import type { Suggestion } from '../../../shared/evidence';
import type { Kind } from '../../../shared/model';
import { useClient } from '../../api/ApiProvider';
import { onNotebookChange, useApiQuery } from '../../api/hooks';
import { useToast } from '../../app/toasts';
import { KIND_LABEL } from '../../components/kinds';

/**
 * The parser's suggestions for one article (while `enabled`), in reading order, and the two ways to decide on one:
 * accept (a highlight is created, with what was read) or dismiss (remembered, not proposed again). Both say what
 * they did in a toast with Undo.
 */
export function useSuggestions(articleId: string, enabled: boolean) {
  const client = useClient();
  const toast = useToast();
  const result = useApiQuery('evidence.suggest', { articleId }, { enabled, invalidateOn: onNotebookChange({ articles: true, highlights: true }), keepPrevious: true });
  const { refetch } = result;
  const suggestions = useMemo(() => [...(result.data?.[0]?.suggestions ?? [])].sort((a, b) => a.start - b.start || a.end - b.end), [result.data]);

  const accept = useCallback(
    async (suggestion: Suggestion, kind?: Kind) => {
      const other = kind !== undefined && kind !== suggestion.kind;
      const created = await client.call('evidence.accept', { articleId, suggestionId: suggestion.id, ...(other ? { kind } : {}) });
      // Taken as another kind, the passage would still be proposed as its own (the core hides only a suggestion of
      // the kind highlighted): it is decided, so it is dismissed too.
      if (other) {
        await client.call('evidence.dismiss', { articleId, suggestionIds: [suggestion.id] });
        refetch();
      }
      toast({
        message: `Accepted as ${KIND_LABEL[created.kind].toLowerCase()}.`,
        action: {
          label: 'Undo',
          run: async () => {
            await client.call('highlights.delete', { id: created.id });
            if (other) await client.call('evidence.dismiss', { articleId, suggestionIds: [suggestion.id], undo: true });
            refetch();
          },
        },
      });
    },
    [client, articleId, toast, refetch],
  );

  const dismiss = useCallback(
    async (suggestion: Suggestion) => {
      await client.call('evidence.dismiss', { articleId, suggestionIds: [suggestion.id] });
      // Dismissals are personal triage, not a change to the notebook: no event comes back for them.
      refetch();
      toast({
        message: `Dismissed the suggested ${KIND_LABEL[suggestion.kind].toLowerCase()}.`,
        action: {
          label: 'Undo',
          run: () =>
            client.call('evidence.dismiss', { articleId, suggestionIds: [suggestion.id], undo: true }).then(() => {
              refetch();
            }),
        },
      });
    },
    [client, articleId, toast, refetch],
  );

  return { suggestions, loaded: result.data !== undefined, error: result.error, hidden: result.data?.[0]?.hidden, accept, dismiss };
}
