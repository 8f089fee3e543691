import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The page is built into dist/web, which `sitrep serve` serves. No inline script or style is
// emitted (the server's Content-Security-Policy forbids them) and no asset is inlined.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
