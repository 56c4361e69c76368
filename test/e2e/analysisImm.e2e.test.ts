/**
 * OPIM-C on the Analyse tab (issue #15) in the built app in Chromium at 1280×800: pick "OPIM-C with
 * a guarantee", run it on a small network on the page's warm pool (its sets drawn on every worker),
 * and check that the seeds shown are the core's opimcSeeds for the same input (computed here, in
 * Node), that the guarantee line is there in English and in 中文 with the run's numbers, that the
 * JSON download carries the CLI's `imm` fields, and that a bad ε shows the field's message while
 * the rest of the form keeps its values. KOLs at their fee (issue #15): choose "may be hired at
 * their fee", run it on one worker, and check that the decision shown (KOL range, fees, seed users,
 * cost of the budget) is the core's opimcAtFee, in English and 中文, that the hired KOLs are listed
 * at their fees, the JSON carries the CLI's `kols`/`hiredKols`, and "use as a new strategy" adds a
 * strategy with the seed users and the KOL range. Screenshots: test-output/pageimm/ and
 * test-output/pagefee/ (looked at). Skipped without Chromium.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opimcSeeds } from '../../src/core/influence/opimcRounds';
import { opimcAtFee } from '../../src/core/influence/opimcAtFee';
import { rootKey } from '../../src/core/random';
import type { DividendScenario } from '../../src/core/scenario';
import { NetworkCache } from '../../src/runtime/networkCache';
import { opimcCandidates, requestArcRule } from '../../src/runtime/opimcBestSeeds';
import { validateScenario } from '../../src/scenario/validateScenario';
import { encodeHash } from '../../src/ui/app/urlState';
import { buildApp, openPage, waitForDone } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';
import { IMM_WORLD } from '../fixtures/immWorld';

const SHOTS = fileURLToPath(new URL('../../test-output/pageimm/', import.meta.url));
const FEE_SHOTS = fileURLToPath(new URL('../../test-output/pagefee/', import.meta.url));
const OUT = fileURLToPath(new URL('../../test-output/app-imm/', import.meta.url));

/** The CLI test's small world (test/fixtures/immWorld.ts): 300 people, 3 communities, 2 KOL accounts. */
const DRAFT = { ...IMM_WORLD, name: 'E2E OPIM-C', runs: 4 };

/** The core's one-thread OPIM-C for k = 3, ε = 0.2, δ = 0.01 on the draft's world (what `lab best-seeds --method imm` gives). */
function coreResult() {
  const r = validateScenario(DRAFT);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const s = r.scenario as DividendScenario;
  const root = rootKey(s.seed);
  const graph = new NetworkCache().get(s.network, s.seed, root, 0).graph;
  return opimcSeeds(graph, requestArcRule(graph, s, 0, root), root, { k: 3, candidates: opimcCandidates(graph, root, null), epsilon: 0.2, delta: 0.01 });
}

/**
 * The same world with cheap KOL accounts of wider reach (0 + 0.02 per follower; reach 50 %), so
 * that hiring them at their fee pays for itself against a seed user at 20 (budget 3 × 20 = 60).
 */
