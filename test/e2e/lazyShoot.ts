/**
 * Screenshots of what now loads on demand (lessons, Analyse, the network view), in English and
 * Chinese at 1280×800 and 1920×1080, to look at after the split: the first screen, a lesson opened
 * from a link, and the Analyse section scrolled into view.
 * Run: `npx tsx test/e2e/lazyShoot.ts [outDir] [--no-build]`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serveDir } from './galleryHarness';
import { APP_OUT, buildApp, openPage, waitForDone } from './appHarness';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/lazy-shots';
const dir = args.includes('--no-build') ? APP_OUT : await buildApp();
await mkdir(outDir, { recursive: true });
const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (const locale of ['en', 'zh-CN'] as const) {
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const name = `${locale}-${w}`;
      const first = await openPage(browser, `${server.url}index.html?locale=${locale}`, { width: w, height: h });
      await waitForDone(first.page);
      await first.page.locator('dl-network-view').first().waitFor({ state: 'attached' });
      await first.page.waitForTimeout(500);
      await first.page.screenshot({ path: join(outDir, `${name}-first.png`) });
      await first.page.locator('dl-analysis').scrollIntoViewIfNeeded();
      await first.page.waitForTimeout(300);
      await first.page.screenshot({ path: join(outDir, `${name}-analysis.png`) });
      if (first.problems.errors.length) console.log(name, first.problems.errors);
      await first.page.close();

      const lesson = await openPage(browser, `${server.url}index.html?locale=${locale}#lesson=tipping-point&step=2`, { width: w, height: h });
      await lesson.page.locator('dl-lesson').waitFor({ state: 'visible' });
      await lesson.page.waitForTimeout(800);
      await lesson.page.screenshot({ path: join(outDir, `${name}-lesson.png`) });
      if (lesson.problems.errors.length) console.log(name, 'lesson', lesson.problems.errors);
      await lesson.page.close();
    }
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
