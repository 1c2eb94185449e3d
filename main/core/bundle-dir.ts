/** Set by the bundler (esbuild `define`) to the folder of the bundle at run time; absent when running from source. */
declare const __SOURCEBOOK_BUNDLE_DIR__: string | undefined;

/** The folder of the running bundle (the built app), or null when running from the source tree. */
export const bundleDir = (): string | null => (typeof __SOURCEBOOK_BUNDLE_DIR__ === 'string' ? __SOURCEBOOK_BUNDLE_DIR__ : null);
