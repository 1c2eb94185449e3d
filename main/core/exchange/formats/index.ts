import type { ExportFormat } from '../../../../shared/exchange';
import { bundleExporter } from './bundle';
import { qdcExporter, qdpxExporter } from './refi/project';
import { w3cExporter } from './w3c/export';
import type { Exporter } from './types';

/** Every export format; adding one is adding its plug-in here. */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  bundle: bundleExporter,
  w3c: w3cExporter,
  qdpx: qdpxExporter,
  qdc: qdcExporter,
} as Record<ExportFormat, Exporter>;
