/**
 * Builds the component page (test/e2e/components/page) into test-output/components for
 * elements.e2e.test.ts: a production build under the app's CSP, like the gallery.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const COMPONENTS_ROOT = fileURLToPath(new URL('./page/', import.meta.url));
export const COMPONENTS_OUT = fileURLToPath(new URL('../../../test-output/components/', import.meta.url));

export default defineConfig({
  root: COMPONENTS_ROOT,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { outDir: COMPONENTS_OUT, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false, chunkSizeWarningLimit: 4000 },
});
