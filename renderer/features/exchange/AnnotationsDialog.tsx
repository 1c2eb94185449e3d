import { useState } from 'react';
import type { Kind } from '../../../shared/model';
import { KIND_CHOICES, SelectField } from '../../components/SelectField';
import { DryRunDialog } from './DryRunDialog';
import { PlacementReportView } from './PlacementReportView';

const FILTERS = [
  { name: 'W3C Web Annotations', extensions: ['json', 'jsonld'] },
  { name: 'REFI-QDA project', extensions: ['qdpx'] },
];

/**
 * Annotations made in another tool, placed onto the notebook's articles: W3C Web Annotations (.json, .jsonld) onto
 * articles already here, or a REFI-QDA project (.qdpx) with its sources. A dry run first reports what would be
 * placed and what could not; nothing changes until Import.
 */
export function AnnotationsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const [defaultKind, setDefaultKind] = useState<Kind>('quote');
  return (
    <DryRunDialog
      open={open}
      title="Import annotations"
      className="annotations-dialog"
      intro={
        <>
          Highlights made in another tool: <strong>W3C Web Annotations</strong> (.json, .jsonld) are placed by their quoted text on articles already in this
          notebook; a <strong>REFI-QDA project</strong> (.qdpx) brings its sources too. First you see where they would go.
        </>
      }
      field={{
        label: 'Annotations file',
        accept: '.json,.jsonld,.qdpx',
        filters: FILTERS,
        dialogTitle: 'Import annotations',
        hint: 'Its full path on this computer, or upload it.',
      }}
      extraFields={<SelectField label="Annotations without a kind become" value={defaultKind} choices={KIND_CHOICES} onChange={(k) => setDefaultKind(k as Kind)} />}
      labels={{ check: 'Check the file', apply: 'Import the annotations', applying: 'Importing…', chooseAgain: 'Choose another file' }}
      call={(client, params, apply) => client.call('exchange.importAnnotations', { ...params, dryRun: !apply, defaultKind })}
      reportView={(report) => <PlacementReportView report={report} />}
      canApply={(report) => report.highlights.new + report.highlights.updated > 0}
      onClose={onClose}
    />
  );
}
