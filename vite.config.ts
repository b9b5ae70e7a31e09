import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: one build served by Electron's app:// protocol and by the test host alike.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  resolve: {
    // emscripten-wasm-loader's ES build imports nanoid 2 (a CommonJS function) as a namespace,
    // which cannot be called once bundled; its CommonJS build require()s the function.
    alias: [{ find: /^emscripten-wasm-loader$/, replacement: 'emscripten-wasm-loader/dist/cjs/index.js' }],
  },
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
