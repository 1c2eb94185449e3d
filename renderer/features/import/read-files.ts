/** A file the user gave us, with the path it had inside a dropped or chosen folder (for the report). */
export interface PickedFile {
  file: File;
  path: string;
}

/**
 * Larger files are refused before they are read: they would not fit the API's request limit once encoded
 * (import.content takes at most 70 MB of base64). The desktop app's file picker imports from disk instead.
 */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const hidden = (name: string) => name.startsWith('.');

/** Files from an <input type=file> (with `webkitdirectory`, each carries its path inside the folder). */
export function filesFromList(list: FileList): PickedFile[] {
  return [...list]
    .map((file) => ({ file, path: file.webkitRelativePath || file.name }))
    .filter((f) => !f.path.split('/').some(hidden));
}

/** What a drop holds: folder/file entries where the browser gives them, else plain files. */
export type DroppedItem = FileSystemEntry | File;

/**
 * Files from a drop, folders included (recursively, skipping hidden entries as the core does). The items must
 * be taken from the DataTransfer during the drop event itself; reading them can happen later.
 */
export function takeDrop(data: DataTransfer): DroppedItem[] {
  const items: DroppedItem[] = [];
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue;
    // No entry for files that do not come from the file system (e.g. a DataTransfer built by a script).
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    if (entry && !hidden(entry.name)) items.push(entry);
    else if (file && !hidden(file.name)) items.push(file);
  }
  return items;
}

export async function filesFromDrop(items: DroppedItem[]): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  for (const item of items) {
    if (item instanceof File) out.push({ file: item, path: item.name });
    else await collect(item, out);
  }
  return out;
}

async function collect(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (hidden(entry.name)) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') || file.name });
    return;
  }
  if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await collect(child, out);
  }
}

/** readEntries returns at most ~100 entries per call: keep reading until it returns none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The file's bytes as base64, via the browser's own encoder (a data: URL) rather than a slow JS loop. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
