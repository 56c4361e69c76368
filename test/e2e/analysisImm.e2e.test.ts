/**
 * OPIM-C on the Analyse tab (issue #15) in the built app in Chromium at 1280×800: pick "OPIM-C with
 * a guarantee", run it on a small network on the page's warm pool (its sets drawn on every worker),
 * and check that the seeds shown are the core's opimcSeeds for the same input (computed here, in
 * Node), that the guarantee line is there in English and in 中文 with the run's numbers, that the
 * JSON download carries the CLI's `imm` fields, and that a bad ε shows the field's message while
 * the rest of the form keeps its values. Screenshots: test-output/pageimm/ (looked at). Skipped
 * without Chromium.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opimcSeeds } from '../../src/core/influence/opimc';
import { rootKey } from '../../src/core/random';
import type { DividendScenario } from '../../src/core/scenario';
import { NetworkCache } from '../../src/runtime/networkCache';
import { opimcCandidates, requestArcRule } from '../../src/runtime/opimcBestSeeds';
import { validateScenario } from '../../src/scenario/validateScenario';
import { encodeHash } from '../../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = fileURLToPath(new URL('../../test-output/pageimm/', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-output/app-imm/', import.meta.url));

/** The CLI test's small world (test/cli/bestSeedsImm.test.ts): 300 people, 3 communities, 2 KOL accounts. */
const DRAFT = {
  version: 2,
  name: 'E2E OPIM-C',
  seed: 'bs-imm',
  runs: 4,
  steps: 30,
  network: { kind: 'communities', nodes: 300, communities: 3, meanDegree: 8, mixing: 0.1, kols: { count: 2, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [{ name: 'first', seeding: { method: 'random', count: 10 }, content: { quality: 0.3 } }],
};

/** The core's one-thread OPIM-C for k = 3, ε = 0.2, δ = 0.01 on the draft's world (what `lab best-seeds --method imm` gives). */
function coreResult() {
  const r = validateScenario(DRAFT);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const s = r.scenario as DividendScenario;
  const root = rootKey(s.seed);
  const graph = new NetworkCache().get(s.network, s.seed, root, 0).graph;
  return opimcSeeds(graph, requestArcRule(graph, s, 0, root), root, { k: 3, candidates: opimcCandidates(graph, root, null), epsilon: 0.2, delta: 0.01 });
}

const analysis = (page: Page) => page.locator('dl-analysis');

type SeedsState = { phase: string; result: { greedy: { seeds: number[] }; imm?: { result: { seeds: number[]; sets: number; ratio: number; guaranteed: number } } } | null };
const seedsState = (page: Page) => page.evaluate(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds) as Promise<SeedsState>;

async function waitSeeds(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const phase = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.seeds.phase;
      if (phase === 'error') throw new Error('best seeds failed');
      return phase === 'done';
    },
    undefined,
    { timeout: 240_000 },
  );
}

/** Open the page in `locale`, choose OPIM-C with k = 3, ε = 0.2, δ = 0.01 and run it. */
async function runOpimc(browser: Browser, url: string): Promise<Page> {
  const { page } = await openPage(browser, url);
  await waitForDone(page, 240_000);
  const panel = analysis(page);
  await page.locator('#analysis-h').scrollIntoViewIfNeeded();
  await panel.locator('#tab-seeds').click();
  await panel.locator('#seeds-method').selectOption('imm');
  await panel.locator('#seeds-k').fill('3');
  await panel.locator('#seeds-epsilon').fill('0.2');
  await panel.locator('#seeds-delta').fill('0.01');
  await panel.locator('#seeds-run').click();
  await waitSeeds(page);
  await page.evaluate(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.scrollIntoView({ block: 'start' }));
  return page;
}

