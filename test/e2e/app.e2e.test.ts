/**
 * The built app in Debian's Chromium (playwright-core, never a downloaded browser): builds it
 * with the app's Vite config, serves it on 127.0.0.1 and checks what a strategist does —
 * simulate with progress, move a slider and see the charts change, add a strategy, share a link
 * and reopen it, upload a bad scenario, export CSV — plus the runtime's promises: identical
 * numbers to the CLI, a stale run cancelled before the new one starts, replacing a killed worker,
 * and no console errors or CSP violations anywhere. Wall-clock budgets (cancel time, long tasks
 * while simulating) are measured and reported by `npm run bench -- browser`, not asserted here.
 * Skipped when /usr/bin/chromium is missing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHash } from '../../src/ui/app/urlState';
import { APP_ROOT, buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const run = promisify(execFile);

/** A small scenario: 4 strategies on 2,000 people, 40 runs (about a second on 2 workers). */
const SMALL = {
  version: 1,
  name: 'E2E seeding comparison',
  seed: 'e2e',
  runs: 40,
  steps: 40,
  network: { kind: 'communities', nodes: 2000, communities: 20, meanDegree: 8, mixing: 0.2, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'independent-cascade', probability: 0.08 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 10 } },
    { name: 'most followed', seeding: { method: 'degree', count: 10 } },
  ],
};

/** A small dividend scenario (costs, attribution, decomposition). */
const DIVIDEND = {
  version: 1,
  name: 'E2E dividend',
  seed: 'e2e-dividend',
  runs: 30,
  steps: 48,
  network: { kind: 'communities', nodes: 3000, communities: 20, meanDegree: 10, mixing: 0.15, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'seed users', seeding: { method: 'random', count: 30 }, content: { quality: 0.15 } },
    { name: '=KOL+ads', seeding: { method: 'random', count: 0 }, content: { quality: 0.15 }, kols: { hire: 2, step: 0 }, ads: { reach: 0.002, from: 0, to: 24 } },
  ],
};

const text = (draft: unknown) => `${JSON.stringify(draft, null, 2)}\n`;

