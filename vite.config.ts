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
    // expect.poll's own default gives up after 1 s: a wall-clock threshold that a busy machine
    // reaches (an upload parsed in a worker took longer at load 30). A hang guard instead.
    expect: { poll: { timeout: 120_000 } },
  },
});
