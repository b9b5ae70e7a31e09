import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one build served by Electron's app:// protocol and by the test host alike.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    // The CSP forbids inline script; keep every module a file.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