describe.skipIf(!hasChromium())('OPIM-C on the Analyse tab, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let url: (locale: string) => Promise<string>;
  const core = coreResult();

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await serveDir(await buildApp(OUT));
    browser = await launchChromium();
    url = async (locale) => `${server.url}index.html?theme=light&locale=${locale}${await encodeHash(`${JSON.stringify(DRAFT, null, 2)}\n`, [0])}`;
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('English: the seeds are the core opimcSeeds, the guarantee is stated, the JSON carries imm; a bad ε names the field and keeps the form', async () => {
    const page = await runOpimc(browser, await url('en'));
    const panel = analysis(page);
    const state = await seedsState(page);
    expect(state.result!.greedy.seeds).toEqual(core.seeds);
    expect(state.result!.imm!.result).toMatchObject({ seeds: core.seeds, sets: core.sets, ratio: core.ratio, guaranteed: core.guaranteed });
    const shown = await panel.locator('#seed-profiles tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-node'))));
    expect(shown).toEqual(core.seeds);
    const guarantee = (await panel.locator('#seeds-guarantee').textContent())!.replace(/\s+/g, ' ');
    const alpha = `${(Math.floor(core.guaranteed * 1000) / 10).toFixed(1)}%`;
    expect(guarantee).toContain(`With probability ≥ 1 − δ (δ = 0.010), these 3 seeds reach at least ${alpha} of the best possible 3 ordinary accounts’ expected sharers.`);
    expect(guarantee).toContain(`${core.sets.toLocaleString('en')} reverse-reachable sets in ${core.rounds} rounds`);
    expect(guarantee).toContain('target 1 − 1/e − ε = 43.2%');
    // The evaluation table beside it, the benchmark row named for OPIM-C.
    expect(await panel.locator('#seeds-table tbody tr[data-method="greedy"] td').first().textContent()).toBe('OPIM-C');
    expect(await panel.locator('#seeds-table tbody tr').count()).toBeGreaterThanOrEqual(5);
    const download = page.waitForEvent('download');
    await panel.locator('#seeds-json').click();
    const json = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(Object.keys(json.imm)).toEqual(['method', 'note', 'epsilon', 'delta', 'target', 'guaranteed', 'ratio', 'sets', 'meanSetSize', 'rounds', 'maxRounds', 'lowerBoundOpt', 'upperBoundOpt', 'estimatedShared', 'capped', 'peakMiB', 'ms']);
    expect(json.imm).toMatchObject({ method: 'OPIM-C', epsilon: 0.2, delta: 0.01, sets: core.sets, ratio: core.ratio, guaranteed: core.guaranteed, capped: false });
    await page.screenshot({ path: `${SHOTS}opimc-en-1280.png` });
    // A bad ε: the field's message, and every other field keeps what was typed.
    await panel.locator('#seeds-k').fill('2');
    await panel.locator('#seeds-epsilon').fill('1.5');
    await panel.locator('#seeds-run').click();
    await expect.poll(() => panel.locator('#seeds-errors').textContent()).toContain('ε (epsilon): must be a number strictly between 0 and 1 (got 1.5)');
    expect(await panel.locator('#seeds-epsilon').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('#seeds-k').inputValue()).toBe('2');
    expect(await panel.locator('#seeds-delta').inputValue()).toBe('0.01');
    expect(await panel.locator('#seeds-epsilon').inputValue()).toBe('1.5');
    expect(await panel.locator('#seeds-method').inputValue()).toBe('imm');
    await page.screenshot({ path: `${SHOTS}opimc-bad-epsilon-en-1280.png` });
    expect(await page.evaluate(() => window.__problems)).toEqual([]);
    await page.close();
  }, 400_000);

  it('中文: the same seeds and the guarantee line in Chinese', async () => {
    const page = await runOpimc(browser, await url('zh-CN'));
    const panel = analysis(page);
    expect((await seedsState(page)).result!.greedy.seeds).toEqual(core.seeds);
    const guarantee = (await panel.locator('#seeds-guarantee').textContent())!.replace(/\s+/g, ' ');
    expect(guarantee).toContain(`以至少 1 − δ 的概率（δ = 0.010），这 3 个种子的预期分享人数至少达到最优的 3 个普通账号的 ${(Math.floor(core.guaranteed * 1000) / 10).toFixed(1)}%。`);
    expect(guarantee).toContain('已证明比率');
    await page.screenshot({ path: `${SHOTS}opimc-zh-CN-1280.png` });
    await page.close();
  }, 400_000);
});
