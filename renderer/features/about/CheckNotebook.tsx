import { useState } from 'react';
import type { CheckReport } from '../../../shared/check';
import { useApi } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';

/** What a check found, in one sentence per kind of outcome. */
export function describeCheck(report: CheckReport): string {
  const repaired = report.problems.filter((p) => p.repaired).length;
  const open = report.problems.filter((p) => !p.repaired && p.severity === 'error');
  const done = repaired ? ` Repaired ${repaired} thing${repaired === 1 ? '' : 's'} (search index, leftover files).` : '';
  if (open.length === 0) return `All in order.${done}`;
  return `${open.length} problem${open.length === 1 ? '' : 's'} need${open.length === 1 ? 's' : ''} you: ${open.map((p) => p.message).join(' ')}${done}`;
}

/** Help → Check notebook, in the browser mode too: verifies the notebook and repairs what can be repaired. */
export function CheckNotebook() {
  const { client } = useApi();
  const [state, setState] = useState<{ busy: boolean; result?: string; failed?: boolean }>({ busy: false });
  const run = async (): Promise<void> => {
    setState({ busy: true });
    try {
      setState({ busy: false, result: describeCheck(await client.call('notebook.check', { repair: true })) });
    } catch (error) {
      setState({ busy: false, result: toApiError(error).message, failed: true });
    }
  };
  return (
    <div className="about-check">
      <button type="button" className="button button-small" onClick={() => void run()} disabled={state.busy}>
        {state.busy ? 'Checking…' : 'Check notebook'}
      </button>
      <p role="status" className={state.failed ? 'check-result check-failed' : 'check-result'}>
        {state.result ?? ''}
      </p>
    </div>
  );
}
