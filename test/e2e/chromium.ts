/**
 * Whether the browser tests run: they drive Debian's Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium). Without it they are skipped on a developer's machine, but when `CI` is set a
 * missing Chromium is an error, so a CI run cannot pass with its browser tests silently skipped.
 * Pure apart from its defaults (the environment and the file check are injected in tests).
 */
import { existsSync } from 'node:fs';

type Env = Record<string, string | undefined>;

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium the browser tests launch. */
export function chromiumPath(env: Env = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

/** True when `CI` is set to anything but '', '0' or 'false' (the convention of CI services). */
export function isCI(env: Env = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * True when the browser tests can run, false when they should be skipped (no Chromium, not on CI).
 * Throws when CI is set and Chromium is missing: called in `describe.skipIf(!hasChromium())`, the
 * throw fails the test file instead of skipping it.
 */
export function browserTestsRun(env: Env = process.env, exists: (path: string) => boolean = existsSync): boolean {
  const path = chromiumPath(env);
  if (exists(path)) return true;
  if (isCI(env)) throw new Error(`CI is set but Chromium is missing at ${path}: the browser tests cannot run (install it with apt-get install chromium, or set CHROMIUM_PATH)`);
  return false;
}
