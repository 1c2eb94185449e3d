import { useState } from 'react';
import type { ImportResult } from '../../../shared/model';

/** Import a web page (or a PDF, EPUB, Word or text file) by its http(s) address; the core fetches it and keeps the address. */
export function UrlForm({ onImport }: { onImport(url: string): Promise<ImportResult> }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    const result = await onImport(url.trim());
    setBusy(false);
    if (result.status !== 'error') setUrl('');
  };

  return (
    <form
      className="url-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>Web address</span>
        <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" required pattern="https?://.+" title="An http:// or https:// address" />
      </label>
      <button type="submit" className="button" disabled={busy || !url.trim()}>
        Import page
      </button>
    </form>
  );
}
