import type { demoApi } from '../../../../shared/api/demo';
import { demoStatus, removeDemo } from '../../demo/demo-status';
import type { Notebook } from '../../notebook';
import type { HandlersOf } from '../types';

export const demoHandlers = (nb: Notebook): HandlersOf<typeof demoApi> => ({
  'demo.status': () => demoStatus(nb, nb.demoDir),
  'demo.remove': () => removeDemo(nb, nb.demoDir),
});
