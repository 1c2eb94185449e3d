import { useRef } from 'react';
import { useClient } from '../../api/ApiProvider';
import { exchangeHost } from '../../api/host';
import type { FileFilter } from '../../api/host';
import { formatBytes } from '../../components/format';
import { hasFile } from './file-source';
import type { FileSource } from './file-source';
import { PathField } from './PathField';

export interface FileSourceFieldProps {
  label: string;
  source: FileSource;
  onChange(source: FileSource): void;
  /** For the browser's picker (".sourcebook") and the desktop dialog's filters. */
  accept: string;
  filters: FileFilter[];
  dialogTitle: string;
  hint: string;
}

/**
 * Which file to read. The desktop app picks a path with its native dialog; the browser uploads the chosen file's
 * bytes (it cannot learn where a file lives). A path can be typed either way: the server runs on this computer.
 */
export function FileSourceField({ label, source, onChange, accept, filters, dialogTitle, hint }: FileSourceFieldProps) {
  const client = useClient();
  const host = exchangeHost(client.bridge);
  const input = useRef<HTMLInputElement>(null);

  const choose = async () => {
    if (host.pickOpenPath) {
      const picked = await host.pickOpenPath({ title: dialogTitle, filters });
      if (picked) onChange({ path: picked });
    } else input.current?.click();
  };

  return (
    <div className="file-source">
      <PathField
        label={label}
        value={hasFile(source) ? '' : source.path}
        onChange={(path) => onChange({ path })}
        onChoose={() => void choose()}
        chooseLabel={host.pickOpenPath ? 'Choose…' : 'Upload a file…'}
        hint={hint}
      />
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={`${label}: upload`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // In the desktop app a chosen file has a path on disk: read it from there.
          const path = file && host.pathForFile ? host.pathForFile(file) : '';
          if (file) onChange(path ? { path } : { file });
          e.target.value = '';
        }}
      />
      {hasFile(source) && (
        <p className="file-chosen" role="status">
          To upload: <strong>{source.file.name}</strong> ({formatBytes(source.file.size)}){' '}
          <button type="button" className="link-button" onClick={() => onChange({ path: '' })}>
            Clear
          </button>
        </p>
      )}
    </div>
  );
}
