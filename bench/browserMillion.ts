/**
 * Issue 15's "browser at a million": the first-visit comparison (3 strategies, 100 runs of a
 * week) on a world of 1,000,000 people, simulated in the built app in Chromium and by the CLI
 * with the page's worker count, one after the other on the same machine.
 *
 *   npm run bench -- million
 *
 * Page figures, from the click that starts the run (the page asks first: the estimate is long):
 * seconds to the first partial result on screen, to the finished result, the longest main-thread
 * task and the longest animation frame (Long Animation Frames API: what a user sees as a freeze),
 * and the CPU-seconds of every Chromium thread. CLI: the
 * whole process, `node bin/lab.mjs run FILE --workers W` (`MILLION_CLI=0` skips it;
 * `MILLION_PEOPLE=n` scales the world). Both at the page's worker count for this run (a long run
 * leaves a core to the page), then, when that is more than one, both with one worker
 * (`MILLION_ONE=0` skips that).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { APP_ROOT, buildApp, openPage } from '../test/e2e/appHarness';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, serveDir } from '../test/e2e/galleryHarness';
import { encodeHash } from '../src/ui/app/urlState';
import { childrenCpuSeconds, cpuDelta, cpuSnapshot } from './chromiumCpu';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const OUT = `${APP_ROOT}test-output/bench-million/`;
const PEOPLE = Number(process.env.MILLION_PEOPLE ?? 1_000_000);

/** The first-visit lesson scaled to PEOPLE people (communities of 250, as in the lesson). */
export function millionScenario(): Record<string, unknown> {
  const lesson = JSON.parse(readFileSync(`${APP_ROOT}scenarios/lesson-kol-vs-seed-users.json`, 'utf8')) as Record<string, unknown> & {
    network: Record<string, unknown>;
  };
  delete lesson.description;
  return {
    ...lesson,
    name: `bench: ${PEOPLE.toLocaleString('en')} people, 3 strategies, 100 runs`,
    network: { ...lesson.network, nodes: PEOPLE, communities: Math.round(PEOPLE / 250) },
  };
}

