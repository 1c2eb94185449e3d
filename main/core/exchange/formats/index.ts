import type { ExportFormat } from '../../../../shared/exchange';
import { bundleExporter } from './bundle';
import type { Exporter } from './types';

/** Every export format; adding one is adding its plug-in here. */
export const EXPORTERS: Record<ExportFormat, Exporter> = {
  bundle: bundleExporter,
} as Record<ExportFormat, Exporter>;
