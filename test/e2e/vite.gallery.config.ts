/**
 * Builds the chart gallery (test/e2e/gallery) into test-output/gallery for the e2e test and the
 * screenshot script. A production build, not the dev server, so the page runs under the same
 * CSP and bundling as the real app.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export const GALLERY_ROOT = fileURLToPath(new URL('./gallery/', import.meta.url));
export const GALLERY_OUT = fileURLToPath(new URL('../../test-output/gallery/', import.meta.url));

export default defineConfig({
  root: GALLERY_ROOT,
  base: './',
  logLevel: 'warn',
  build: { outDir: GALLERY_OUT, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
});
