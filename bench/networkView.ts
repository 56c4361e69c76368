/**
 * `npm run bench -- network-view`: the people view of 20k, 200k and 1M people in headless
 * Chromium (the network harness of test/e2e/network, Debian's Chromium launched as the browser
 * tests do: test/e2e/chromium.ts). Without a GPU, Chromium's WebGL2 is SwiftShader (a CPU
 * rasteriser behind ANGLE): the numbers say what a GPU-less machine sees, not a GPU.
 *
 * Per size, two strategies side by side (two panels), WebGL path:
 * - layout: the layout worker's time for the network (generation not included);
 * - forward frame: one step forward, waited for until its pixels exist (a one-pixel read forces
 *   the rasteriser to finish), median and p95 over the replay's first 40 steps;
 * - jump back: from the last step to step 0 (every dot redrawn), median of 3;
 * - playing at 8×: requestAnimationFrame intervals (what a viewer sees), median and p95, and the
 *   main thread's long tasks (without a GPU, Chromium reads each WebGL canvas back for its
 *   software compositor on the main thread);
 * - JS heap of the page once shown.
 * And the same on the Canvas path (renderer=canvas) for comparison.
 */
import type { Browser } from 'playwright-core';
import { launchChromium, serveDir } from '../test/e2e/galleryHarness';
import { buildNetworkHarness } from '../test/e2e/network/networkHarness';

interface Row {
  name: string;
  value: number;
  unit: string;
}

const quantile = (values: number[], q: number): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};

async function measureSize(browser: Browser, url: string, nodes: number, renderer: 'webgl' | 'canvas'): Promise<Row[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const label = `${nodes.toLocaleString('en')} people, 2 panels, ${renderer}`;
  try {
    const opened = performance.now();
    await page.goto(`${url}index.html?nodes=${nodes}&strategies=2&mode=people&renderer=${renderer}`, { timeout: 600_000 });
    const ready = await page.evaluate(() => window.__net.ready);
    const shownMs = performance.now() - opened;
    const actual = await page.evaluate(() => window.__net.view.dotRenderer);
    if (actual !== renderer) throw new Error(`${label}: the view drew with ${actual}`);
    const synced = await page.evaluate(() => window.__net.syncedFrames(40, 3));
    const playing = await page.evaluate(() => window.__net.measurePlayback(90, 8));
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN);
    return [
      ...(renderer === 'webgl' ? [{ name: `${label}: layout in the worker`, value: ready.layoutMs, unit: 'ms' }] : []),
      { name: `${label}: page opened to first frame (world generated in the page)`, value: shownMs, unit: 'ms' },
      { name: `${label}: forward frame, median`, value: quantile(synced.forward, 0.5), unit: 'ms' },
      { name: `${label}: forward frame, p95`, value: quantile(synced.forward, 0.95), unit: 'ms' },
      { name: `${label}: jump back (every dot), median`, value: quantile(synced.back, 0.5), unit: 'ms' },
      { name: `${label}: playing 8x, frame interval median`, value: quantile(playing.intervals, 0.5), unit: 'ms' },
      { name: `${label}: playing 8x, frame interval p95`, value: quantile(playing.intervals, 0.95), unit: 'ms' },
      { name: `${label}: playing 8x, long tasks (> 50 ms) in 90 frames`, value: playing.longTasks.length, unit: '' },
      { name: `${label}: playing 8x, longest task`, value: Math.max(0, ...playing.longTasks), unit: 'ms' },
      { name: `${label}: JS heap of the page`, value: heap / 1e6, unit: 'MB' },
    ];
  } finally {
    await page.close();
  }
}

export async function benchNetworkView(): Promise<Row[]> {
  const server = await serveDir(await buildNetworkHarness());
  const browser = await launchChromium();
  try {
    const probe = await browser.newPage();
    const gpu = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : 'no WebGL2';
    });
    await probe.close();
    console.log(`WebGL2 renderer: ${gpu}`);
    const rows: Row[] = [];
    for (const nodes of [20_000, 200_000, 1_000_000]) rows.push(...(await measureSize(browser, server.url, nodes, 'webgl')));
    for (const nodes of [20_000, 200_000, 1_000_000]) rows.push(...(await measureSize(browser, server.url, nodes, 'canvas')));
    return rows.map((r) => ({ ...r, value: Math.round(r.value * 10) / 10 }));
  } finally {
    await browser.close();
    await server.close();
  }
}
