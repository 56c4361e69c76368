/**
 * Issue 14: browser tests fail, not skip, when `CI` is set and Chromium is missing — checked on the
 * suite itself, not on its helper: one browser test file is run by vitest in a child process with
 * CHROMIUM_PATH pointing nowhere, once with CI set (the run must fail, naming the missing path)
 * and once without (the file is skipped and the run passes). (This replaces unit tests of the
 * helper test/e2e/chromium.ts, which checked the test harness's own function.)
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A browser test file that imports little (the child's start-up is most of this test's time). */
const BROWSER_FILE = 'test/e2e/charts.e2e.test.ts';
const NOWHERE = '/nonexistent/chromium-for-this-test';

function vitestOnBrowserFile(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const { CI: _ci, ...inherited } = process.env;
  const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', BROWSER_FILE], { cwd: ROOT, env: { ...inherited, CHROMIUM_PATH: NOWHERE, ...env } });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('browser test files without Chromium', () => {
  let onCI: { code: number | null; output: string };
  let offCI: { code: number | null; output: string };
  beforeAll(async () => {
    [onCI, offCI] = await Promise.all([vitestOnBrowserFile({ CI: 'true' }), vitestOnBrowserFile({})]);
  });

  it('fail the run when CI is set, naming the missing Chromium', () => {
    expect(onCI.code).not.toBe(0);
    expect(onCI.output).toContain(`CI is set but Chromium is missing at ${NOWHERE}`);
  });

  it('are skipped, and the run passes, when CI is not set', () => {
    expect(offCI.code, offCI.output).toBe(0);
    expect(offCI.output).toMatch(/skipped/);
  });
});
