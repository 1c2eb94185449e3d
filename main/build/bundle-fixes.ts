// Bundling a library into one file breaks the files it finds beside its own modules at run time: the bundle's
// __dirname is dist/electron (inside app.asar when packaged), not the library's folder in node_modules. These
// esbuild plugins put such files into the bundle at build time, and fail the build when a library update moves
// the code they rewrite (rather than ship an app that breaks on first use).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';

interface Rewrite {
  /** The library file, by the end of its path. */
  file: RegExp;
  /** What to replace, and with what (given the library file's path). */
  replace(source: string, file: string): Promise<string>;
}

/**
 * jsdom reads its default stylesheet from disk when its CSS module loads (every HTML and EPUB import builds a
 * jsdom window), and resolves its synchronous-XHR worker script when its XHR module loads. The stylesheet is
 * inlined; the worker path becomes a plain path that is never used (sync XHR runs only for page scripts, and
 * the importers run none), so the worker file need not ship.
 */
const JSDOM_REWRITES: Rewrite[] = [
  {
    file: /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]css[\\/]helpers[\\/]computed-style\.js$/,
    async replace(source, file) {
      const call = /fs\.readFileSync\(\s*path\.resolve\(__dirname,\s*"([^"]+\.css)"\),\s*\{\s*encoding:\s*"utf-8"\s*\}\s*\)/;
      const match = call.exec(source);
      if (!match) throw new Error(`jsdom's ${path.basename(file)} no longer reads its stylesheet the way main/build/bundle-fixes.ts expects`);
      const css = await readFile(path.resolve(path.dirname(file), match[1]!), 'utf8');
      return source.replace(call, () => JSON.stringify(css));
    },
  },
  {
    file: /[\\/]jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]xhr[\\/]XMLHttpRequest-impl\.js$/,
    async replace(source, file) {
      const call = 'require.resolve("./xhr-sync-worker.js")';
      if (!source.includes(call)) throw new Error(`jsdom's ${path.basename(file)} no longer resolves its sync worker the way main/build/bundle-fixes.ts expects`);
      return source.replace(call, () => 'require("node:path").join(__dirname, "xhr-sync-worker.js")');
    },
  },
];

/**
 * css-tree (jsdom's CSS parser) loads its JSON data through `createRequire(import.meta.url)`, which esbuild
 * cannot follow and which has no `import.meta.url` in a CommonJS bundle. Without that line its `require` calls
 * are plain ones again, and esbuild bundles the JSON they load.
 */
const CSS_TREE_REWRITES: Rewrite[] = ['data-patch', 'data', 'version'].map((name) => ({
  file: new RegExp(`[\\\\/]css-tree[\\\\/]lib[\\\\/]${name}\\.js$`),
  async replace(source, file) {
    const line = /^const require = createRequire\(import\.meta\.url\);$/m;
    if (!line.test(source)) throw new Error(`css-tree's ${path.basename(file)} no longer loads its data the way main/build/bundle-fixes.ts expects`);
    return source.replace(line, '');
  },
}));

/** The esbuild plugin applying the rewrites above. */
export function bundleFixes(rewrites: Rewrite[] = [...JSDOM_REWRITES, ...CSS_TREE_REWRITES]): Plugin {
  return {
    name: 'sourcebook-bundle-fixes',
    setup(build) {
      for (const rewrite of rewrites) {
        build.onLoad({ filter: rewrite.file }, async ({ path: file }) => ({
          contents: await rewrite.replace(await readFile(file, 'utf8'), file),
          loader: 'js',
          resolveDir: path.dirname(file),
        }));
      }
    },
  };
}
