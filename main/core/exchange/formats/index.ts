import type { ExportFormat } from '../../../../shared/exchange';
import { bundleExporter } from './bundle';
import { cslExporter } from './csl';
import { csvExporter } from './csv';
import { markdownExporter } from './markdown';
import { qdcExporter, qdpxExporter } from './refi/project';
import type { Exporter } from './types';
import { w3cExporter } from './w3c/export';

/** Every export format; adding one is writing its plug-in and naming it here (the compiler checks none is missing). */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  bundle: bundleExporter,
  w3c: w3cExporter,
  qdpx: qdpxExporter,
  qdc: qdcExporter,
  markdown: markdownExporter,
  csv: csvExporter,
  csl: cslExporter,
};
