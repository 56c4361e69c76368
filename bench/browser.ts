/**
 * Browser budgets, measured in Debian's Chromium (test/e2e/chromium.ts; never a downloaded
 * browser) and printed — the e2e tests used to assert them and now assert only what happens, in
 * which order. Wall-clock figures on a shared machine: read them as upper bounds.
 *
 *   npm run bench -- browser
 *
 * 1. The built app: a stale 4,000-run simulation cancelled by an edit — milliseconds from the
 *    cancel request until the stale run had stopped (`controller.lastCancelMs`), median of 3.
 * 2. The built app: main-thread long tasks (> 50 ms) while re-running the first-visit preset
 *    with 300 runs per strategy (count and the longest), and that run's wall time.
 * 3. The network view harness: 90 frames of playback at 8× on 5k, 20k and 200k-node worlds —
 *    requestAnimationFrame interval and paint time (median / 95th percentile) and long tasks;
 *    on 20k, the repaint after a scrub (both panels, summed over the frames it took).
 * 4. The sweep harness page: a 30-point sweep cancelled at its first progress report — ms from
 *    the abort to the rejection.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { encodeHash } from '../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from '../test/e2e/appHarness';
import { hasChromium, launchChromium, serveDir } from '../test/e2e/galleryHarness';
import type { PlaybackMeasure } from '../test/e2e/network/harness';
import { buildNetworkHarness } from '../test/e2e/network/networkHarness';
import { productionBuild } from '../test/e2e/productionBuild';
import { SWEEP_PAGE_OUT } from '../test/e2e/vite.sweep.config';

export interface BrowserBenchRow {
  name: string;
  value: number;
  unit: string;
}

/** Its own output directory: an e2e run building test-output/app at the same time is left alone. */
const BENCH_APP_OUT = fileURLToPath(new URL('../test-output/bench-app/', import.meta.url));
const LONG_TASK_MS = 50;
const REPEATS = 3;

const CANCEL_SCENARIO = {
  version: 1,
  name: 'bench: stale run to cancel',
  seed: 'bench',
  runs: 4000,
  steps: 40,
  network: { kind: 'communities', nodes: 2000, communities: 20, meanDegree: 8, mixing: 0.2, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'independent-cascade', probability: 0.08 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 10 } },
    { name: 'most followed', seeding: { method: 'degree', count: 10 } },
  ],
};

const SWEEP_INPUT = {
  version: 1,
  name: 'bench: browser sweep to cancel',
  seed: 'bench',
  runs: 400,
  steps: 24,
  network: { kind: 'communities', nodes: 600, communities: 8, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } },
  model: { kind: 'dividend' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 5 } },
    { name: 'kol', seeding: { method: 'core-fans', count: 3 }, kols: { hire: 1 } },
  ],
};
const SWEEP_CANCEL_PARAMS = [{ path: 'strategies[*].content.quality', from: 0.2, to: 0.4, steps: 30 }];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const quantile = (values: number[], p: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

async function appCancelMs(browser: Browser, url: string): Promise<number> {
  const hash = await encodeHash(`${JSON.stringify(CANCEL_SCENARIO, null, 2)}\n`, []);
  const values: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const { page } = await openPage(browser, `${url}index.html${hash}`);
    await page.waitForFunction(() => window.__dlApp?.sim.phase === 'running' && window.__dlApp.sim.runsDone > 0);
    values.push(
      await page.evaluate(async () => {
        const app = window.__dlApp!;
        app.setDraft({ ...app.draft, runs: 20 }, app.colors);
        while (!(app.sim.phase === 'done' && app.sim.runsTotal === 20)) await new Promise((r) => setTimeout(r, 10));
        return app.controller.lastCancelMs ?? NaN;
      }),
    );
    await page.close();
  }
  return median(values);
}

async function appLongTasks(browser: Browser, url: string): Promise<{ count: number; longest: number; seconds: number }> {
  const { page } = await openPage(browser, `${url}index.html`);
  await waitForDone(page);
  const seen = await page.evaluate(async () => {
    const app = window.__dlApp!;
    const before = window.__longTasks.length;
    const started = performance.now();
    app.setDraft({ ...app.draft, runs: 300 }, app.colors);
    while (!(app.sim.phase === 'done' && app.sim.runsTotal === 300)) await new Promise((r) => setTimeout(r, 20));
    const ended = performance.now();
    await new Promise((r) => setTimeout(r, 120)); // let the observer deliver
    const during = window.__longTasks.slice(before).filter((t) => t.start >= started && t.start <= ended);
    return { durations: during.map((t) => t.duration), ms: ended - started };
  });
  await page.close();
  const long = seen.durations.filter((d) => d > LONG_TASK_MS);
  return { count: long.length, longest: Math.max(0, ...seen.durations), seconds: seen.ms / 1000 };
}

