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
      { timeout: 300_000 },
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

    // Playing advances the replay and paints it; pausing stops it. (Frame rate and long tasks while
    // playing are wall-clock figures: `npm run bench -- browser` measures and reports them.)
    const played = await playUntilStep(page, 2);
    expect(played.position).toBeGreaterThan(2);
    expect(played.countsAfter).not.toBe(played.countsBefore);
    expect(played.playingAfterPause).toBe(false);
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

/** Play from the start at 8× until the replay is past `step`, then pause: where it got and the panels' counts before and after. */
async function playUntilStep(page: Page, step: number): Promise<{ position: number; countsBefore: string; countsAfter: string; playingAfterPause: boolean }> {
  return page.evaluate(async (step) => {
    const v = window.__dlApp!.shadowRoot!.querySelector('dl-results')!.shadowRoot!.querySelector('dl-network-view') as DlNetworkView;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const counts = () => Array.from(v.shadowRoot!.querySelectorAll('.counts')).map((e) => e.textContent ?? '').join(' | ');
    v.seek(0);
    await frame();
    await frame();
    const countsBefore = counts();
    v.speed = 8;
    v.play();
    await new Promise<void>((resolve) => {
      const f = () => (v.position > step || !v.playing ? resolve() : requestAnimationFrame(f));
      requestAnimationFrame(f);
    });
    const position = v.position;
    v.pause();
    await frame();
    await frame();
    return { position, countsBefore, countsAfter: counts(), playingAfterPause: v.playing };
  }, step);
}
