import type { PickedFile } from '../import/read-files';

/** A notebook bundle is merged, not imported as an article. */
export const isBundlePath = (name: string): boolean => name.toLowerCase().endsWith('.sourcebook');

/** Splits picked or dropped files into bundles (to merge) and documents (to import). */
export function splitBundles(files: PickedFile[]): { bundles: PickedFile[]; documents: PickedFile[] } {
  return { bundles: files.filter((f) => isBundlePath(f.file.name)), documents: files.filter((f) => !isBundlePath(f.file.name)) };
}
