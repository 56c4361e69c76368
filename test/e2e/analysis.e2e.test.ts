/**
 * The Analyse area of the built app in Chromium: a small 1-D sweep run from the page equals the
 * Node runtime (JSON outside meta, and the downloaded CSV byte for byte), greedy k=3 equals the
 * same function run in Node, a frontier point becomes a strategy card, and screenshots at
 * 1280×800 (light and dark) go to /tmp/shots-analysis/. Skipped without /usr/bin/chromium.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineSimulator } from '../../src/runtime/scenarioSeries';
import { sweepCsv } from '../../src/runtime/sweepFormat';
import { runSweep } from '../../src/runtime/sweepResult';
import { validateScenario } from '../../src/scenario/validateScenario';
import { planSweep } from '../../src/sweep/sweepPlan';
import { bestSeeds } from '../../src/runtime/bestSeedsJob';
import { encodeHash } from '../../src/ui/app/urlState';
import { buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = '/tmp/shots-analysis';

/** Small dividend scenario: 1,500 people, 12 runs, two strategies, KOL accounts. */
const DRAFT = {
  version: 1,
  name: 'E2E analysis',
  seed: 'e2e-analysis',
  runs: 12,
  steps: 36,
  network: { kind: 'communities', nodes: 1500, communities: 15, meanDegree: 8, mixing: 0.15, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.3 } },
    { name: 'KOL', seeding: { method: 'random', count: 0 }, content: { quality: 0.3 }, kols: { hire: 1, step: 0 } },
  ],
};

function scenario() {
  const r = validateScenario(DRAFT);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const analysis = (page: Page) => page.locator('dl-analysis');

/** Screenshot with the Analyse area at the top of the view. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(250);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function waitTask(page: Page, kind: 'sweep' | 'seeds' | 'frontier', timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (kind) => {
      const phase = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state[kind].phase;
      if (phase === 'error') throw new Error('analysis failed');
      return phase === 'done';
    },
    kind,
    { timeout },
  );
}

const taskState = (page: Page, kind: 'sweep' | 'seeds' | 'frontier') =>
  page.evaluate((kind) => JSON.parse(JSON.stringify(document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state[kind])), kind);

describe.skipIf(!hasChromium())('the Analyse area in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const dir = await buildApp();
    server = await serveDir(dir);
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}index.html?theme=light${await encodeHash(`${JSON.stringify(DRAFT, null, 2)}\n`, [])}`));
    await waitForDone(page);
    await page.locator('#analysis-h').scrollIntoViewIfNeeded();
  });

  afterAll(async () => {
    if (page && !page.isClosed()) {
      const csp = await page.evaluate(() => window.__problems);
      expect([...problems.errors, ...csp]).toEqual([]);
    }
    await browser?.close();
    await server?.close();
  });

  it('a 1-D sweep in the page equals the Node runtime (JSON outside meta, CSV byte for byte)', async () => {
    await analysis(page).locator('#sweep-steps').fill('5');
    await analysis(page).locator('#sweep-to').fill('0.8');
    await analysis(page).locator('#sweep-run').click();
    await waitTask(page, 'sweep');
    const state = await taskState(page, 'sweep');
    const params = [{ path: 'strategies[*].content.quality', from: 0, to: 0.8, steps: 5 }];
    const node = await runSweep(planSweep(scenario(), params), inlineSimulator());
    const { meta: _a, ...fromPage } = state.result;
    const { meta: _b, ...fromNode } = JSON.parse(JSON.stringify(node));
    expect(fromPage).toEqual(fromNode);
    const download = page.waitForEvent('download');
    await analysis(page).locator('#sweep-csv').click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv).toBe(sweepCsv(node));
    expect(await analysis(page).locator('dl-sweep-curve').count()).toBe(1);
    await page.waitForTimeout(300);
    await shoot(page, 'sweep-light');
    // An edit marks the result out of date.
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: 13 }, app.colors);
    });
    await expect.poll(() => analysis(page).locator('#sweep-stale').count()).toBe(1);
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, runs: 12 }, app.colors);
    });
  });

  it('greedy k=3 in the worker equals the same computation in Node; its seeds become a card', async () => {
    await analysis(page).locator('#tab-seeds').click();
    await analysis(page).locator('#seeds-k').fill('3');
    await analysis(page).locator('#seeds-samples').fill('50');
    await analysis(page).locator('#seeds-run').click();
    await waitTask(page, 'seeds');
    const state = await taskState(page, 'seeds');
    const node = JSON.parse(JSON.stringify(bestSeeds(scenario(), { strategy: 0, k: 3, samples: 50 })));
    expect(state.result).toEqual(node);
    await page.waitForTimeout(200);
    await shoot(page, 'seeds-light');
    await analysis(page).locator('#seeds-use').click();
    await expect.poll(() => page.evaluate(() => (window.__dlApp!.draft.strategies as unknown[]).length)).toBe(3);
    const added = await page.evaluate(() => (window.__dlApp!.draft.strategies as { seeding: { nodes: number[] } }[])[2].seeding.nodes);
    expect(added).toEqual(node.rows[0].seeds);
  });

  it('a frontier point becomes a strategy card (click and Enter); dark screenshots', async () => {
    await analysis(page).locator('#tab-frontier').click();
    await analysis(page).locator('#frontier-budget').fill('3000');
    await analysis(page).locator('#frontier-levels').fill('2');
    await analysis(page).locator('#frontier-run').click();
    await waitTask(page, 'frontier');
    const point = analysis(page).locator('dl-budget-frontier .dl-frontier-point').first();
    await point.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window.__dlApp!.draft.strategies as unknown[]).length)).toBe(4);
    expect(await analysis(page).locator('#frontier-notice').textContent()).toMatch(/Added the strategy/);
    await shoot(page, 'frontier-light');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.waitForTimeout(300);
    await shoot(page, 'frontier-dark');
    await analysis(page).locator('#tab-sweep').click();
    await page.waitForTimeout(300);
    await shoot(page, 'sweep-dark');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  });
});
