import type { PlacementReport } from '../../../../shared/exchange';
import type { Kind } from '../../../../shared/model';
import type { Notebook } from '../../notebook';
import { ExchangeError } from '../limits';
import { decodeUtf8, parseUntrustedJson } from '../safe-json';
import { applyPlaced } from './apply';
import { placeQdpx } from './qdpx';
import { placeW3c } from './w3c';

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Imports annotations from another tool: a REFI-QDA project (.qdpx, a zip) brings its sources as articles; W3C Web
 * Annotations (JSON or JSON-LD) are placed on articles already here. Either way, what cannot be placed is reported,
 * and everything else is written in one commit (or not at all, for a dry run).
 */
export async function importAnnotationFile(nb: Notebook, name: string, bytes: Uint8Array, options: { dryRun: boolean; defaultKind: Kind }): Promise<PlacementReport> {
  if (isZip(bytes)) return applyPlaced(nb, 'qdpx', await placeQdpx(nb, bytes, options.defaultKind), options.dryRun);
  const text = decodeUtf8(bytes, name).replace(/^\uFEFF/, '');
  if (!/^\s*[[{]/.test(text)) throw new ExchangeError(`${name} is neither W3C annotations (JSON) nor a REFI-QDA project (.qdpx)`);
  return applyPlaced(nb, 'w3c', await placeW3c(nb, parseUntrustedJson(text, name), options.defaultKind), options.dryRun);
}
