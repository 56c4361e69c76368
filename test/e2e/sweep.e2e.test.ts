/**
 * Sweeps and the budget frontier in a real Chromium:
 * - the page (BrowserPool of Web Workers under the app's CSP) gives byte-identical result JSON to
 *   the Node runtime the CLI uses, for a 2-D sweep and a frontier; progress is reported and a
 *   cancel stops the sweep at once;
 * - in the chart gallery, hovering a heatmap cell shows an HTML tooltip with the cell's values
 *   next to it, and clicking or pressing Enter on a frontier point fires `dl-frontier-pick` with
 *   the allocation and the complete strategy.
 * Skipped when /usr/bin/chromium is missing.
 */
import type { Browser, Page } from 'playwright-core';
import { productionBuild } from './productionBuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFrontier } from '../../src/runtime/frontierResult';
import { seriesResultToJson } from '../../src/runtime/sweepFormat';
import { withNodePoolSimulator } from '../../src/runtime/sweepPool.node.ts';
import { runSweep } from '../../src/runtime/sweepResult';
import { validateScenario } from '../../src/scenario/validateScenario';
import { planFrontier, type FrontierSpec } from '../../src/sweep/frontierPlan';
import { planSweep, type SweepParamSpec } from '../../src/sweep/sweepPlan';
import { fileURLToPath } from 'node:url';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';
import { SWEEP_PAGE_OUT } from './vite.sweep.config';

/** The gallery is built into a directory of its own: charts.e2e.test.ts may be building test-output/gallery in parallel. */
const GALLERY_COPY = fileURLToPath(new URL('../../test-output/sweep-gallery/', import.meta.url));

interface SweepPage {
  progress: { done: number; total: number; variantsDone: number; variantsTotal: number }[];
  sweep(input: unknown, params: SweepParamSpec[]): Promise<string>;
  frontier(input: unknown, spec: FrontierSpec): Promise<string>;
  cancelledSweep(input: unknown, params: SweepParamSpec[]): Promise<{ error: string; done: number; total: number; reportsAfterCancel: number; cancelMs: number }>;
}

declare global {
  interface Window {
    __sweep: SweepPage;
    __problems: string[];
    __picks: unknown[];
  }
}

const INPUT = {
  version: 1,
  name: 'browser sweep',
  seed: 'browser-vs-cli',
  runs: 12,
  steps: 24,
  network: { kind: 'communities', nodes: 600, communities: 8, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.1 } },
  model: { kind: 'dividend' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 5 } },
    { name: 'kol', seeding: { method: 'core-fans', count: 3 }, kols: { hire: 1 } },
  ],
};
const PARAMS: SweepParamSpec[] = [
  { path: 'strategies[*].content.quality', from: 0.1, to: 0.4, steps: 4 },
  { path: 'strategies[0].incentives.rewardPerShare', from: 0, to: 4, steps: 3 },
];
const CANCEL_PARAMS: SweepParamSpec[] = [{ path: 'strategies[*].content.quality', from: 0.2, to: 0.4, steps: 30 }];
const FRONTIER: FrontierSpec = { budget: 900, strategy: 'kol', levels: { seeds: 3, kols: 2, rewards: 2, ads: 2 } };

