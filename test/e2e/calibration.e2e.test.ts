/**
 * The Analyse area's Calibrate tab in the built app in Chromium: upload the bundled synthetic
 * campaign's observed CSV, calibrate three parameters with few particles on the page's workers,
 * and check that the result equals `lab calibrate` run from the command line with the same
 * options and seed (JSON outside meta, and the posterior table's numbers), that the unidentified
 * parameter is named, that "Use this world" writes the posterior means into the scenario, and
 * that cancel stops a run. Screenshots at 1280×800 in English and Chinese go to
 * /tmp/shots-calibration/. Skipped without /usr/bin/chromium.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationResult } from '../../src/calibration/calibrationResult';
import { roundedMean } from '../../src/ui/app/analysis/calibrationForm';
import { correlatedPairs, rangeEdges } from '../../src/ui/app/analysis/calibrationReading';
import { tableNumber } from '../../src/ui/app/analysis/calibrationPosteriorView';
import { encodeHash } from '../../src/ui/app/urlState';
import { APP_ROOT, buildApp, openPage, waitForDone, type PageProblems } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const SHOTS = '/tmp/shots-calibration';
const WORK = `${APP_ROOT}test-output/calibration-e2e/`;
const OBSERVED = `${APP_ROOT}calibration/synthetic-campaign-observed.csv`;
const FITS = ['strategies[0].content.quality=0.05:0.5', 'model.conversion.plateau=0.02:0.3', 'model.advocacy=0:0.6'];
const OPTIONS = { particles: '20', generations: '3', runsPerParticle: '5' };

const calibration = (page: Page) => page.locator('dl-analysis dl-calibration');

type CalState = { phase: string; result: CalibrationResult | null; history: unknown[] };
const calState = (page: Page): Promise<CalState> =>
  page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.shadowRoot!.querySelector('dl-calibration')!.controller.state)));

async function waitPhase(page: Page, phase: string, timeout = 90_000): Promise<void> {
  await page.waitForFunction(
    (phase) => {
      const st = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.shadowRoot!.querySelector('dl-calibration')!.controller.state;
      if (st.phase === 'error' && phase !== 'error') throw new Error(`calibration failed: ${st.error}`);
      return st.phase === phase;
    },
    phase,
    { timeout },
  );
}

async function shoot(page: Page, name: string, selector = 'dl-calibration'): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.shadowRoot!;
    const el = selector === 'dl-calibration' ? root.querySelector('dl-calibration') : root.querySelector('dl-calibration')!.shadowRoot!.querySelector(selector);
    el!.scrollIntoView({ block: 'start' });
    // The sticky top bar covers the first 56 px.
    window.scrollBy(0, -64);
  }, selector);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

describe.skipIf(!hasChromium())('the Calibrate tab in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  let problems: PageProblems;
  let cli: CalibrationResult;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    await mkdir(WORK, { recursive: true });
    // The bundled campaign with fewer runs for the comparison the page simulates on load (calibration ignores `runs`).
    const file = JSON.parse(await readFile(`${APP_ROOT}calibration/synthetic-campaign.json`, 'utf8'));
    const text = `${JSON.stringify({ ...file, runs: 8 }, null, 2)}\n`;
    await writeFile(`${WORK}scenario.json`, text);
    const args = ['src/cli/main.ts', 'calibrate', `${WORK}scenario.json`, '--observed', OBSERVED, ...FITS.flatMap((f) => ['--fit', f])];
    args.push('--particles', OPTIONS.particles, '--generations', OPTIONS.generations, '--runs-per-particle', OPTIONS.runsPerParticle, '--workers', '1', '--out', `${WORK}cli.json`);
    const [dir] = await Promise.all([
      buildApp(`${WORK}app/`),
      promisify(execFile)(`${APP_ROOT}node_modules/.bin/tsx`, args, { cwd: APP_ROOT }),
    ]);
    cli = JSON.parse(await readFile(`${WORK}cli.json`, 'utf8'));
    server = await serveDir(dir);
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}index.html?theme=light&locale=en${await encodeHash(text, [])}`));
    await waitForDone(page, 120_000);
  });

  afterAll(async () => {
    if (page && !page.isClosed()) {
      const csp = await page.evaluate(() => window.__problems);
      expect([...problems.errors, ...csp]).toEqual([]);
    }
    await browser?.close();
    await server?.close();
  });

  it('calibrates the uploaded campaign exactly as lab calibrate does for the same options and seed', async () => {
    await page.locator('dl-analysis #tab-calibrate').click();
    await calibration(page).locator('#cal-observed').setInputFiles(OBSERVED);
    await expect.poll(() => calibration(page).locator('#cal-observed-summary').textContent()).toMatch(/synthetic-campaign-observed\.csv: 15 rows, steps 0–168/);
    await calibration(page).locator('#cal-particles').fill(OPTIONS.particles);
    await calibration(page).locator('#cal-generations').fill(OPTIONS.generations);
    await calibration(page).locator('#cal-runsPerParticle').fill(OPTIONS.runsPerParticle);
    await shoot(page, 'form-en');
    await calibration(page).locator('#cal-run').click();
    await waitPhase(page, 'done');
    const st = await calState(page);
    const { meta: _a, ...fromPage } = st.result!;
    const { meta: _b, ...fromCli } = cli;
    expect(fromPage).toEqual(fromCli);
    // The table shows the CLI's numbers.
    for (const p of cli.parameters) {
      const row = calibration(page).locator(`#cal-table tr[data-path="${p.path}"]`);
      for (const k of ['mean', 'p05', 'p50', 'p95', 'spreadRatio'] as const) expect(await row.locator(`td[data-k="${k}"]`).textContent()).toBe(tableNumber(p[k], 'en'));
    }
    // One line per completed generation in the narrowing chart, for each parameter.
    const completed = cli.diagnostics.generations.filter((g) => g.completed).length;
    expect(await calibration(page).locator('#cal-narrowing .dl-posterior-gen').count()).toBe(completed * cli.parameters.length);
    expect(await calibration(page).locator('#cal-fit-chart .dl-fit-panel').count()).toBe(3);
    expect(await calibration(page).locator('#cal-cli').textContent()).toBe(
      `npm run lab -- calibrate scenario.json --observed synthetic-campaign-observed.csv ${FITS.map((f) => `--fit ${f}`).join(' ')} --particles 20 --generations 3 --runs-per-particle 5`,
    );
    // An unidentified parameter is named on the page.
    const note = calibration(page).locator('#cal-unidentified');
    if (cli.diagnostics.unidentified.length > 0) {
      for (const path of cli.diagnostics.unidentified) expect(await note.textContent()).toContain(path);
      expect(await calibration(page).locator('#cal-table tr.unidentified').count()).toBe(cli.diagnostics.unidentified.length);
    } else expect(await note.count()).toBe(0);
    // Correlated pairs and posteriors at an end of their range are pointed out as the CLI's numbers say.
    expect(await calibration(page).locator('#cal-correlated').count()).toBe(correlatedPairs(cli).length > 0 ? 1 : 0);
    expect(await calibration(page).locator('p[data-edge]').count()).toBe(rangeEdges(cli).length);
    await shoot(page, 'narrowing-en', '#cal-narrow-h');
    await shoot(page, 'result-en', '#cal-unidentified');
    await shoot(page, 'fit-en', '#cal-fit-h');
    await calibration(page).locator('#cal-fit-chart').screenshot({ path: `${SHOTS}/fit-chart-en.png` });
  });

  it('Chinese: the same panel reworded live', async () => {
    await page.locator('dl-app #language').selectOption('zh-CN');
    await expect.poll(() => calibration(page).locator('#cal-run').textContent()).toBe('校准');
    expect(await page.locator('dl-analysis #tab-calibrate').textContent()).toBe('校准');
    await shoot(page, 'form-zh');
    await shoot(page, 'narrowing-zh', '#cal-narrow-h');
    await shoot(page, 'fit-zh', '#cal-fit-h');
    await calibration(page).locator('#cal-fit-chart').screenshot({ path: `${SHOTS}/fit-chart-zh.png` });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await shoot(page, 'result-zh-dark', '#cal-unidentified');
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.locator('dl-app #language').selectOption('en');
    await expect.poll(() => calibration(page).locator('#cal-run').textContent()).toBe('Calibrate');
  });

  it('"Use this world" writes the posterior means into the scenario', async () => {
    await calibration(page).locator('#cal-use').click();
    const expected = cli.parameters.map((p) => roundedMean(p.mean, p.integer));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const d = window.__dlApp!.draft as { model: { advocacy: number; conversion: { plateau: number } }; strategies: { content: { quality: number } }[] };
          return [d.strategies[0].content.quality, d.model.conversion.plateau, d.model.advocacy];
        }),
      )
      .toEqual(expected);
    expect(expected).not.toEqual([0.15, 0.08, 0.1]);
    expect(await calibration(page).locator('#cal-applied').textContent()).toContain('model.conversion.plateau =');
    // The result is not "out of date" for the world it made.
    expect(await calibration(page).locator('#cal-stale').count()).toBe(0);
  });

  it('cancel stops a run', async () => {
    await calibration(page).locator('#cal-particles').fill('200');
    await calibration(page).locator('#cal-run').click();
    await calibration(page).locator('#cal-cancel').click();
    await waitPhase(page, 'cancelled', 20_000);
    expect(await calibration(page).locator('#cal-cancelled').textContent()).toBe('Cancelled.');
  });

  it('a calibration cancelled after its first generation continues to the CLI\'s posterior', async () => {
    await calibration(page).locator('#cal-particles').fill(OPTIONS.particles);
    // Cancel from inside the page the moment the first generation is in (a click could come too late).
    await page.evaluate(() => {
      const el = document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.shadowRoot!.querySelector('dl-calibration')!;
      const off = el.controller.subscribe((s) => {
        if (s.phase === 'running' && s.history.length >= 1) {
          off();
          el.controller.cancel();
        }
      });
    });
    await calibration(page).locator('#cal-run').click();
    await waitPhase(page, 'cancelled', 60_000);
    expect(await calibration(page).locator('#cal-resume').textContent()).toBe('Continue from generation 1');
    await shoot(page, 'resume-en', '.run');
    await calibration(page).locator('#cal-resume').click();
    await waitPhase(page, 'done');
    const st = await calState(page);
    // "Use this world" changed the fitted fields' starting values only; every particle sets them, so the posterior is the CLI's.
    expect(st.result!.posterior).toEqual(cli.posterior);
    expect(st.result!.parameters).toEqual(cli.parameters);
    expect(await calibration(page).locator('#cal-state-download').count()).toBe(1);
  });
});
