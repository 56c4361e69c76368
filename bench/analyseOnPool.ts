/**
 * Issue 14: Analyse runs on the page's warm worker pool. Measured in the built app in Chromium:
 * the time from "Run sweep" to the first sweep point, for the first sweep after the comparison
 * (the pool's workers already hold the 300,000-person network) and a second one, and how many
 * simulation workers the page started in all (the comparison's pool only: no second pool).
 * Needs /usr/bin/chromium (skipped with a note otherwise).
 */
import { buildApp, openPage, waitForDone, APP_ROOT } from '../test/e2e/appHarness';
import { hasChromium, launchChromium, serveDir } from '../test/e2e/galleryHarness';
import { encodeHash } from '../src/ui/app/urlState';

interface Row {
  name: string;
  value: number;
  unit: string;
}

/** A network that takes a while to build: what a second pool would have to build again. */
const DRAFT = {
  version: 1,
  name: 'sweep timing',
  seed: 'sweep-timing',
  runs: 8,
  steps: 36,
  network: { kind: 'communities', nodes: 300000, communities: 300, meanDegree: 8, mixing: 0.15 },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [{ name: 'seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.3 } }],
};

export async function benchAnalyseOnPool(): Promise<Row[]> {
  if (!hasChromium()) {
    console.log('  (no Chromium at /usr/bin/chromium: skipped)');
    return [];
  }
  const server = await serveDir(await buildApp(`${APP_ROOT}test-output/bench-app/`));
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, `${server.url}index.html?theme=light${await encodeHash(`${JSON.stringify(DRAFT, null, 2)}\n`, [])}`);
    await waitForDone(page, 600_000);
    await page.locator('#analysis-h').scrollIntoViewIfNeeded();
    const analysis = page.locator('dl-analysis');
    await analysis.locator('#sweep-steps').fill('3');
    await analysis.locator('#sweep-to').fill('0.8');
    await page.waitForTimeout(1500);
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const started = await page.evaluate(() => performance.now());
      await analysis.locator('#sweep-run').click();
      await page.waitForFunction(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.sweep.partial.length > 0, undefined, { timeout: 600_000 });
      times.push((await page.evaluate(() => performance.now())) - started);
      await page.waitForFunction(() => document.querySelector('dl-app')!.shadowRoot!.querySelector('dl-analysis')!.controller.state.sweep.phase === 'done', undefined, { timeout: 600_000 });
    }
    const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('simulation.worker')).length);
    return [
      { name: 'first sweep point after the comparison (300,000 people, 8 runs)', value: times[0], unit: 'ms' },
      { name: 'first point of a second sweep', value: times[1], unit: 'ms' },
      { name: 'simulation workers the page started (comparison + two sweeps)', value: workers, unit: '' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
