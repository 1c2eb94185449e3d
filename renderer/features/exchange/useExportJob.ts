import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../shared/api';
import type { ExportReport } from '../../../shared/exchange';
import { useApi } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { blobFromBase64, downloadBlob } from '../series/download';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; current: string }
  | { status: 'done'; report: ExportReport; downloaded?: boolean }
  | { status: 'failed'; message: string; cancelled: boolean };

/** Runs one export as a core job: progress from job.progress events, Cancel through jobs.cancel. */
export function useExportJob() {
  const { client, events } = useApi();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      events.subscribe((name, payload) => {
        if (name !== 'job.progress' || !('jobId' in payload) || payload.jobId !== job.current) return;
        setState({ status: 'running', done: payload.done, total: payload.total, current: payload.current });
      }),
    [events],
  );

  /** Writes the export to `path` on this computer, or, without one, downloads it (exchange.exportData). */
  const run = useCallback(
    async (params: Omit<Input<'exchange.exportData'>, 'jobId'> & { path?: string }) => {
      const jobId = `ui-export-${Date.now().toString(36)}`;
      job.current = jobId;
      setState({ status: 'running', done: 0, total: 0, current: '' });
      try {
        const { path, ...selection } = params;
        if (path) {
          setState({ status: 'done', report: await client.call('exchange.export', { ...selection, path, jobId }) });
          return;
        }
        const { dataBase64, name, ...report } = await client.call('exchange.exportData', { ...selection, jobId });
        downloadBlob(blobFromBase64(dataBase64, 'application/octet-stream'), name);
        setState({ status: 'done', report: { ...report, path: name }, downloaded: true });
      } catch (error) {
        const e = toApiError(error);
        setState({ status: 'failed', message: e.message, cancelled: e.code === 'CANCELLED' });
      } finally {
        job.current = null;
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    if (job.current) void client.call('jobs.cancel', { jobId: job.current }).catch(() => undefined);
  }, [client]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, run, cancel, reset };
}
