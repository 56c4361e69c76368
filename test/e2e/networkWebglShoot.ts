/**
 * Screenshots of the people view drawn with WebGL, for looking at them: 20k and 200k people, two
 * strategies, at 1280×800 and 1920×1080, in English and Chinese, mid-replay (renderer=webgl: WebGL
 * even where it is software-rendered, as here).
 * Run: `npx tsx test/e2e/networkWebglShoot.ts [outDir] [--no-build]` (default /tmp/shots-webgl).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium, serveDir } from './galleryHarness';
import { buildNetworkHarness } from './network/networkHarness';
import { NETWORK_OUT } from './network/vite.network.config';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/shots-webgl';
const dir = args.includes('--no-build') ? NETWORK_OUT : await buildNetworkHarness();
await mkdir(outDir, { recursive: true });
const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (const nodes of [20_000, 200_000]) {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const [w, h] of [
        [1280, 800],
        [1920, 1080],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: w, height: h } });
        page.on('pageerror', (e) => console.log('page error', e.message));
        await page.goto(`${server.url}index.html?nodes=${nodes}&strategies=2&theme=light&renderer=webgl&locale=${locale}`, { timeout: 300_000 });
        await page.evaluate(() => window.__net.ready);
        await page.evaluate(() => window.__net.view.seek(10));
        await page.waitForTimeout(2500); // the backdrop's ties arrive in slices
        await page.locator('dl-network-view').scrollIntoViewIfNeeded();
        const file = join(outDir, `webgl-${nodes / 1000}k-${locale}-${w}.png`);
        await page.screenshot({ path: file });
        console.log(file, await page.evaluate(() => window.__net.view.dotRenderer));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
