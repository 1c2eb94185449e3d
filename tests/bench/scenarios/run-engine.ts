// Child process: runs every scenario against one engine and writes its EngineRun as JSON to --out.
import { isEngineName, loadEngine } from '../engines/index';
import { runEngineProcess } from './engine-process';

await runEngineProcess((name) => {
  if (!isEngineName(name)) throw new Error(`unknown engine ${name}`);
  return { name, factory: loadEngine(name) };
});
