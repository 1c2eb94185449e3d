import { writeBundle } from '../bundle/write';
import { BUNDLE_EXTENSION } from '../bundle/schema';
import type { Exporter } from './types';

export const bundleExporter: Exporter = {
  format: 'bundle',
  describe: 'Sourcebook bundle: everything, for another notebook to merge',
  extension: BUNDLE_EXTENSION,
  async export(snapshot, { nb, selection }) {
    return { output: { kind: 'file', bytes: await writeBundle(nb, snapshot, selection) }, warnings: [] };
  },
};
