/**
 * Builds the sweep harness page (test/e2e/sweepPage) into test-output/sweep-page for
 * sweep.e2e.test.ts: a production build with the simulation worker bundled as in the app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const SWEEP_PAGE_ROOT = fileURLToPath(new URL('./sweepPage/', import.meta.url));
export const SWEEP_PAGE_OUT = fileURLToPath(new URL('../../test-output/sweep-page/', import.meta.url));

export default defineConfig({
  root: SWEEP_PAGE_ROOT,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: { outDir: SWEEP_PAGE_OUT, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
});
