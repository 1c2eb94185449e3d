import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: one page, built to dist/renderer, loaded by Electron (app://) and by the browser mode's server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    // Nothing inline: the Content-Security-Policy allows only the app's own files.
    assetsInlineLimit: 0,
  },
});
