import { useClient } from '../../api/ApiProvider';
import { useToast } from '../../app/toasts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { plural } from '../../components/format';

interface Props {
  open: boolean;
  /** From demo.status: what is there now, highlights added by the user to demo articles included. */
  counts: { articles: number; highlights: number };
  onClose(): void;
}

/** Removing the demo articles deletes them for good: say what goes, and that the user's own articles stay. */
export function RemoveDemoDialog({ open, counts, onClose }: Props) {
  const client = useClient();
  const toast = useToast();
  return (
    <ConfirmDialog
      open={open}
      title="Remove the demo articles?"
      confirmLabel="Remove demo articles"
      onClose={onClose}
      onConfirm={async () => {
        const removed = await client.call('demo.remove', {});
        onClose();
        toast({ message: `Removed ${plural(removed.articles, 'demo article')} and ${plural(removed.highlights, 'highlight')}.` });
      }}
    >
      <p>
        {plural(counts.articles, 'demo article')} and {counts.highlights === 1 ? 'its' : 'their'} {plural(counts.highlights, 'highlight')} will be deleted,
        including any highlights you made on them. Your own articles stay as they are.
      </p>
      <p>This cannot be undone.</p>
    </ConfirmDialog>
  );
}
