import path from 'node:path';
import { z } from 'zod';
import { JsonStore } from './json-store';

/** What the app remembers between runs, besides the window bounds. Unknown keys are dropped on read. */
export const settingsSchema = z.object({
  /** The notebook folder open when the app last ran. */
  lastNotebook: z.string().min(1).max(4096).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsStore = (userData: string): JsonStore<Settings> => new JsonStore(path.join(userData, 'settings.json'), settingsSchema);
