import { useCallback } from 'react';
import type { Highlight } from '../../../shared/model';
import { useClient } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { useToast } from '../../app/toasts';
import { KIND_LABEL } from '../../components/kinds';

/** Resolving a carried highlight: keep it where a close match put it, or delete it (with Undo). */
export function useReviewActions(after?: () => void) {
  const client = useClient();
  const toast = useToast();

  const accept = useCallback(
    async (h: Highlight) => {
      try {
        await client.call('highlights.accept', { id: h.id });
        after?.();
        toast({ message: `Kept the ${KIND_LABEL[h.kind].toLowerCase()} where the close match put it.` });
      } catch (error) {
        toast({ message: toApiError(error).message, tone: 'error' });
      }
    },
    [client, toast, after],
  );

  /**
   * An orphan cannot be undeleted: the core restores only a highlight whose words are in the article, and an
   * orphan's are not. The item asks before deleting one instead.
   */
  const remove = useCallback(
    async (h: Highlight) => {
      try {
        const removed = await client.call('highlights.delete', { id: h.id });
        after?.();
        const undoable = removed.carried?.confidence !== 'orphaned';
        toast({
          message: `${KIND_LABEL[removed.kind]} deleted.`,
          action: undoable ? { label: 'Undo', run: () => client.call('highlights.restore', { highlight: removed }).then(() => after?.()) } : undefined,
        });
      } catch (error) {
        toast({ message: toApiError(error).message, tone: 'error' });
      }
    },
    [client, toast, after],
  );

  return { accept, remove };
}
