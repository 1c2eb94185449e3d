/** The files of an app bundle folder (see build-app.ts), by role. Apart from build-app.ts so that the bundled
 * entries can name them without pulling esbuild into the bundle. */
export const APP_FILES = { engine: 'engine.cjs', coldOpen: 'cold-open.cjs', runEngine: 'run-engine.cjs' } as const;
