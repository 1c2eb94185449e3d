import { readAsBase64 } from '../import/read-files';

/** A file to read: a path on this computer (typed, or from the desktop app's dialog), or one the page holds (the browser's upload). */
export type FileSource = { path: string } | { file: File };

export const hasFile = (source: FileSource): source is { file: File } => 'file' in source;

/** True when there is something to read. */
export const isChosen = (source: FileSource): boolean => (hasFile(source) ? true : source.path.trim() !== '');

/** The API's form of it: `{ path }`, or the bytes as `{ name, dataBase64 }`. */
export async function sourceParams(source: FileSource): Promise<{ path: string } | { name: string; dataBase64: string }> {
  return hasFile(source) ? { name: source.file.name, dataBase64: await readAsBase64(source.file) } : { path: source.path.trim() };
}
