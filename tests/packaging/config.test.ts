import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import config from '../../electron.config';

describe('electron.config.ts', () => {
  it('names the app and packages only the built files', () => {
    expect(config).toMatchObject({ appId: 'org.sourcebook.app', productName: 'Sourcebook', directories: { output: 'out' }, asar: true });
    expect(config.files).toEqual(['dist/**/*', 'package.json', '!**/*.map']);
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('associates .sourcebook bundles with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'sourcebook', name: 'Sourcebook notebook bundle' })]);
  });

  it('passes electron-builder’s own schema validation', async () => {
    // electron-builder does not export its validator; app-builder-lib (its engine) does, by file path.
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, bogus: true }, new DebugLogger(false))).rejects.toThrow(/unknown property 'bogus'/);
  });
});