/** Everything outside `meta`, for comparing results across runtimes. */
function withoutMeta(json: string): unknown {
  const { meta: _meta, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

describe.skipIf(!hasChromium())('the app in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const allProblems: string[] = [];
  const pages: { page: Page; problems: PageProblems }[] = [];

  async function open(hashOrSearch = '', options: { width?: number; height?: number } = {}) {
    const opened = await openPage(browser, `${server.url}index.html${hashOrSearch}`, options);
    pages.push(opened);
    return opened.page;
  }

  async function smallHash(draft: unknown = SMALL, colors: number[] = []): Promise<string> {
    return encodeHash(text(draft), colors);
  }

  /** The converted-over-time chart's SVG markup (what a person sees change). */
  const chartMarkup = (page: Page, id: string) =>
    page.evaluate((id) => {
      const frame = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.getElementById(id)!;
      return frame.querySelector('dl-time-series')!.shadowRoot!.querySelector('svg')!.outerHTML;
    }, id);

  beforeAll(async () => {
    const dir = await buildApp();
    server = await serveDir(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const { page, problems } of pages) {
      allProblems.push(...problems.errors);
      if (!page.isClosed()) allProblems.push(...(await page.evaluate(() => window.__problems)));
    }
    await browser?.close();
    await server?.close();
  });

  it('opens with a preset on a first visit and simulates it with a progress bar, streaming partial results', async () => {
    const page = await open();
    await waitForDone(page);
    const first = await page.evaluate(() => ({ name: window.__dlApp!.draft.name, strategies: window.__dlApp!.sim.result!.strategies.length }));
    expect(first.name).toMatch(/KOL vs seed users/);
    expect(first.strategies).toBe(3);
    // One simulation worker per core (2 here, capped at 8) and the aggregation worker, all module workers from files.
    const workerUrls = page.workers().map((w) => w.url());
    expect(workerUrls.filter((u) => /simulation\.worker-[\w-]+\.js$/.test(u)).length).toBeGreaterThanOrEqual(1);
    expect(workerUrls.filter((u) => /aggregate\.worker-[\w-]+\.js$/.test(u))).toHaveLength(1);
    // Re-run with more runs: progress shows runs done / total while results stream in.
    const rerun = async (runs: number) =>
      page.evaluate(async (target) => {
        const app = window.__dlApp!;
        // Renders of the scenario's controls, counted on their prototypes.
        const renders: Record<string, number> = {};
        for (const tag of ['dl-strategy-card', 'dl-scenario-panel', 'dl-field']) {
          renders[tag] = 0;
          const proto = customElements.get(tag)!.prototype as unknown as { update(changed: unknown): void };
          const update = proto.update;
          proto.update = function (this: unknown, changed: unknown) {
            renders[tag]++;
            update.call(this, changed);
          };
        }
        const states: { done: number; total: number; partialRuns: number; controlRenders: number }[] = [];
        const stop = app.controller.subscribe((s) => {
          if (s.phase === 'running')
            states.push({ done: s.runsDone, total: s.runsTotal, partialRuns: s.result?.strategies[0].runs.length ?? 0, controlRenders: Object.values(renders).reduce((a, b) => a + b, 0) });
        });
        app.setDraft({ ...app.draft, runs: target }, app.colors);
        await new Promise<void>((resolve) => {
          const check = () => (app.sim.phase === 'done' && app.sim.runsTotal === target ? resolve() : setTimeout(check, 20));
          check();
        });
        stop();
        return { states };
      }, runs);
    const measured = await rerun(300);
    expect(measured.states.length).toBeGreaterThan(3);
    expect(measured.states.every((s) => s.total === 300)).toBe(true);
    const dones = measured.states.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    // Partial results streamed: some update showed more than 0 and fewer than 300 runs.
    expect(measured.states.some((s) => s.partialRuns > 0 && s.partialRuns < 300)).toBe(true);
    // Progress and partial results re-render no control of the scenario: after the edit and the
    // first running state (which disables scaling), the cards, the panel and its fields stay as
    // they are (a fresh empty highlight list once re-rendered them all on every progress update).
    const during = measured.states.slice(1).map((s) => s.controlRenders);
    expect(during.length).toBeGreaterThan(2);
    expect(new Set(during).size).toBe(1);
    const progressText = await page.locator('#progress-text').textContent();
    expect(progressText).toMatch(/300 runs per strategy/);
  });

  it('moves a slider with the keyboard and the charts change', async () => {
    const page = await open(await smallHash());
    await waitForDone(page);
    const before = await chartMarkup(page, 'chart-converted');
    const slider = page.locator('dl-field[data-path="model.probability"] input[type=range]');
    await slider.focus();
    for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
    // Wait for the run of the settled value (4 key steps from 0.08 to 0.1): on a busy machine a run of
    // an intermediate value (e.g. 0.09) can finish before the last key press is simulated.
    await page.waitForFunction(
      () => window.__dlApp!.sim.phase === 'done' && (window.__dlApp!.sim.scenario!.model as { probability: number }).probability > 0.0975,
    );
    await waitForDone(page);
    const after = await chartMarkup(page, 'chart-converted');
    expect(after).not.toEqual(before);
    const probability = await page.evaluate(() => (window.__dlApp!.sim.scenario!.model as { probability: number }).probability);
    expect(probability).toBeCloseTo(0.1, 6);
    // The value is visible next to the label.
    await expect(page.locator('dl-field[data-path="model.probability"] output').textContent()).resolves.toMatch(/10\.0%/);
  });

  it('cancels the stale run when something changes: no state of it arrives once the new run has started, and it never finishes', async () => {
    const page = await open(await smallHash({ ...SMALL, runs: 4000 }));
    await page.waitForFunction(() => window.__dlApp?.sim.phase === 'running' && window.__dlApp.sim.runsDone > 0);
    const outcome = await page.evaluate(async () => {
      const app = window.__dlApp!;
      // One entry per change of (phase, runs total): the order in which the two runs' states arrive.
      const events: string[] = [];
      const stop = app.controller.subscribe((s) => {
        const event = `${s.phase} ${s.runsTotal}`;
        if (events.at(-1) !== event) events.push(event);
      });
      app.setDraft({ ...app.draft, runs: 20 }, app.colors);
      await new Promise<void>((resolve) => {
        const check = () => (app.sim.phase === 'done' && app.sim.runsTotal === 20 ? resolve() : setTimeout(check, 10));
        check();
      });
      stop();
      return { events, runs: app.sim.result!.strategies[0].runs.length };
    });
    expect(outcome.runs).toBe(20);
    const newRunStarts = outcome.events.indexOf('running 20');
    expect(newRunStarts, outcome.events.join(', ')).toBeGreaterThanOrEqual(0);
    // Before the new run: at most the stale run's running states (it never reports done) …
    expect(outcome.events.slice(0, newRunStarts).every((e) => e === 'running 4000')).toBe(true);
    // … and from the new run's first state on, only the new run.
    expect(outcome.events.slice(newRunStarts)).toEqual(['running 20', 'done 20']);
  });

  it('adds, duplicates, reorders and deletes strategies; colours follow them', async () => {
    const page = await open(await smallHash());
    await waitForDone(page);
    await page.locator('#add-strategy').click();
    await expect.poll(() => page.locator('dl-strategy-card').count()).toBe(3);
    await page.waitForFunction(() => window.__dlApp!.sim.phase === 'done' && window.__dlApp!.sim.result!.strategies.length === 3);
    // Charts draw a frame or more after the result is shown (drawQueue.ts): wait for the legend.
    const legend = () =>
      page.evaluate(() => {
        const frame = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.getElementById('chart-reached')!;
        const svg = frame.querySelector('dl-time-series')!.shadowRoot!.querySelector('svg')!;
        return new Set(Array.from(svg.querySelectorAll('.dl-legend-item')).map((e) => e.getAttribute('data-strategy'))).size;
      });
    await expect.poll(legend).toBe(3);
    await page.locator('dl-strategy-card').nth(1).getByRole('button', { name: /Duplicate/ }).click();
    await expect.poll(() => page.locator('dl-strategy-card').count()).toBe(4);
    await page.locator('dl-strategy-card').nth(2).getByRole('button', { name: /earlier/ }).click();
    const state = await page.evaluate(() => ({
      names: (window.__dlApp!.draft.strategies as { name: string }[]).map((s) => s.name),
      colors: window.__dlApp!.colors,
    }));
    expect(state.names).toEqual(['random', 'most followed copy', 'most followed', '10 seed users']); // Add strategy copies the baseline, named after its settings
    expect(new Set(state.colors).size).toBe(4);
    await page.locator('dl-strategy-card').nth(3).getByRole('button', { name: /Delete/ }).click();
    await expect.poll(() => page.locator('dl-strategy-card').count()).toBe(3);
  });

  it('shares a link that reopens exactly the same scenario in a fresh browser', async () => {
    const page = await open(await smallHash());
    await waitForDone(page);
    await page.locator('dl-strategy-card').nth(1).locator('select[aria-label^="Colour"]').selectOption('4');
    await page.locator('dl-field[data-path="seed"] input').fill('shared seed ✓');
    await page.locator('dl-field[data-path="seed"] input').press('Enter');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain('#s=');
    const expected = await page.evaluate(() => ({ draft: window.__dlApp!.draft, colors: window.__dlApp!.colors }));
    expect(expected.draft.seed).toBe('shared seed ✓');
    const context = await browser.newContext();
    const fresh = await context.newPage();
    fresh.on('pageerror', (e) => allProblems.push(`shared page error: ${e.message}`));
    await fresh.goto(link);
    await fresh.waitForFunction(() => window.__dlApp?.sim.phase === 'done');
    const reopened = await fresh.evaluate(() => ({ draft: window.__dlApp!.draft, colors: window.__dlApp!.colors }));
    expect(reopened).toEqual(expected);
    await context.close();
  });

  it('keeps the last scenario across reloads', async () => {
    const page = await open(await smallHash());
    await waitForDone(page);
    await page.evaluate(() => {
      const app = window.__dlApp!;
      app.setDraft({ ...app.draft, name: 'kept across reloads' }, app.colors);
    });
    await page.goto(`${server.url}index.html`); // no hash: localStorage brings it back
    await page.waitForFunction(() => window.__dlApp?.draft.name === 'kept across reloads');
  });

  it('falls back with a warning on a malformed link', async () => {
    const page = await open('#s=this-is-not-deflate&c=1.x');
    await page.waitForFunction(() => window.__dlApp?.sim.phase === 'done');
    const messages = await page.evaluate(() => window.__dlApp!.notices.map((n) => n.text).join(' | '));
    expect(messages).toMatch(/link/i);
  });

  it('reports a bad upload next to the fields and never loses the current work', async () => {
    const page = await open(await smallHash());
    await waitForDone(page);
    const before = await page.evaluate(() => JSON.stringify(window.__dlApp!.draft));
    const bad = { ...SMALL, strategies: [{ name: 'oops', seeding: { method: 'random', count: -5 } }] };
    await page.locator('input#scenario-upload').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => page.locator('#upload-error').textContent()).toMatch(/strategies\[0\]\.seeding\.count: must be an integer/);
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(before);
    // Not JSON at all: one line, still nothing lost.
    await page.locator('input#scenario-upload').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1,') });
    await expect.poll(() => page.locator('#upload-error').textContent()).toMatch(/invalid JSON/);
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(before);
    // Open the bad one to fix it: the error sits under the field that is wrong.
    await page.locator('input#scenario-upload').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.getByRole('button', { name: /Open it anyway/ }).click();
    await expect.poll(() => page.locator('dl-field[data-path="strategies[0].seeding.count"] .error').textContent()).toMatch(/must be an integer/);
    await page.getByRole('button', { name: /Back to the previous scenario/ }).click();
    expect(await page.evaluate(() => JSON.stringify(window.__dlApp!.draft))).toBe(before);
  });

  it('exports CSV per run and per step with the right header, row count and escaped cells', async () => {
    const page = await open(await smallHash(DIVIDEND));
    await waitForDone(page);
    await page.locator('#export-menu summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV per run' }).click();
    const csv = (await readFile((await (await download).path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 11)).toEqual(['strategy', 'run', 'reached', 'shared', 'converted', 'incrementalConverted', 'organicBuyers', 'accelerated', 'lostOrganic', 'churned', 'steps']);
    expect(header).toContain('cost');
    expect(header.at(-1)).toBe('seed');
    expect(lines.length).toBe(1 + 2 * DIVIDEND.runs);
    // "=KOL+ads" would be a formula in a spreadsheet: it is escaped.
    expect(lines.filter((l) => l.startsWith("'=KOL+ads,")).length).toBe(DIVIDEND.runs);
    expect(lines.some((l) => l.startsWith('=KOL'))).toBe(false);
    const stepDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV per step' }).click();
    const steps = (await readFile((await (await stepDownload).path())!, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\n');
    expect(steps[0]).toBe('strategy,run,step,reached,shared,converted,churned,seed');
    expect(steps.length).toBe(1 + 2 * DIVIDEND.runs * (DIVIDEND.steps + 1));
    // Dividend views are drawn.
    for (const id of ['chart-intervals', 'chart-attribution', 'chart-decomposition'])
      expect(await page.evaluate((id) => !!document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.getElementById(id), id)).toBe(true);
  });

  /** Export the page's JSON result, run `npm run lab` (the CLI, in Node) on its scenario, return both texts. */
  async function browserAndCli(draft: unknown): Promise<{ browserJson: string; cliJson: string }> {
    const page = await open(await smallHash(draft));
    await waitForDone(page);
    await page.locator('#export-menu summary').click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /JSON/ }).click();
    const browserJson = await readFile((await (await download).path())!, 'utf8');
    const dir = await mkdtemp(join(tmpdir(), 'dl-e2e-'));
    const scenarioFile = join(dir, 'scenario.json');
    await writeFile(scenarioFile, JSON.stringify(JSON.parse(browserJson).scenario));
    const out = join(dir, 'cli.json');
    await run(process.execPath, ['--import', 'tsx', join(APP_ROOT, 'src/cli/main.ts'), 'run', scenarioFile, '--out', out, '--workers', '1'], { cwd: APP_ROOT });
    return { browserJson, cliJson: await readFile(out, 'utf8') };
  }

  it('gives exactly the numbers of `npm run lab` (outside meta) for a canonical-model scenario', async () => {
    const { browserJson, cliJson } = await browserAndCli(SMALL);
    expect(withoutMeta(browserJson)).toEqual(withoutMeta(cliJson));
    expect(JSON.parse(browserJson).meta.runtime).toBe('browser');
  });

  it('gives byte-identical results to `npm run lab` (outside meta) for a dividend scenario on a power-law network', async () => {
    // Node 20's V8 and Chromium's disagree in the last bit of Math.exp/log/pow on ~10% of
    // arguments; the engine uses src/core/portableMath instead (the same bits everywhere), so
    // power-law degrees, lognormal traits, novelty decay, ad reach and the Student-t intervals —
    // every number, not only the counts — must match to the byte.
    const draft = { ...DIVIDEND, network: { ...DIVIDEND.network, degreeExponent: 2.5 } };
    const { browserJson, cliJson } = await browserAndCli(draft);
    expect(JSON.parse(browserJson).scenario.network.degreeExponent).toBe(2.5);
    expect(withoutMeta(browserJson)).toEqual(withoutMeta(cliJson)); // a readable diff if not
    expect(JSON.stringify(withoutMeta(browserJson)) === JSON.stringify(withoutMeta(cliJson))).toBe(true);
    expect(JSON.parse(browserJson).meta.runtime).toBe('browser');
  });

  it('replaces a killed worker, re-runs its jobs and still gives the same numbers', async () => {
    const page = await open(await smallHash({ ...SMALL, runs: 400 }));
    await waitForDone(page);
    const outcome = await page.evaluate(async () => {
      const app = window.__dlApp!;
      const strip = (r: unknown) => JSON.stringify((r as { strategies: unknown }).strategies);
      const reference = strip(app.sim.result);
      const scenario = app.sim.scenario!;
      const started = new Promise<void>((resolve) => {
        const stop = app.controller.subscribe((s) => {
          if (s.phase === 'running' && s.runsDone > 0) {
            stop();
            resolve();
          }
        });
      });
      const finished = app.controller.start(scenario);
      await started;
      let killed = -1;
      while (killed < 0 && app.sim.phase === 'running') {
        killed = app.controller.pool.killBusyWorker();
        if (killed < 0) await new Promise((r) => setTimeout(r, 1));
      }
      await finished;
      return { killed, same: strip(app.sim.result) === reference, phase: app.sim.phase, notices: app.notices.map((n) => n.text) };
    });
    expect(outcome.killed).toBeGreaterThanOrEqual(0);
    expect(outcome.phase).toBe('done');
    expect(outcome.same).toBe(true);
    expect(outcome.notices.join(' ')).toMatch(/replaced/);
  });

  it('lays out at 1920×1080 in dark mode without errors', async () => {
    const page = await open(`?theme=dark${await smallHash()}`, { width: 1920, height: 1080 });
    await waitForDone(page);
    const theme = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
    expect(theme).toBe('dark');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('logged no console error, page error or CSP violation on any page', async () => {
    const problems: string[] = [];
    for (const { page, problems: p } of pages) {
      problems.push(...p.errors);
      if (!page.isClosed()) problems.push(...(await page.evaluate(() => window.__problems)));
    }
    expect([...problems, ...allProblems]).toEqual([]);
  });
});
