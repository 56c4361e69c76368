/**
 * Screenshots of the editing tools for looking at them: toolbar (undo/redo, My scenarios,
 * currency), a card with its levers open showing the baseline markers and its tools, the sticky
 * summary while results are out of date, an "i" explanation open, in English and 中文 at 1280×800
 * and 1920×1080. Run: `npx tsx test/e2e/editShoot.ts [outDir] [--no-build]`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDir } from './galleryHarness';
import { buildApp, openPage, waitForDone } from './appHarness';

const OUT = fileURLToPath(new URL('../../test-output/app-edit-shots/', import.meta.url));
const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/shots-edit';
const dir = args.includes('--no-build') ? OUT : await buildApp(OUT);
await mkdir(outDir, { recursive: true });
const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (const locale of ['en', 'zh-CN'] as const)
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const tag = `${locale}-${w}`;
      const { page, problems } = await openPage(browser, `${server.url}index.html?theme=light&locale=${locale}`, { width: w, height: h });
      await waitForDone(page, 120_000);
      await page.screenshot({ path: join(outDir, `${tag}-top.png`) });
      // Open the second card's levers, change its quality (marker), open an "i".
      const card = page.locator('dl-strategy-card').nth(1);
      await card.locator('summary').click();
      await card.locator('dl-field[data-path="strategies[1].content.quality"] input[type=number]').fill('3');
      await card.locator('dl-field[data-path="strategies[1].content.quality"] input[type=number]').press('Enter');
      await card.locator('dl-field[data-path="strategies[1].content.relevance"] button.info').click();
      await page.waitForTimeout(200);
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(outDir, `${tag}-editing.png`) });
      await card.screenshot({ path: join(outDir, `${tag}-card.png`) });
      await waitForDone(page, 120_000);
      await page.locator('#per-spend').check();
      await page.screenshot({ path: join(outDir, `${tag}-per-spend.png`) });
      // Match the baseline's budget: the notice says what changed.
      await card.locator('button.scale').click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(outDir, `${tag}-scaled.png`) });
      console.log(tag, await page.evaluate(() => [...window.__dlApp!.shadowRoot!.querySelector('dl-messages')!.shadowRoot!.querySelectorAll('.message .text')].map((e) => e.textContent!.trim()).join(' | ')));
      await page.locator('#library-menu summary').click();
      await page.screenshot({ path: join(outDir, `${tag}-library.png`) });
      await page.locator('#library-menu summary').click();
      // Out of date: a problem keeps the last results, dimmed and labelled.
      await waitForDone(page, 120_000);
      await page.evaluate(() => {
        const app = window.__dlApp!;
        app.setDraft({ ...app.draft, runs: -1 }, app.colors);
      });
      await page.evaluate(() => window.__dlApp!.shadowRoot!.getElementById('stale-label')!.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${tag}-stale.png`) });
      if (problems.errors.length) console.log(tag, problems.errors);
      await page.close();
    }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
