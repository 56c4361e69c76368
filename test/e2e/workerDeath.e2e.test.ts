/**
 * Workers that end without an error event, in the built app in Chromium: a simulation worker and
 * the aggregation worker call `self.close()` (run inside them by Playwright, as a worker's own
 * code would) at 5 %, 50 % and 90 % of a run. The page notices (the worker's lifetime lock is
 * released), replaces the worker, re-runs its jobs, says so once, and shows exactly the numbers
 * of an undisturbed run; the next run does not wait on the dead worker.
 * Skipped when /usr/bin/chromium is missing.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';
import { liveObjectCounter } from './liveObjects';
import type { DlNetworkView } from '../../src/ui/network/dlNetworkView';

const OUT = fileURLToPath(new URL('../../test-output/app-worker-death/', import.meta.url));

/**
 * 64 jobs, so 5 % and 90 % fall well inside the run: about 4.5 s on a quiet 2-core machine, the
 * last 10 % about 0.45 s (at 60 steps and 95 %, once the page's runs got faster, the rest of the
 * run was ~0.15 s, and on a busy machine the round trips that close the worker could miss it).
 */
/** Closing this close to the end, the worker may already have finished its last job. */
const NEAR_END = 0.9;

const SCENARIO = {
  version: 1,
  name: 'worker death',
  seed: 'death',
  runs: 10000,
  steps: 150,
  network: { kind: 'erdos-renyi', nodes: 4000, meanDegree: 8 },
  model: { kind: 'independent-cascade', probability: 0.15 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 5 } },
    { name: 'hubs', seeding: { method: 'degree', count: 5 } },
  ],
};

describe.skipIf(!hasChromium())('workers that close themselves, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let problems: PageProblems;
  let reference = '';

  beforeAll(async () => {
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}index.html${await encodeHash(`${JSON.stringify(SCENARIO, null, 2)}\n`, [])}`));
    await waitForDone(page);
    reference = await page.evaluate(() => JSON.stringify((window.__dlApp!.sim.result as unknown as { strategies: unknown }).strategies));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const workersNamed = (kind: string): Worker[] => page.workers().filter((w) => w.url().includes(kind));

  /** Start the same scenario again; when `fraction` of its runs are in, `self.close()` in one worker of `kind`. */
  async function runAndClose(kind: 'simulation' | 'aggregate', fraction: number) {
    await page.evaluate(() => {
      // The runs done as the pool reports them, before the page's ten-a-second progress
      // (coalescer.ts): near the end of a quick run the shown count can jump to the total.
      const w = window as unknown as { __runsIn: number; __poolWrapped?: boolean };
      w.__runsIn = 0;
      const pool = window.__dlApp!.controller.pool;
      if (!w.__poolWrapped) {
        w.__poolWrapped = true;
        const run = pool.run.bind(pool);
        pool.run = (scenario, options) =>
          run(scenario, {
            ...options,
            onProgress: (done, total) => {
              w.__runsIn = done / total;
              options?.onProgress?.(done, total);
            },
          });
      }
      window.__dlApp!.noticeList.clear();
      void window.__dlApp!.controller.start(window.__dlApp!.sim.scenario!);
    });
    await page.waitForFunction((f) => window.__dlApp!.sim.phase === 'running' && (window as unknown as { __runsIn: number }).__runsIn >= f, fraction, { polling: 5 });
    const victims = workersNamed(kind);
    expect(victims.length).toBeGreaterThan(0);
    // The evaluation never answers: the worker is gone before it can.
    void victims[0].evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);
    const closedAt = await page.evaluate(() => (window as unknown as { __runsIn: number }).__runsIn);
    await page.waitForFunction(() => window.__dlApp!.sim.phase !== 'running', undefined, { timeout: 300_000 });
    return page.evaluate((closedAt) => {
      const app = window.__dlApp!;
      return {
        closedAt,
        phase: app.sim.phase,
        strategies: JSON.stringify((app.sim.result as unknown as { strategies: unknown }).strategies),
        replacedNotices: app.notices.filter((n) => /replaced/.test(n.text)).length,
      };
    }, closedAt);
  }

  for (const kind of ['simulation', 'aggregate'] as const)
    for (const fraction of [0.05, 0.5, NEAR_END])
      it(`a${kind === 'aggregate' ? 'n aggregation' : ' simulation'} worker closing itself at ${fraction * 100} %: same numbers, told once, next run fine`, async () => {
        const outcome = await runAndClose(kind, fraction);
        expect(outcome.phase).toBe("done");
        expect(outcome.strategies).toBe(reference);
        expect(outcome.closedAt).toBeLessThan(1); // closed while the run was still going
        // Told exactly once when work was lost; near the end the worker may close after its last
        // job (nothing to redo: it is replaced quietly before the next run).
        if (fraction < NEAR_END) expect(outcome.replacedNotices).toBe(1);
        else expect(outcome.replacedNotices).toBeLessThanOrEqual(1);
        // The next run does not wait on the dead worker.
        await page.evaluate(() => void window.__dlApp!.controller.start(window.__dlApp!.sim.scenario!));
        await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done', undefined, { timeout: 300_000 });
        expect(await page.evaluate(() => JSON.stringify((window.__dlApp!.sim.result as unknown as { strategies: unknown }).strategies))).toBe(reference);
        expect(problems.errors).toEqual([]);
      });

  it('keeps no promise of a finished run alive: the count after garbage collection stays flat over 30 runs', async () => {
    const count = await liveObjectCounter(page);
    const livePromises = async () => (await count()).promises;
    const small = async (n: number) => {
      for (let i = 0; i < n; i++) await page.evaluate(() => window.__dlApp!.controller.start({ ...window.__dlApp!.sim.scenario!, runs: 40 }));
    };
    await small(5);
    const before = await livePromises();
    await small(30);
    const after = await livePromises();
    // Before the fix each run left ~108 promises behind (racing calls against never-settling ones).
    expect(after - before).toBeLessThan(10);
  });

  it('a layout worker closing itself is replaced: the next network view still draws, without an error', async () => {
    const { page: view, problems: viewProblems } = await openPage(browser, `${server.url}index.html`);
    await waitForDone(view);
    const drawn = () =>
      view.waitForFunction(
        () => {
          const v = window.__dlApp?.shadowRoot?.querySelector('dl-results')?.shadowRoot?.querySelector('dl-network-view') as DlNetworkView | null;
          return !!v && v.end > 0 && !!v.shadowRoot!.querySelector('canvas.panel');
        },
        undefined,
        { timeout: 300_000 },
      );
    await drawn();
    const layout = view.workers().filter((w) => w.url().includes('layout'));
    expect(layout).toHaveLength(1);
    void layout[0].evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);
    // A new world (another random seed): a new layout is needed, from a new worker.
    await view.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, seed: 'after the layout worker closed' }, app.colors);
    });
    await waitForDone(view);
    // The view's `ready` settles only once the new layout has arrived (a wait on the dead worker never would).
    await view.evaluate(() => (window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView).ready);
    await drawn();
    await expect.poll(() => view.workers().filter((w) => w.url().includes('layout')).length).toBe(1);
    const status = await view.evaluate(() => (window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView).status.kind);
    expect(status).toBe('ready');
    expect(viewProblems.errors).toEqual([]);
  });
});