async function networkPlayback(browser: Browser, url: string, nodes: number): Promise<{ playback: PlaybackMeasure; page: Page }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}index.html?nodes=${nodes}&strategies=2`);
  await page.evaluate(() => window.__net.ready);
  const playback = await page.evaluate(() => window.__net.measurePlayback(90, 8));
  return { playback, page };
}

async function scrubRepaintMs(page: Page): Promise<number> {
  const totals = await page.evaluate(async () => {
    const v = window.__net.view;
    const sums: number[] = [];
    for (const s of [9, 1, 7, 0, 5, 2]) {
      const before = v.paintTimes();
      v.seek(s);
      for (let f = 0; f < 2; f++) await new Promise((r) => requestAnimationFrame(() => r(null)));
      // The paint log keeps a bounded window: the paints made are those past the old last entry.
      const after = v.paintTimes();
      const made = after.slice(after.lastIndexOf(before.at(-1)!) + 1);
      sums.push(made.reduce((a, b) => a + b, 0));
    }
    return sums;
  });
  return Math.max(...totals);
}

async function sweepCancelMs(browser: Browser): Promise<number> {
  await productionBuild({ configFile: fileURLToPath(new URL('../test/e2e/vite.sweep.config.ts', import.meta.url)) });
  const server = await serveDir(SWEEP_PAGE_OUT);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const values: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const outcome = await page.evaluate(
        ([input, params]) => (window as unknown as { __sweep: { cancelledSweep(i: unknown, p: unknown): Promise<{ error: string; cancelMs: number }> } }).__sweep.cancelledSweep(input, params),
        [SWEEP_INPUT, SWEEP_CANCEL_PARAMS] as const,
      );
      if (outcome.error !== 'AbortError') throw new Error(`the sweep was not cancelled: ${outcome.error}`);
      values.push(outcome.cancelMs);
    }
    await page.close();
    return median(values);
  } finally {
    await server.close();
  }
}

export async function benchBrowser(): Promise<BrowserBenchRow[]> {
  if (!hasChromium()) {
    console.log('(no Chromium at /usr/bin/chromium or CHROMIUM_PATH: browser figures skipped)');
    return [];
  }
  const rows: BrowserBenchRow[] = [];
  const browser = await launchChromium();
  try {
    const app = await serveDir(await buildApp(BENCH_APP_OUT));
    try {
      rows.push({ name: 'app: edit during a 4,000-run simulation → stale run stopped (median of 3)', value: await appCancelMs(browser, app.url), unit: 'ms' });
      const rerun = await appLongTasks(browser, app.url);
      rows.push({ name: 'app: first-visit preset at 300 runs per strategy, wall time', value: rerun.seconds, unit: 's' });
      rows.push({ name: `app: main-thread tasks over ${LONG_TASK_MS} ms during that run`, value: rerun.count, unit: 'tasks' });
      rows.push({ name: 'app: longest main-thread task during that run', value: rerun.longest, unit: 'ms' });
    } finally {
      await app.close();
    }
    const net = await serveDir(await buildNetworkHarness());
    try {
      for (const nodes of [5_000, 20_000, 200_000]) {
        const { playback, page } = await networkPlayback(browser, net.url, nodes);
        const label = `network view ${nodes.toLocaleString('en')} people, 2 panels, playing 8×`;
        rows.push({ name: `${label}: frame interval median`, value: median(playback.intervals), unit: 'ms' });
        rows.push({ name: `${label}: frame interval p95`, value: quantile(playback.intervals, 0.95), unit: 'ms' });
        rows.push({ name: `${label}: paint p95`, value: quantile(playback.paints, 0.95), unit: 'ms' });
        rows.push({ name: `${label}: long tasks`, value: playback.longTasks.length, unit: 'tasks' });
        if (nodes === 20_000) rows.push({ name: 'network view 20,000 people: repaint after a scrub (worst of 6)', value: await scrubRepaintMs(page), unit: 'ms' });
        await page.close();
      }
    } finally {
      await net.close();
    }
    rows.push({ name: 'sweep page: abort at the first progress → rejection (median of 3)', value: await sweepCancelMs(browser), unit: 'ms' });
  } finally {
    await browser.close();
  }
  return rows;
}
