// electron-builder's configuration, used by `npm run dist` (main/build/dist.ts) after `npm run build`. The app is
// already bundled into dist/ (main, preload, workers and renderer; every runtime library is inlined by esbuild),
// so the archive holds package.json, dist/electron and dist/renderer and nothing else: no node_modules, no
// sources, no source maps. The icons are rendered into dist/icons by the build (main/build/icons.ts) and used by
// the installers only. See README › Packaging.
import type { Configuration } from 'electron-builder';

/**
 * What goes into app.asar: the files the app loads, and only those (tests/packaging checks the archive).
 * electron-builder adds the production dependencies' node_modules whatever `files` lists, unless excluded: the
 * CLI and browser mode run from source and need them installed, the desktop app has them inside its bundles.
 */
export const PACKED_FILES = ['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map', '!node_modules/**/*'];

const config: Configuration = {
  appId: 'org.sourcebook.app',
  productName: 'Sourcebook',
  copyright: 'Copyright © Sourcebook developers',
  // Build resources (installer icons, the file association's icon) are the icons the build renders.
  directories: { output: 'out', buildResources: 'dist/icons' },
  files: PACKED_FILES,
  asar: true,
  // The bundles inline every runtime library: electron-builder must not collect, copy or rebuild node_modules.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  // The packaged package.json is what Electron reads: `main`, and `name` for app.name (hence userData, as in
  // development: see README › Packaging). The dependencies it lists are inside the bundles, not beside them.
  extraMetadata: { main: 'dist/electron/main.cjs' },
  // Electron fuses, flipped in the packaged binary: it cannot be turned into a plain Node (ELECTRON_RUN_AS_NODE,
  // NODE_OPTIONS, --inspect), loads the app only from app.asar and checks that archive's integrity where Electron
  // can (macOS, Windows), and encrypts its cookie store. Nothing in the app needs what is turned off.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    enableCookieEncryption: true,
    grantFileProtocolExtraPrivileges: false,
  },
  fileAssociations: [
    {
      ext: 'sourcebook',
      name: 'Sourcebook notebook bundle',
      description: 'Sourcebook notebook bundle',
      mimeType: 'application/x-sourcebook',
      role: 'Editor',
      icon: 'icon', // icon.ico / icon.icns in the build resources; Linux uses the app icon
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'dist/icons/png',
    synopsis: 'Offline research notebook',
    // The .desktop file's MIME list comes from fileAssociations; StartupWMClass lets the dock match the window.
    desktop: { entry: { StartupWMClass: 'Sourcebook' } },
  },
  deb: { packageCategory: 'text' },
  win: { target: ['nsis'], icon: 'dist/icons/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, deleteAppDataOnUninstall: false },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'dist/icons/icon.icns' },
  dmg: { icon: 'dist/icons/icon.icns' },
  publish: null,
};

export default config;
