// Holds a notebook open in a process of its own, as the app or `sourcebook serve` would, until SIGTERM:
//   node --import tsx tests/helpers/hold-notebook.ts NOTEBOOK HOLDER
// Prints "ready" once the notebook is open.
import { createCore } from '../../main/core/index';

const [dir, holder] = process.argv.slice(2) as [string, string];
const core = await createCore({ dir, holder });
process.stdout.write('ready\n');
process.once('SIGTERM', () => void core.close().then(() => process.exit(0)));
setInterval(() => undefined, 1 << 30);
