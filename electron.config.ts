// Packaging: `npx electron-builder --config electron.config.ts` after `npm run build`. The app is already bundled
// into dist/ (main, preload, renderer), so only dist/ and package.json go into the archive.
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'org.sourcebook.app',
  productName: 'Sourcebook',
  directories: { output: 'out' },
  files: ['dist/**/*', 'package.json', '!**/*.map'],
  asar: true,
  fileAssociations: [
    {
      ext: 'sourcebook',
      name: 'Sourcebook notebook bundle',
      description: 'Sourcebook notebook bundle',
      mimeType: 'application/x-sourcebook',
      role: 'Editor',
    },
  ],
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  win: { target: ['nsis'] },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
};

export default config;
