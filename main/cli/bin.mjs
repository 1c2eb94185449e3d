#!/usr/bin/env node
// Entry point of `sourcebook` / `npm run cli`: runs the TypeScript CLI through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { runNodeCli } = await import('./node-entry.ts');
process.exitCode = await runNodeCli(process.argv.slice(2));
