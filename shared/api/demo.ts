// The demo notebook a first start opens with.
import { NO_PARAMS, returns } from './define';

type DemoCount = { articles: number; highlights: number };
export const demoApi = {
  'demo.status': returns<DemoCount>()(NO_PARAMS, 'How many of the demo articles (and their highlights) are in the notebook.'),
  'demo.remove': returns<DemoCount>()(NO_PARAMS, "Deletes the demo articles and their highlights, leaving the user's own work alone."),
};
