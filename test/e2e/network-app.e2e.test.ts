/**
 * The network view inside the app: after the first preset (the "KOL vs seed users" lesson) has
 * simulated, the results show "Watch it spread", whose layout worker regenerates the network,
 * lays it out and re-simulates the representative run with traces. Its last frame must show
 * exactly the reach, shares, conversions and mutes that the simulation workers reported for that
 * run (two workers, same numbers), playback must not cause long tasks, and a screenshot goes to
 * /tmp/shots-network. The app is built into its own folder (test-output/network-app), so this
 * test does not race the app's own e2e build. Skipped without Chromium.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, openPage, waitForDone } from './appHarness';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';

const OUT = new URL('../../test-output/network-app/', import.meta.url).pathname;
const SHOTS = '/tmp/shots-network';

import type { DlNetworkView } from '../../src/ui/network/dlNetworkView';

describe.skipIf(!hasChromium())('network view in the app', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildApp(OUT);
    server = await serveDir(OUT);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('replays the representative run with the simulation workers’ numbers', async () => {
    const { page, problems } = await openPage(browser, `${server.url}index.html`, { width: 1280, height: 900 });
    await waitForDone(page);
    // (Each page function finds the view itself: the CSP forbids evaluating strings in the page.)
    await page.waitForFunction(
      () => {
        const v = window.__dlApp?.shadowRoot?.querySelector('dl-results')?.shadowRoot?.querySelector('dl-network-view') as DlNetworkView | null;
        return !!v && v.end > 0 && !!v.shadowRoot!.querySelector('canvas.panel');
      },
      undefined,
      { timeout: 60_000 },
    );
    const check = await page.evaluate(async () => {
      const v = window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView;
      await v.ready;
      v.seek(v.end);
      const counts = Array.from(v.shadowRoot!.querySelectorAll('.counts')).map((el) =>
        Array.from(el.querySelectorAll('b')).map((b) => Number(b.textContent!.replace(/,/g, ''))),
      );
      const result = window.__dlApp!.sim.result!;
      const run = result.representativeRun.run;
      const expected = result.strategies.map((s) => {
        const row = s.runs.find((r) => r.run === run)!;
        return [row.reached, row.shared, row.converted, row.churned];
      });
      return { counts, expected, panels: v.shadowRoot!.querySelectorAll('canvas.panel').length };
    });
    expect(check.panels).toBe(3);
    expect(check.counts).toEqual(check.expected);

    // The machine is shared with other test suites: a playback with long tasks (possibly another
    // process descheduling the page) is measured again, up to 5 times; a view that really blocks
    // fails every time.
    let playing = await measurePlaying(page);
    for (let attempt = 1; attempt < 5 && playing.longTasks.length > 0; attempt++) playing = await measurePlaying(page);
    expect(playing.frames).toBeGreaterThan(30);
    expect(playing.longTasks).toEqual([]);
    await page.evaluate(() => (window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView).seek(4));
    // A tall window with the section at its bottom, so the app's sticky toolbar does not cover it.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await page.evaluate(() => window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('#network-view')!.scrollIntoView({ block: 'end' }));
    await page.waitForTimeout(200);
    const box = await page.locator('#network-view').boundingBox();
    await page.screenshot({ path: `${SHOTS}/app-network-section.png`, clip: box! });
    expect(problems.errors).toEqual([]);
    expect(await page.evaluate(() => window.__problems)).toEqual([]);
    await page.close();
  });
});

/** Play one second at 8× and collect the long tasks seen meanwhile. */
async function measurePlaying(page: Page): Promise<{ frames: number; longTasks: number[] }> {
  return page.evaluate(async () => {
    const v = window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView;
    await new Promise((r) => setTimeout(r, 300)); // let earlier tasks (first paints) finish
    const before = window.__longTasks.length;
    v.seek(0);
    v.speed = 8;
    v.play();
    let frames = 0;
    const t0 = performance.now();
    await new Promise<void>((resolve) => {
      const f = () => {
        frames++;
        if (performance.now() - t0 < 1000 && v.playing) requestAnimationFrame(f);
        else resolve();
      };
      requestAnimationFrame(f);
    });
    v.pause();
    await new Promise((r) => setTimeout(r, 120));
    return { frames, longTasks: window.__longTasks.slice(before).filter((t) => t.duration > 50).map((t) => Math.round(t.duration)) };
  });
}
