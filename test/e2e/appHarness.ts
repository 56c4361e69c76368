/**
 * Build the app (the same Vite config as `npm run build`) into test-output/app, serve it on
 * 127.0.0.1 and open pages in Debian's Chromium, recording console errors, page errors, CSP
 * violations and long tasks. Used by app.e2e.test.ts and appShoot.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { INTRO_DISMISSED_KEY } from '../../src/ui/app/intro/introMemory';
import { productionBuild } from './productionBuild';

export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const APP_OUT = fileURLToPath(new URL('../../test-output/app/', import.meta.url));

/** What the built app is made of: a build is reused while none of these changes. */
const BUILD_INPUTS = ['src', 'workers', 'public', 'scenarios', 'calibration', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const BUILD_CACHE = `${APP_ROOT}test-output/app-builds/`;

/** A digest of every build input's path and bytes (and the minify switch). */
function buildKey(): string {
  const hash = createHash('sha256');
  hash.update(process.env.DL_NO_MINIFY ? 'no-minify' : 'minify');
  const visit = (path: string) => {
    const full = `${APP_ROOT}${path}`;
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(`${path}/${name}`);
      return;
    }
    hash.update(`\u0000${path}\u0000`);
    hash.update(readFileSync(full));
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex').slice(0, 20);
}

/**
 * Production-build the app into test-output/app (so a developer's dist/ is left alone), or into
 * `outDir` (a test that may run beside app.e2e builds into its own directory). The browser test
 * files each need the app: it is built once per state of the sources (test-output/app-builds/,
 * keyed by a digest of every input) and copied, instead of a build per file.
 */
export async function buildApp(outDir = APP_OUT): Promise<string> {
  const key = buildKey();
  const cached = `${BUILD_CACHE}${key}/`;
  if (!existsSync(cached)) {
    // Built aside and renamed into place, so a build another process is making is never half read.
    const staging = `${BUILD_CACHE}${key}.staging-${process.pid}/`;
    await productionBuild({
      root: APP_ROOT,
      configFile: `${APP_ROOT}vite.config.ts`,
      build: { outDir: staging, emptyOutDir: true, sourcemap: false, reportCompressedSize: false, minify: process.env.DL_NO_MINIFY ? false : undefined },
    });
    if (existsSync(cached)) rmSync(staging, { recursive: true, force: true });
    else renameSync(staging, cached);
    // Builds of earlier sources are not needed again (the cache holds one state of the sources).
    for (const name of readdirSync(BUILD_CACHE)) if (name !== key && !name.includes('.staging-')) rmSync(`${BUILD_CACHE}${name}`, { recursive: true, force: true });
  }
  rmSync(outDir, { recursive: true, force: true });
  cpSync(cached, outDir, { recursive: true });
  return outDir;
}

export interface PageProblems {
  /** Console errors, page errors and CSP violations. */
  errors: string[];
}

declare global {
  interface Window {
    __problems: string[];
    __longTasks: { start: number; duration: number }[];
  }
}

/**
 * A page with problem recording and a long-task observer installed before any script runs. The
 * first-visit introduction is pre-dismissed (its localStorage flag set before every load) so
 * tests see the default page; `intro: true` leaves it to greet the page like a first visit.
 */
export async function openPage(browser: Browser, url: string, options: { width?: number; height?: number; intro?: boolean } = {}): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, acceptDownloads: true });
  const problems: PageProblems = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__problems = [];
    window.__longTasks = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__problems.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`));
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long-task API: the test then sees none
    }
  });
  if (!options.intro)
    await page.addInitScript((key) => {
      try {
        localStorage.setItem(key, '1');
      } catch {
        // about:blank has no storage; the app's own origin does
      }
    }, INTRO_DISMISSED_KEY);
  // Playwright's 30 s default is a wall-clock threshold a busy machine can reach: a hang guard instead.
  page.setDefaultTimeout(300_000);
  await page.goto(url);
  return { page, problems };
}

/** Wait until the app has finished simulating (phase done) and return the state summary. */
export async function waitForDone(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    () =>
      window.__dlApp?.sim.phase === 'done' &&
      // no run waiting for the edits to settle (its result would replace this one)
      !window.__dlApp.runs.pending &&
      window.__dlApp.sim.networkStats !== null &&
      // every chart shows the final result (they catch up one per task)
      window.__dlApp.shadowRoot?.querySelector('dl-results')?.hasAttribute('data-settled') === true,
    undefined,
    { timeout },
  );
}
