import { useState } from 'react';
import type { ImportResult } from '../../../shared/model';

type PasteFormat = 'txt' | 'md' | 'html';

/** Paste an article; the format decides how it is read (a web page's HTML, Markdown headings and front matter, or plain). */
export function PasteForm({ onImport }: { onImport(name: string, text: string): Promise<ImportResult> }) {
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [format, setFormat] = useState<PasteFormat>('txt');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    // The extension picks the importer; the core takes the title from the text when it can.
    const result = await onImport(`${name.trim() || 'Pasted text'}.${format}`, text);
    setBusy(false);
    if (result.status !== 'error') {
      setText('');
      setName('');
    }
  };

  return (
    <details className="paste-form">
      <summary>Paste text instead</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span>Text</span>
          <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} required />
        </label>
        <div className="paste-row">
          <label className="field">
            <span>Name (optional)</span>
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Pasted text" />
          </label>
          <label className="field">
            <span>Format</span>
            <select value={format} onChange={(e) => setFormat(e.target.value as PasteFormat)}>
              <option value="txt">Plain text</option>
              <option value="md">Markdown</option>
              <option value="html">HTML (a web page’s source)</option>
            </select>
          </label>
          <button type="submit" className="button button-primary" disabled={busy || !text.trim()}>
            Import text
          </button>
        </div>
      </form>
    </details>
  );
}
