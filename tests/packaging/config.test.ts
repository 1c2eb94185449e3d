// electron.config.ts on its own: what it says, and that electron-builder's own schema accepts it. That the files
// it names exist and that packing it gives the expected archive is pack.test.ts.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config, { PACKED_FILES } from '../../electron.config';
import pkg from '../../package.json';

const require = createRequire(import.meta.url);

/** electron-builder validates a configuration with app-builder-lib's validateConfiguration (its engine; not exported by electron-builder itself). */
async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

describe('electron.config.ts', () => {
  it('names the app and packs only the built files, in an asar, without node_modules or source maps', () => {
    expect(config).toMatchObject({ appId: 'org.sourcebook.app', productName: 'Sourcebook', directories: { output: 'out' }, asar: true, npmRebuild: false });
    expect(config.files).toEqual(PACKED_FILES);
    expect(PACKED_FILES).toEqual(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map', '!node_modules/**/*']);
    expect(config.extraMetadata).toEqual({ main: pkg.main });
  });

  it('builds AppImage and deb, NSIS, and dmg, each with the icons the build renders', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], icon: 'dist/icons/png' });
    expect(config.win).toMatchObject({ target: ['nsis'], icon: 'dist/icons/icon.ico' });
    expect(config.mac).toMatchObject({ target: ['dmg'], icon: 'dist/icons/icon.icns' });
    expect(config.directories?.buildResources).toBe('dist/icons');
  });

  it('has a maintainer with an email for the deb package (the author in package.json)', () => {
    expect(pkg.author).toMatch(/^[^<>]+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
  });

  it('associates .sourcebook bundles with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'sourcebook', name: 'Sourcebook notebook bundle', mimeType: 'application/x-sourcebook' })]);
  });

  it('hardens the packaged binary with Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('passes electron-builder’s own schema validation, which does reject a bad configuration', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, bogus: true })).rejects.toThrow(/unknown property 'bogus'/);
    // An option older electron-builders had: the schema is what decides, not our types.
    await expect(validate({ ...config, includeSubNodeModules: false })).rejects.toThrow(/unknown property 'includeSubNodeModules'/);
  });
});