function scenario() {
  const r = validateScenario(INPUT);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** Production build of a harness config next to this file. */
function harnessBuild(config: string, outDir?: string): Promise<void> {
  return productionBuild({ configFile: new URL(config, import.meta.url).pathname, ...(outDir ? { build: { outDir } } : {}) });
}

async function recordProblems(page: Page, problems: string[]): Promise<void> {
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__problems = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__problems.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`));
  });
}

describe.skipIf(!hasChromium())('sweeps in Chromium', () => {
  let browser: Browser;
  let sweepServer: { url: string; close: () => Promise<void> };
  let galleryServer: { url: string; close: () => Promise<void> };
  const problems: string[] = [];

  beforeAll(async () => {
    await harnessBuild('./vite.sweep.config.ts');
    await harnessBuild('./vite.gallery.config.ts', GALLERY_COPY);
    sweepServer = await serveDir(SWEEP_PAGE_OUT);
    galleryServer = await serveDir(GALLERY_COPY);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await sweepServer?.close();
    await galleryServer?.close();
  });

  it('the browser pool gives byte-identical sweep and frontier JSON to the Node runtime (the CLI’s), with progress and cancel', async () => {
    const page = await browser.newPage();
    await recordProblems(page, problems);
    await page.goto(`${sweepServer.url}index.html`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');

    const [browserSweep, browserFrontier] = [await page.evaluate(([i, p]) => window.__sweep.sweep(i, p), [INPUT, PARAMS] as const), await page.evaluate(([i, f]) => window.__sweep.frontier(i, f), [INPUT, FRONTIER] as const)];
    const [nodeSweep, nodeFrontier] = await withNodePoolSimulator(2, async (simulate) => [
      seriesResultToJson(await runSweep(planSweep(scenario(), PARAMS), simulate)),
      seriesResultToJson(await runFrontier(planFrontier(scenario(), FRONTIER), simulate)),
    ]);
    expect(browserSweep).toBe(nodeSweep);
    expect(browserFrontier).toBe(nodeFrontier);
    expect(JSON.parse(browserSweep).points).toHaveLength(12);

    const progress = await page.evaluate(() => window.__sweep.progress);
    expect(progress.at(-1)).toEqual({ variantsDone: 12, variantsTotal: 12, done: 12 * 2 * 12, total: 12 * 2 * 12 });

    const big = { ...INPUT, runs: 400 };
    const cancelled = await page.evaluate(([i, p]) => window.__sweep.cancelledSweep(i, p), [big, CANCEL_PARAMS] as const);
    // The cancel ends the sweep unfinished and no progress arrives after it (its time is a bench figure).
    expect(cancelled.error).toBe('AbortError');
    expect(cancelled.done).toBeGreaterThan(0);
    expect(cancelled.done).toBeLessThan(cancelled.total);
    expect(cancelled.reportsAfterCancel).toBe(0);
    // The pool recovers: the next sweep gives the same numbers again.
    expect(await page.evaluate(([i, p]) => window.__sweep.sweep(i, p), [INPUT, PARAMS] as const)).toBe(nodeSweep);
    expect(await page.evaluate(() => window.__problems)).toEqual([]);
    await page.close();
  });

  it('heatmap hover shows a tooltip next to the cell; frontier points fire dl-frontier-pick on click and Enter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await recordProblems(page, problems);
    await page.addInitScript(() => {
      window.__picks = [];
      document.addEventListener('dl-frontier-pick', (e) => window.__picks.push((e as CustomEvent).detail));
    });
    await page.goto(`${galleryServer.url}index.html`);
    await page.waitForFunction(() => document.getElementById('budget-frontier')?.firstElementChild?.shadowRoot?.querySelector('svg desc'));

    const heatmap = page.locator('#sweep-heatmap dl-sweep-heatmap');
    const cell = heatmap.locator('rect.dl-cell[data-i="3"][data-j="2"]').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.hover();
    const tip = heatmap.locator('.tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toContain('20 seed users');
    expect(text).toContain('strategies[*].content.quality = 0.11');
    expect(text).toContain('strategies[*].kols.hire = 2');
    expect(text).toMatch(/Conversions \(mean per run\): 517/);
    const [cellBox, tipBox] = [await cell.boundingBox(), await tip.boundingBox()];
    expect(Math.abs(tipBox!.x - (cellBox!.x + cellBox!.width + 10))).toBeLessThan(2);
    expect(Math.abs(tipBox!.y - cellBox!.y)).toBeLessThan(2);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);

    const frontier = page.locator('#budget-frontier dl-budget-frontier');
    const point = frontier.locator('.dl-frontier-point.dl-on-frontier').last();
    await point.scrollIntoViewIfNeeded();
    await point.click();
    await point.press('Enter');
    const picks = (await page.evaluate(() => window.__picks)) as { index: number; onFrontier: boolean; allocation: { seeds: number }; strategy: { name: string } }[];
    expect(picks).toHaveLength(2);
    expect(picks[0]).toEqual(picks[1]);
    expect(picks[0].onFrontier).toBe(true);
    expect(picks[0].strategy.name).toMatch(/seeds · /);
    expect(typeof picks[0].allocation.seeds).toBe('number');
    // The picked point is ringed and keeps the keyboard focus.
    expect(await frontier.locator(`.dl-frontier-point[data-index="${picks[0].index}"] .dl-selected`).count()).toBe(1);
    expect(await frontier.evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('data-index'))).toBe(String(picks[0].index));
    expect(await page.evaluate(() => window.__problems)).toEqual([]);
    await page.close();
  });

  it('logged no console errors or page errors', () => {
    expect(problems).toEqual([]);
  });
});
