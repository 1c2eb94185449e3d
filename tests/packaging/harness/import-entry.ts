// Bundled by tests/packaging/bundled-import.test.ts with the Electron bundles' own esbuild options, then run in a
// plain Node process: the core's importers as they run inside dist/electron/main.cjs, libraries and all.
// Usage: node import.cjs NOTEBOOK_DIR FILE... → prints the import results as JSON.
import { importPaths } from '../../../main/core/import/import-service';
import { Notebook } from '../../../main/core/notebook';

async function run(dir: string, files: string[]): Promise<void> {
  const nb = await Notebook.open({ dir });
  try {
    process.stdout.write(JSON.stringify(await importPaths(nb, files)));
  } finally {
    await nb.close();
  }
}

const [dir, ...files] = process.argv.slice(2);
run(dir!, files).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
