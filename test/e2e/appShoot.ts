/**
 * Screenshots of the app for looking at it: light and dark, 1280×800 and 1920×1080, in the
 * results, loading, error and empty states. Run: `npx tsx test/e2e/appShoot.ts [outDir] [--no-build]`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serveDir } from './galleryHarness';
import { APP_OUT, buildApp, openPage, waitForDone } from './appHarness';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/app-shots';
const dir = args.includes('--no-build') ? APP_OUT : await buildApp();
await mkdir(outDir, { recursive: true });
const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (const theme of ['light', 'dark'] as const) {
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const { page, problems } = await openPage(browser, `${server.url}index.html?theme=${theme}`, { width: w, height: h });
      await waitForDone(page);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(outDir, `${theme}-${w}-results.png`) });
      if (w === 1280) {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 800, k = 1; y < height && k <= 5; y += 800, k++)
          await page.screenshot({ path: join(outDir, `${theme}-${w}-part${k}.png`), fullPage: true, clip: { x: 0, y, width: w, height: Math.min(800, height - y) } });
      }
      if (problems.errors.length) console.log(theme, w, problems.errors);
      await page.close();
    }
  }
  // Loading state: a large scenario just after it starts.
  const { page } = await openPage(browser, `${server.url}index.html?theme=light`);
  await waitForDone(page);
  // A strategy card with its levers open.
  await page.locator('dl-strategy-card').nth(1).locator('summary').click();
  await page.locator('dl-strategy-card').nth(1).screenshot({ path: join(outDir, 'light-card-levers.png') });
  await page.locator('dl-strategy-card').nth(1).locator('summary').click();
  await page.evaluate(() => {
    const app = window.__dlApp!;
    app.setDraft({ ...app.draft, runs: 2000 }, app.colors);
  });
  await page.waitForFunction(() => window.__dlApp!.sim.phase === 'running' && window.__dlApp!.sim.runsDone > 0);
  await page.screenshot({ path: join(outDir, 'light-1280-loading.png') });
  // Error state: an invalid field.
  await page.evaluate(() => {
    const app = window.__dlApp!;
    app.setDraft({ ...app.draft, network: { ...(app.draft.network as object), meanDegree: -3 } }, app.colors);
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'light-1280-error.png') });
  await page.close();
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
