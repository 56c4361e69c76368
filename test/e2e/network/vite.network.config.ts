/**
 * Builds the network harness (this folder) into test-output/network for the e2e test. A
 * production build, not the dev server, so the page runs under the app's CSP and bundling —
 * including the layout worker as its own module chunk.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const NETWORK_ROOT = fileURLToPath(new URL('./', import.meta.url));
export const NETWORK_OUT = fileURLToPath(new URL('../../../test-output/network/', import.meta.url));

export default defineConfig({
  root: NETWORK_ROOT,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { outDir: NETWORK_OUT, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
});
