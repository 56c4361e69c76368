import { fileURLToPath } from 'node:url';
import { launchChromium, serveDir } from './galleryHarness';
import { openPage, waitForDone } from './appHarness';
import { encodeHash } from '../../src/ui/app/urlState';
const OUT = '/work/wt-edit/test-output/app-editing/';
const SMALL = { version: 2, name: 'E2E editing', seed: 'e2e-editing', runs: 20, steps: 48,
  network: { kind: 'communities', nodes: 2000, communities: 20, meanDegree: 8, mixing: 0.2, kols: { count: 3, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [ { name: '20 seed users', seeding: { method: 'random', count: 20 }, content: { quality: 0.15 } },
    { name: 'Hire 2 KOLs', seeding: { method: 'random', count: 0 }, content: { quality: 0.15 }, kols: { hire: 2, step: 0 } } ] };
const server = await serveDir(OUT);
const browser = await launchChromium();
const url = process.argv[2] === 'default' ? `${server.url}index.html` : `${server.url}index.html${await encodeHash(JSON.stringify(SMALL), [])}`;
const { page } = await openPage(browser, url);
await waitForDone(page, 120000);
const slider = page.locator('dl-field[data-path="strategies[0].seeding.count"] input[type=range]');
await slider.focus();
await page.evaluate(() => { window.__longTasks = []; });
const times: number[] = [];
const t0 = Date.now();
for (let i = 0; i < 20; i++) { const s = Date.now(); await slider.press('ArrowRight'); times.push(Date.now() - s); }
console.log('total ms', Date.now() - t0, 'per press', times.join(','));
const lt = await page.evaluate(() => window.__longTasks.map((t) => Math.round(t.duration)));
console.log('long tasks', lt.length, 'max', Math.max(0, ...lt), lt.join(','));
await browser.close(); await server.close();
