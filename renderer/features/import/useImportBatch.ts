import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnchorConfidence, ImportResult } from '../../../shared/model';
import { useApi } from '../../api/ApiProvider';
import { toApiError } from '../../api/errors';
import { MAX_UPLOAD_BYTES, readAsBase64 } from './read-files';
import type { PickedFile } from './read-files';

export type ItemStatus = 'waiting' | 'importing' | 'imported' | 'updated' | 'duplicate' | 'error' | 'cancelled';

export interface ImportItem {
  key: number;
  /** The path shown to the user (inside a dropped folder, or on disk). */
  label: string;
  status: ItemStatus;
  articleId?: string;
  title?: string;
  error?: string;
  warnings?: string[];
  /** For a new version of an article: how its highlights were carried over. */
  carried?: Record<AnchorConfidence, number>;
}

export interface ImportBatch {
  items: ImportItem[];
  running: boolean;
  /** Files finished (whatever their outcome) and in all, for the progress bar. */
  done: number;
  total: number;
  importFiles(files: PickedFile[]): void;
  importText(name: string, text: string): Promise<ImportResult>;
  /** A web page (or a document) fetched by the core from an http(s) address, which it keeps as the article's URL. */
  importUrl(url: string): Promise<ImportResult>;
  /** Desktop app only: paths from the native picker, imported by the core as one job. */
  importPaths(paths: string[]): Promise<void>;
  cancel(): void;
  clear(): void;
}

const FINISHED: ItemStatus[] = ['imported', 'updated', 'duplicate', 'error', 'cancelled'];

function fromResult(item: ImportItem, result: ImportResult): ImportItem {
  const cancelled = result.status === 'error' && result.error === 'cancelled';
  return { ...item, status: cancelled ? 'cancelled' : result.status, articleId: result.articleId, title: result.title, error: cancelled ? undefined : result.error, warnings: result.warnings, carried: result.carried };
}

/**
 * Imports files one call at a time, so that one bad file never stops the rest and Cancel takes effect before the
 * next file: the files not sent yet are reported as cancelled. Files dropped while a batch runs join its queue.
 */
export function useImportBatch(): ImportBatch {
  const { client, events } = useApi();
  const [items, setItems] = useState<ImportItem[]>([]);
  // Work in flight: the file queue, a pasted text, a desktop job. Running while any is.
  const [active, setActive] = useState(0);
  const running = active > 0;
  const begin = useCallback(() => setActive((n) => n + 1), []);
  const end = useCallback(() => setActive((n) => n - 1), []);
  const queue = useRef<{ key: number; file: PickedFile }[]>([]);
  const cancelled = useRef(false);
  const job = useRef<string | null>(null);
  const nextKey = useRef(1);
  const busy = useRef(false);

  const patch = useCallback((key: number, update: (item: ImportItem) => ImportItem) => {
    setItems((all) => all.map((item) => (item.key === key ? update(item) : item)));
  }, []);

  const drain = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    begin();
    cancelled.current = false;
    for (let next = queue.current.shift(); next; next = queue.current.shift()) {
      const { key, file } = next;
      if (cancelled.current) {
        patch(key, (item) => ({ ...item, status: 'cancelled' }));
        continue;
      }
      patch(key, (item) => ({ ...item, status: 'importing' }));
      let result: ImportResult;
      try {
        if (file.file.size > MAX_UPLOAD_BYTES) throw new Error(`the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
        result = await client.call('import.content', { name: file.file.name, dataBase64: await readAsBase64(file.file) });
      } catch (error) {
        result = { file: file.path, status: 'error', error: toApiError(error).message };
      }
      patch(key, (item) => fromResult(item, result));
    }
    busy.current = false;
    end();
  }, [client, patch, begin, end]);

  const importFiles = useCallback(
    (files: PickedFile[]) => {
      const added = files.map((file) => ({ key: nextKey.current++, file }));
      queue.current.push(...added);
      setItems((all) => [...all, ...added.map(({ key, file }) => ({ key, label: file.path, status: 'waiting' as const }))]);
      void drain();
    },
    [drain],
  );

  /** One document imported by one call (pasted text, a web address), shown as one item of the report. */
  const importOne = useCallback(
    async (label: string, call: () => Promise<ImportResult>) => {
      const key = nextKey.current++;
      setItems((all) => [...all, { key, label, status: 'importing' }]);
      begin();
      let result: ImportResult;
      try {
        result = await call();
      } catch (error) {
        result = { file: label, status: 'error', error: toApiError(error).message };
      }
      patch(key, (item) => fromResult(item, result));
      end();
      return result;
    },
    [patch, begin, end],
  );

  const importText = useCallback((name: string, text: string) => importOne(name, () => client.call('import.content', { name, text })), [client, importOne]);
  const importUrl = useCallback((url: string) => importOne(url, () => client.call('import.url', { url })), [client, importOne]);

  // Progress of a desktop import job arrives as events: show the file being read.
  useEffect(
    () =>
      events.subscribe((name, payload) => {
        if (name !== 'job.progress' || !('jobId' in payload) || payload.jobId !== job.current) return;
        setItems((all) => all.map((item) => (item.status === 'importing' ? { ...item, label: payload.current || item.label } : item)));
      }),
    [events],
  );

  const importPaths = useCallback(
    async (paths: string[]) => {
      const jobId = `ui-${Date.now().toString(36)}`;
      const key = nextKey.current++;
      job.current = jobId;
      begin();
      setItems((all) => [...all, { key, label: paths.join(', '), status: 'importing' }]);
      try {
        const results = await client.call('import.files', { paths, jobId });
        setItems((all) => [...all.filter((i) => i.key !== key), ...results.map((r) => fromResult({ key: nextKey.current++, label: r.file, status: 'waiting' }, r))]);
      } catch (error) {
        patch(key, (item) => ({ ...item, status: 'error', error: toApiError(error).message }));
      } finally {
        job.current = null;
        end();
      }
    },
    [client, patch, begin, end],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    if (job.current) void client.call('jobs.cancel', { jobId: job.current }).catch(() => undefined);
  }, [client]);

  const clear = useCallback(() => {
    if (!busy.current) setItems([]);
  }, []);

  const done = items.filter((i) => FINISHED.includes(i.status)).length;
  return { items, running, done, total: items.length, importFiles, importText, importUrl, importPaths, cancel, clear };
}