const FEE_DRAFT = {
  ...DRAFT,
  name: 'E2E KOLs at fee',
  network: { ...DRAFT.network, kols: { count: 2, reach: 0.5, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles', economics: { kolBaseFee: 0, kolFeePerFollower: 0.02 } },
};

/** The core's at-fee decision for k = 3, ε = 0.2, δ = 0.01 on FEE_DRAFT (what `lab best-seeds --method imm --kols at-fee` gives). */
function coreAtFee() {
  const r = validateScenario(FEE_DRAFT);
  if (!r.ok) throw new Error(r.errors.join('; '));
  const s = r.scenario as DividendScenario;
  const root = rootKey(s.seed);
  const graph = new NetworkCache().get(s.network, s.seed, root, 0).graph;
  const input = { graph, model: s.model, strategy: s.strategies[0], rule: requestArcRule(graph, s, 0, root), root, steps: s.steps };
  return opimcAtFee(input, { k: 3, candidates: opimcCandidates(graph, root, null), epsilon: 0.2, delta: 0.01 });
}

const analysis = (page: Page) => page.locator('dl-analysis');

/** The decision line's money: to the cent, whole amounts without decimals (44.5 → "44.50", 60 → "60"). */
const cents = (x: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: Number.isInteger(x) ? 0 : 2, maximumFractionDigits: 2 }).format(x);

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

/** Open the page in `locale`, choose OPIM-C with k = 3, ε = 0.2, δ = 0.01 (KOLs at their fee: `atFee`) and run it. */
async function runOpimc(browser: Browser, url: string, atFee = false): Promise<Page> {
  const { page } = await openPage(browser, url);
  await waitForDone(page, 240_000);
  const panel = analysis(page);
  await page.locator('#analysis-h').scrollIntoViewIfNeeded();
  await panel.locator('#tab-seeds').click();
  await panel.locator('#seeds-method').selectOption('imm');
  await panel.locator('#seeds-k').fill('3');
  await panel.locator('#seeds-epsilon').fill('0.2');
  await panel.locator('#seeds-delta').fill('0.01');
  if (atFee) await panel.locator('#seeds-kols').selectOption('at-fee');
  await panel.locator('#seeds-run').click();
  await waitSeeds(page);
  await page.evaluate(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.scrollIntoView({ block: 'start' }));
  // The at-fee form wraps to two lines: scroll back by the sticky header's height so its labels show whole.
  if (atFee) await page.evaluate(() => {
    for (let el: Element | null = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis'); el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
      if (el.scrollTop > 0) return void (el.scrollTop -= 64);
    }
    window.scrollBy(0, -64);
  });
  return page;
}

describe.skipIf(!hasChromium())('OPIM-C on the Analyse tab, in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let url: (locale: string) => Promise<string>;
  const core = coreResult();
  const fee = coreAtFee();
  const feeUrl = async (locale: string) => `${server.url}index.html?theme=light&locale=${locale}${await encodeHash(`${JSON.stringify(FEE_DRAFT, null, 2)}\n`, [0])}`;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    await mkdir(FEE_SHOTS, { recursive: true });
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
  it('KOLs at their fee, English: the decision is the core opimcAtFee, hired KOLs at their fees, the JSON carries kols; a new strategy hires the range', async () => {
    // The scenario makes hiring worth it: the e2e checks the range, not only "none".
    expect(fee.hired.hire).toBeGreaterThan(0);
    const page = await runOpimc(browser, await feeUrl('en'), true);
    const panel = analysis(page);
    const state = (await seedsState(page)) as SeedsState & { result: { atFee: { hired: { fromRank: number; hire: number }; seedUsers: number[] } } };
    expect(state.result.atFee.seedUsers).toEqual(fee.seedUsers);
    expect(state.result.atFee.hired).toMatchObject({ fromRank: fee.hired.fromRank, hire: fee.hired.hire });
    expect(state.result.imm!.result).toMatchObject({ seeds: fee.result.seeds, sets: fee.result.sets, ratio: fee.result.ratio, guaranteed: fee.result.guaranteed });
    const money = (x: number) => cents(x, 'en');
    const to = fee.hired.fromRank + fee.hired.hire - 1;
    const decision = (await panel.locator('#seeds-decision').textContent())!.replace(/\s+/g, ' ').trim();
    expect(decision).toBe(`Hire KOL ranks ${fee.hired.fromRank}–${to} (fees ${money(fee.hired.fee)}) + ${fee.seedUsers.length} seed users, cost ${money(fee.cost)} of the budget ${money(fee.budget)}.`);
    const alpha = `${(Math.floor(fee.result.guaranteed * 1000) / 10).toFixed(1)}%`;
    expect((await panel.locator('#seeds-guarantee').textContent())!.replace(/\s+/g, ' ')).toContain(`this decision reaches at least ${alpha} of the expected sharers of the best decision the budget affords.`);
    expect(await panel.locator('#seeds-heuristics').textContent()).toBe('The heuristic rows spend the same budget on 3 seed users and hire no KOL.');
    // Who they are: the hired KOL accounts first, at their fees, then the seed users.
    const rows = await panel.locator('#seed-profiles tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-kind'), Number(tr.getAttribute('data-node')), Number(tr.getAttribute('data-price'))]));
    expect(rows.map(([kind, node]) => [kind, node])).toEqual([...Array.from(fee.hired.nodes, (v) => ['kol', v]), ...fee.seedUsers.map((v) => ['seed', v])]);
    const kolFees = rows.filter(([kind]) => kind === 'kol').reduce((sum, [, , price]) => sum + (price as number), 0);
    expect(kolFees).toBeCloseTo(fee.hired.fee, 9);
    expect(await panel.locator('#seeds-cost').textContent()).toContain('This decision costs ');
    // Before the downloads: clicking a button scrolls the form's first line under the sticky header.
    await page.screenshot({ path: `${FEE_SHOTS}atfee-en-1280.png` });
    const download = page.waitForEvent('download');
    await panel.locator('#seeds-json').click();
    const json = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(json.kols).toMatchObject({ mode: 'at-fee', budget: fee.budget, seedUsers: fee.seedUsers, cost: fee.cost, hired: { fromRank: fee.hired.fromRank, hire: fee.hired.hire, nodes: Array.from(fee.hired.nodes) } });
    expect(json.hiredKols.accounts.map((p: { node: number }) => p.node)).toEqual(Array.from(fee.hired.nodes));
    expect(json.imm.note).toMatch(/affordable decision/);
    expect(await panel.locator('#seeds-use').textContent()).toBe(`Use as a new strategy: ${fee.seedUsers.length} seed users + KOL ranks ${fee.hired.fromRank}–${to}`);
    await panel.locator('#seeds-use').click();
    await expect.poll(() => page.evaluate(() => (window.__dlApp!.draft.strategies as unknown[]).length)).toBe(2);
    const added = await page.evaluate(() => (window.__dlApp!.draft.strategies as { seeding: { method: string; nodes: number[] }; kols: { fromRank: number; hire: number } }[])[1]);
    expect(added.seeding).toMatchObject({ method: 'manual', nodes: fee.seedUsers });
    expect(added.kols).toMatchObject({ fromRank: fee.hired.fromRank, hire: fee.hired.hire });
    expect(await page.evaluate(() => window.__problems)).toEqual([]);
    await page.close();
  }, 400_000);

  it('KOLs at their fee, 中文: the same decision in Chinese', async () => {
    const page = await runOpimc(browser, await feeUrl('zh-CN'), true);
    const panel = analysis(page);
    const money = (x: number) => cents(x, 'zh-CN');
    const to = fee.hired.fromRank + fee.hired.hire - 1;
    const decision = (await panel.locator('#seeds-decision').textContent())!.replace(/\s+/g, ' ').trim();
    expect(decision).toBe(`雇用排名 ${fee.hired.fromRank}–${to} 的 KOL（费用 ${money(fee.hired.fee)}）+ ${fee.seedUsers.length} 个种子用户，花费 ${money(fee.cost)}，预算 ${money(fee.budget)}。`);
    expect(await panel.locator('#seeds-heuristics').textContent()).toBe('启发式方法各行把同样的预算用于 3 个种子用户，不雇用 KOL。');
    expect(await panel.locator('#seeds-guarantee').textContent()).toContain('这个决策的预期分享人数至少达到预算所能负担的最优决策的');
    await page.screenshot({ path: `${FEE_SHOTS}atfee-zh-CN-1280.png` });
    await page.close();
  }, 400_000);
});
