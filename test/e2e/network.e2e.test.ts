/**
 * The network view in a real browser: builds the harness (test/e2e/network), serves it under
 * the app's CSP and loads it in Debian's Chromium with real 5k, 20k and 200k-node worlds and
 * real traces. Checks that the layout worker runs, the panels paint, playback advances and
 * scrubbing repaints, the keyboard and the inspector work, the PNG and WebM exports are real
 * files, and takes a screenshot per state into /tmp/shots-network (looked at by a human). Frame
 * and paint times are wall-clock figures: `npm run bench -- browser` measures and reports them.
 * Skipped without Chromium (an error when CI is set).
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';
import type { PlaybackMeasure } from './network/harness';
import { buildNetworkHarness } from './network/networkHarness';
import { validateScenario } from '../../src/scenario/validateScenario';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { TOTALS_PER_RUN } from '../../src/runtime/runBlock';
import kolLesson from '../../scenarios/lesson-kol-vs-seed-users.json';

const SHOTS = '/tmp/shots-network';
const PNG_SIGNATURE = '137,80,78,71';

describe.skipIf(!hasChromium())('network view in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  const problems: string[] = [];
  const metrics: Record<string, unknown> = {};

  async function open(query: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`[${query}] console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`[${query}] page error: ${e.message}`));
    await page.addInitScript(() => {
      (window as unknown as { __problems: string[] }).__problems = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __problems: string[] }).__problems.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    await page.goto(`${server.url}index.html?${query}`);
    const ready = await page.evaluate(() => window.__net.ready);
    metrics[`${query} ready`] = ready;
    return page;
  }

  const seek = async (page: Page, step: number) => {
    await page.evaluate((s) => window.__net.view.seek(s), step);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  };

  /** Play 90 frames at 8× from the start (fewer when the replay reaches its end first). */
  const play = (page: Page): Promise<PlaybackMeasure> => page.evaluate(() => window.__net.measurePlayback(90, 8));

  /** The panels' counts line(s) as shown. */
  const countsText = (page: Page) => page.evaluate(() => Array.from(window.__net.view.shadowRoot!.querySelectorAll('.counts')).map((e) => e.textContent ?? '').join(' | '));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = await buildNetworkHarness();
    server = await serveDir(dir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    writeFileSync(`${SHOTS}/metrics.json`, JSON.stringify(metrics, null, 2));
    await browser?.close();
    await server?.close();
  });

  it('5k people, two strategies: lays out in the worker, plays, exports', async () => {
    const page = await open('nodes=5000&strategies=2');
    const ready = metrics['nodes=5000&strategies=2 ready'] as { nodes: number; mode: string; layoutMs: number; groups: number };
    expect(ready.nodes).toBe(5003);
    expect(ready.mode).toBe('people');
    expect(ready.groups).toBeGreaterThan(20);

    await seek(page, 0);
    await page.screenshot({ path: `${SHOTS}/5k-1-first-frame.png` });
    await seek(page, 4);
    await page.screenshot({ path: `${SHOTS}/5k-2-mid.png` });
    const counts = await page.evaluate(() =>
      Array.from(window.__net.view.shadowRoot!.querySelectorAll('.counts')).map((e) => e.textContent ?? ''),
    );
    expect(counts).toHaveLength(2);
    expect(counts[0]).toMatch(/^reached [\d,]+ · shared [\d,]+ · bought [\d,]+ · muted [\d,]+$/);
    await seek(page, 1000);
    const end = await page.evaluate(() => ({ position: window.__net.view.position, end: window.__net.view.end, finals: window.__net.finals }));
    expect(end.position).toBe(end.end);
    const finalCounts = await page.evaluate(() => Array.from(window.__net.view.shadowRoot!.querySelectorAll('.counts b')).map((b) => Number(b.textContent!.replace(/,/g, ''))));
    // The last frame's counts are the run's final reach and conversions (engine numbers).
    expect(finalCounts[0]).toBe(end.finals[0].reached);
    expect(finalCounts[2]).toBe(end.finals[0].converted);
    expect(finalCounts[4]).toBe(end.finals[1].reached);
    await page.screenshot({ path: `${SHOTS}/5k-3-end.png` });

    const m = await play(page);
    expect(m.from).toBe(0);
    expect(m.to).toBeGreaterThan(m.from);
    expect(m.frames).toBeGreaterThan(1);

    const png = await page.evaluate(async () => {
      const blob = await window.__net.view.exportPng();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const bitmap = await createImageBitmap(blob);
      return { bytes: bytes.length, signature: Array.from(bytes.slice(0, 4)).join(','), width: bitmap.width, height: bitmap.height };
    });
    expect(png.signature).toBe(PNG_SIGNATURE);
    expect(png.width).toBeGreaterThan(2000);
    expect(png.bytes).toBeGreaterThan(100_000);
    const download = page.waitForEvent('download');
    await page.locator('dl-network-view').getByRole('button', { name: 'PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^network-step-\d+\.png$/);
    await file.saveAs(`${SHOTS}/5k-export.png`);
    expect(await page.evaluate(() => (window as unknown as { __problems: string[] }).__problems)).toEqual([]);
    await page.close();
  });

  it('hover shows the inspector and highlights the path back to a seed; the keyboard drives playback', async () => {
    const page = await open('nodes=5000&strategies=2');
    await seek(page, 8);
    const node = await page.evaluate(() => window.__net.reachedNode(0, 8, 3));
    expect(node).toBeGreaterThanOrEqual(0);
    const point = await page.evaluate((n) => window.__net.view.nodeClientPoint(n), node);
    await page.mouse.move(point!.x, point!.y);
    const inspector = page.locator('dl-network-view dl-node-inspector .card');
    await expect.poll(() => inspector.count()).toBe(1);
    const text = await inspector.innerText();
    expect(text).toContain('#');
    expect(text).toMatch(/hops from the start/);
    expect(text).toContain('20 random seed users');
    await page.screenshot({ path: `${SHOTS}/5k-4-hover-inspector.png` });
    await page.mouse.move(2, 2);
    await expect.poll(() => inspector.count()).toBe(0);

    const view = page.locator('dl-network-view');
    await view.focus();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => window.__net.view.position)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.__net.view.position)).toBe(2);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => window.__net.view.position)).toBe(1);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    expect(await page.evaluate(() => window.__net.view.speed)).toBe(4);
    await page.keyboard.press('-');
    expect(await page.evaluate(() => window.__net.view.speed)).toBe(2);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => window.__net.view.playing)).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => window.__net.view.playing)).toBe(false);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => window.__net.view.position === window.__net.view.end)).toBe(true);
    // The transport bar shows the step as hours and days and its scrubber seeks.
    const label = await page.locator('dl-playback .time').innerText();
    expect(label).toMatch(/^hour \d+ · day \d+$/);
    const scrubber = page.locator('dl-playback input[type=range]');
    await scrubber.fill('3');
    expect(await page.evaluate(() => window.__net.view.position)).toBe(3);
    await page.close();
  });

  it('20k people: full node drawing plays, and scrubbing back and forth shows each step', async () => {
    const page = await open('nodes=20000&strategies=2');
    const ready = metrics['nodes=20000&strategies=2 ready'] as { nodes: number; mode: string };
    expect(ready.mode).toBe('people');
    const m = await play(page);
    expect(m.to).toBeGreaterThan(m.from);
    // Scrubbing back repaints both panels: the counts shown are those of the step sought, the
    // same whichever way the scrubber came.
    const shown: Record<number, string> = {};
    for (const step of [9, 1, 7, 0, 5, 2, 9, 0]) {
      await seek(page, step);
      expect(await page.evaluate(() => window.__net.view.position)).toBe(step);
      const text = await countsText(page);
      if (step in shown) expect(text, `step ${step}`).toBe(shown[step]);
      shown[step] = text;
    }
    expect(shown[9]).not.toBe(shown[0]);
    await seek(page, 5);
    await page.screenshot({ path: `${SHOTS}/20k-mid.png` });
    await page.close();
  });

  it('200k people: the community map plays and explains a hovered community', async () => {
    // The map is a view of its own (the "Community map" button); auto mode would draw 200k people with WebGL.
    const page = await open('nodes=200000&strategies=2&mode=map');
    const ready = metrics['nodes=200000&strategies=2&mode=map ready'] as { mode: string; groups: number };
    expect(ready.mode).toBe('map');
    const m = await play(page);
    expect(m.to).toBeGreaterThan(m.from);
    await seek(page, 6);
    await page.screenshot({ path: `${SHOTS}/200k-map-mid.png` });
    // Hover the middle of the first panel: the largest community sits there.
    const box = await page.locator('dl-network-view canvas.panel').first().boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    const inspector = page.locator('dl-network-view dl-node-inspector .card');
    await expect.poll(() => inspector.count()).toBe(1);
    expect(await inspector.innerText()).toMatch(/community \d+[\s\S]*members/);
    await page.screenshot({ path: `${SHOTS}/200k-map-hover.png` });
    await seek(page, 1000);
    await page.mouse.move(1, 1);
    await page.screenshot({ path: `${SHOTS}/200k-map-end.png` });
    const download = page.waitForEvent('download');
    await page.locator('dl-network-view').getByRole('button', { name: 'PNG' }).click();
    const file = await download;
    await file.saveAs(`${SHOTS}/200k-map-export.png`);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    await page.close();
  });

  it('dark theme, three strategies, and a WebM recording of the replay', async () => {
    const page = await open('nodes=5000&strategies=3&theme=dark');
    await seek(page, 3.5);
    await page.screenshot({ path: `${SHOTS}/5k-dark-three-strategies.png` });
    const video = await page.evaluate(async () => {
      const v = window.__net.view;
      v.speed = 16;
      const blob = await v.recordVideo();
      const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
      return { type: blob.type, size: blob.size, head: Array.from(head).join(',') };
    });
    expect(video.type).toBe('video/webm');
    expect(video.head).toBe('26,69,223,163'); // EBML magic
    expect(video.size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('scenario mode: the layout worker replays a lesson with the engine’s numbers', async () => {
    const page = await open('scenario=kol');
    const ready = metrics['scenario=kol ready'] as { nodes: number; mode: string };
    expect(ready.nodes).toBe(10_005);
    await seek(page, 1000);
    const counts = await page.evaluate(() =>
      Array.from(window.__net.view.shadowRoot!.querySelectorAll('.counts')).map((el) =>
        Array.from(el.querySelectorAll('b')).map((b) => Number(b.textContent!.replace(/,/g, ''))),
      ),
    );
    // The same run simulated here in Node by the runtime the CLI uses.
    const checked = validateScenario(kolLesson);
    if (!checked.ok) throw new Error(checked.errors.join('; '));
    const block = simulateRuns(checked.scenario, [0]);
    // totals per (strategy, run): reached, shared, converted, churned, steps.
    const expected = Array.from({ length: block.strategyCount }, (_, s) => Array.from(block.totals.subarray(s * TOTALS_PER_RUN, s * TOTALS_PER_RUN + 4)));
    expect(counts).toEqual(expected);
    await seek(page, 4);
    await page.screenshot({ path: `${SHOTS}/lesson-kol-vs-seed-users.png` });
    await page.close();
  });

  it('logged no console errors, page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
