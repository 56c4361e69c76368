import { defineConfig } from 'vitest/config';

// Relative base so the built dist/ works from any static host or sub-path.
export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards, not budgets: far above any test's run time on a machine whose cores are busy
    // with other work (a timeout that a slow machine can reach is a wall-clock threshold). Times
    // are measured by `npm run bench`.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
