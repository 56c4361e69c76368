/**
 * Screenshot every chart of the gallery, light and dark, at 1280×800, into /tmp/shots (or the
 * directory given as the first argument). Run: `npx tsx test/e2e/shoot.ts [outDir] [--no-build]`.
 */

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildGallery, launchChromium, serveDir } from './galleryHarness';
import { GALLERY_OUT } from './vite.gallery.config';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/shots';
const dir = args.includes('--no-build') ? GALLERY_OUT : await buildGallery();
await mkdir(outDir, { recursive: true });
const server = await serveDir(dir);
const browser = await launchChromium();
try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[${theme}] console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`[${theme}] page error: ${e.message}`));
    await page.goto(`${server.url}index.html?theme=${theme}`);
    await page.waitForFunction(() => {
      const frames = Array.from(document.querySelectorAll('dl-chart-frame'));
      return frames.length > 0 && frames.every((f) => f.firstElementChild?.shadowRoot?.querySelector('svg desc'));
    });
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('dl-chart-frame')).map((f) => f.id));
    for (const id of ids) {
      await page.locator(`#${id}`).screenshot({ path: join(outDir, `${theme}-${id}.png`) });
    }
    await page.screenshot({ path: join(outDir, `${theme}-viewport.png`) });
    // What a user downloads: the frame's PNG and SVG buttons.
    for (const id of ['time-reached', 'attribution']) {
      for (const format of ['PNG', 'SVG']) {
        const download = page.waitForEvent('download');
        await page.locator(`#${id}`).getByRole('button', { name: new RegExp(`as ${format}`) }).click();
        await (await download).saveAs(join(outDir, `export-${theme}-${id}.${format.toLowerCase()}`));
      }
    }
    await page.close();
  }
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
