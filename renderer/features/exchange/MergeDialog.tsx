import type { FileSource } from './file-source';
import { DryRunDialog } from './DryRunDialog';
import { MergeReportView } from './MergeReportView';

/** The bundle to merge: a path, or a file dropped on the browser's window (its bytes are sent). */
export type MergeSource = FileSource;

interface Props {
  open: boolean;
  /** A bundle already chosen (dropped on the window, or opened from the system). */
  initial?: MergeSource;
  onClose(): void;
}

const BUNDLE_FILTER = [{ name: 'Sourcebook bundle', extensions: ['sourcebook'] }];

/**
 * Merging a teammate's .sourcebook bundle: choose it, read the dry run's report (nothing changes yet), merge, and
 * read what the merge did. A bundle that fails a check is refused whole, with the reason.
 */
export function MergeDialog({ open, initial, onClose }: Props) {
  return (
    <DryRunDialog
      open={open}
      title="Merge a notebook bundle"
      className="merge-dialog"
      initial={initial}
      intro={
        <>
          A teammate’s <strong>.sourcebook</strong> bundle brings their articles and highlights into this notebook. Records that both notebooks have are
          matched, not duplicated. First you see what the merge would do; nothing changes until you confirm.
        </>
      }
      field={{
        label: 'Bundle file',
        accept: '.sourcebook',
        filters: BUNDLE_FILTER,
        dialogTitle: 'Merge a notebook bundle',
        hint: 'The .sourcebook file: its full path on this computer, or upload it.',
      }}
      labels={{ check: 'Check the bundle', apply: 'Merge into this notebook', applying: 'Merging…', chooseAgain: 'Choose another bundle' }}
      call={(client, params, apply) => client.call(apply ? 'exchange.merge' : 'exchange.mergePreview', params)}
      reportView={(report) => <MergeReportView report={report} />}
      onClose={onClose}
    />
  );
}
