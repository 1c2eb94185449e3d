import type { PlacementReport } from '../../../../shared/exchange';
import type { Kind } from '../../../../shared/model';
import type { Notebook } from '../../notebook';
import { ExchangeError } from '../limits';

export async function importAnnotationFile(_nb: Notebook, name: string, _bytes: Uint8Array, _options: { dryRun: boolean; defaultKind: Kind }): Promise<PlacementReport> {
  throw new ExchangeError(`${name}: not supported yet`);
}