export async function benchBrowserMillion(): Promise<Row[]> {
  if (!hasChromium()) {
    console.log('  (no Chromium at /usr/bin/chromium: skipped)');
    return [];
  }
  const scenario = millionScenario();
  mkdirSync(OUT, { recursive: true });
  const file = `${OUT}million.json`;
  writeFileSync(file, `${JSON.stringify(scenario, null, 2)}\n`);
  const server = await serveDir(await buildApp(`${OUT}app/`));
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    // The page as it runs this scenario (a long run leaves a core to the page: one worker fewer than
    // cores), then, where that is more than one worker, both with one worker.
    const poolSize = await pageRun(browser, server.url, scenario, null, rows);
    if (process.env.MILLION_CLI !== '0') cliRun(file, poolSize, rows);
    if (poolSize > 1 && process.env.MILLION_ONE !== '0') {
      await pageRun(browser, server.url, scenario, 1, rows);
      if (process.env.MILLION_CLI !== '0') cliRun(file, 1, rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/**
 * One run of `scenario` in a fresh page, from the click that approves it; `workers` overrides the
 * page's core count (navigator.hardwareConcurrency, which sizes its pool). Returns the pool size.
 */
async function pageRun(browser: Browser, url: string, scenario: Record<string, unknown>, workers: number | null, rows: Row[]): Promise<number> {
  const hash = await encodeHash(`${JSON.stringify(scenario, null, 2)}\n`, []);
  const { page } = await openPage(browser, `${url}index.html?theme=light&locale=en${hash}`);
  try {
    if (workers !== null) {
      await page.addInitScript(`Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${workers} })`);
      await page.reload();
    }
    const ask = page.locator('dl-app #long-run button');
    await ask.first().waitFor({ timeout: 120_000 });
    // A string, not a function: the bench runs through tsx, whose name-keeping wrapper does not exist in the page.
    // Freezes are read from the Long Animation Frames API (a frame whose work, from the first task
    // that held it up to its paint, took over 50 ms), not from a requestAnimationFrame loop: such a
    // loop makes the page render 60 times a second and so adds the very main-thread work measured.
    await page.evaluate(`(() => {
      window.__frames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
      }).observe({ type: 'long-animation-frame', buffered: false });
    })()`);
    const since = await page.evaluate(() => performance.now());
    const cpuBefore = cpuSnapshot();
    await ask.first().click();
    const name = scenario.name as string;
    await page.waitForFunction(
      (name) => {
        const sim = window.__dlApp!.sim;
        return sim.phase === 'running' && sim.resultFor?.name === name && (sim.result?.strategies[0]?.runs.length ?? 0) > 0;
      },
      name,
      { timeout: 900_000, polling: 50 },
    );
    const first = (await page.evaluate(() => performance.now())) - since;
    await page.waitForFunction((name) => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.scenario?.name === name, name, {
      timeout: 1_800_000,
      polling: 50,
    });
    const done = (await page.evaluate(() => performance.now())) - since;
    const cpu = cpuDelta(cpuBefore, cpuSnapshot());
    const measured = await page.evaluate((since) => {
      const frames = (window as unknown as { __frames: { start: number; duration: number; blocking: number }[] }).__frames.filter((f) => f.start >= since);
      const tasks = window.__longTasks.filter((x) => x.start >= since);
      return {
        longest: Math.max(0, ...tasks.map((x) => x.duration)),
        over100: tasks.filter((x) => x.duration > 100).length,
        frame: Math.max(0, ...frames.map((f) => f.duration)),
        framesOver100: frames.filter((f) => f.duration > 100).length,
        // The part of a frame's tasks beyond 50 ms each: how long input could have waited.
        blocking: Math.max(0, ...frames.map((f) => f.blocking)),
        workers: window.__dlApp!.sim.result?.meta?.workers ?? 2,
      };
    }, since);
    const size = Number(measured.workers) || 2;
    const at = `page, ${size} worker${size === 1 ? '' : 's'}`;
    rows.push({ name: `${at}: first partial result`, value: first / 1000, unit: 's' });
    rows.push({ name: `${at}: finished`, value: done / 1000, unit: 's' });
    rows.push({ name: `${at}: longest main-thread task`, value: measured.longest, unit: 'ms' });
    rows.push({ name: `${at}: main-thread tasks over 100 ms`, value: measured.over100, unit: '' });
    rows.push({ name: `${at}: longest animation frame`, value: measured.frame, unit: 'ms' });
    rows.push({ name: `${at}: animation frames over 100 ms`, value: measured.framesOver100, unit: '' });
    rows.push({ name: `${at}: longest blocking time of a frame`, value: measured.blocking, unit: 'ms' });
    // Where the page's CPU went, thread by thread (load-independent, unlike the times above).
    rows.push({ name: `${at}: CPU, all Chromium threads`, value: cpu.reduce((s, r) => s + r.seconds, 0), unit: 's' });
    for (const r of cpu.slice(0, 8)) rows.push({ name: `${at}: CPU, ${r.name}`, value: r.seconds, unit: 's' });
    return size;
  } finally {
    await page.close();
  }
}

/** The CLI on the same scenario file with `workers` worker threads: the whole process. */
function cliRun(file: string, workers: number, rows: Row[]): void {
  const started = performance.now();
  const cpuBefore = childrenCpuSeconds();
  execFileSync('node', [`${APP_ROOT}bin/lab.mjs`, 'run', file, '--workers', String(workers), '--out', `${OUT}cli.json`], { stdio: 'ignore' });
  rows.push({ name: `CLI, --workers ${workers}: whole process`, value: (performance.now() - started) / 1000, unit: 's' });
  rows.push({ name: `CLI, --workers ${workers}: CPU, whole process`, value: childrenCpuSeconds() - cpuBefore, unit: 's' });
}
