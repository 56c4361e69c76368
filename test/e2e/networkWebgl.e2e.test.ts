/**
 * Every person drawn with WebGL2 (the network harness, test/e2e/network, in Debian's Chromium —
 * its WebGL2 is SwiftShader's software rasteriser behind ANGLE, with the flags of chromium.ts):
 * - the people view draws every node as a point (point counts, not pictures of a sample);
 * - the pixel under a known person has the colour of that person's state at the shown frame,
 *   and changes as playback moves (expected colours: the theme's state palette; expected state:
 *   the trace read by the documented rule bought > muted > shared > reached);
 * - playing uploads one byte per changed person and draws only them — positions are uploaded
 *   once per network, never per frame;
 * - where WebGL context creation fails (getContext returns null) or a context is lost, the view
 *   falls back to the Canvas path by itself; big networks then open as the community map.
 * Times are never asserted (see `npm run bench -- network-view` for them).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, serveDir } from './galleryHarness';
import { buildNetworkHarness } from './network/networkHarness';
import { NODE_STATE_COLORS, type NodeState } from '../../src/ui/theme';

type Rgba = [number, number, number, number];

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
}

const LIGHT = NODE_STATE_COLORS.light;

describe.skipIf(!hasChromium())('network view with WebGL in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serveDir(await buildNetworkHarness());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${server.url}index.html?theme=light&${query}`);
    await page.evaluate(() => window.__net.ready);
    return { page, errors };
  }

  /**
   * Nodes of strategy 0 to look at: not a KOL or seed, no other person within `gap` CSS px and no
   * KOL within 2·gap (dots here have radius ≤ 2.2 px, KOLs' ≤ 3.3 px: no neighbour's dot or its
   * anti-aliased rim reaches the centre pixel), reached at step ≥ 1 and later shared or bought
   * (so the colour changes during playback); plus one that is never reached.
   */
  async function lonelyNodes(page: Page, gap: number) {
    return page.evaluate((gap) => {
      const view = window.__net.view;
      const picture = view.networkPicture!;
      const trace = view.strategies[0].trace;
      const seeds = new Set(view.strategies[0].seeds ?? []);
      const kols = new Set(picture.kolNodes);
      const n = picture.nodeCount;
      const xy = Array.from({ length: n }, (_, i) => view.nodeClientPoint(i)!);
      const lonely = (i: number) => xy.every((q, j) => j === i || Math.hypot(q.x - xy[i].x, q.y - xy[i].y) >= (kols.has(j) ? 2 * gap : gap));
      let changing = -1;
      let never = -1;
      for (let i = 0; i < n && (changing < 0 || never < 0); i++) {
        if (kols.has(i) || seeds.has(i) || !lonely(i)) continue;
        const later = Math.max(trace.sharedStep[i], trace.convertedStep[i]);
        if (changing < 0 && trace.reachedStep[i] >= 1 && later > trace.reachedStep[i]) changing = i;
        if (never < 0 && trace.reachedStep[i] < 0) never = i;
      }
      return {
        changing,
        never,
        steps: changing >= 0 ? { reached: trace.reachedStep[changing], shared: trace.sharedStep[changing], converted: trace.convertedStep[changing], muted: trace.mutedStep[changing] } : null,
      };
    }, gap);
  }

  /** The state the README's rule gives at `frame` (bought > muted > shared > reached > not reached). */
  function stateAt(steps: { reached: number; shared: number; converted: number; muted: number }, frame: number): NodeState {
    const by = (s: number) => s >= 0 && s <= frame;
    if (by(steps.converted)) return 'converted';
    if (by(steps.muted)) return 'muted';
    if (by(steps.shared)) return 'shared';
    if (by(steps.reached)) return 'reached';
    return 'unaware';
  }

  async function pixelAt(page: Page, node: number, step: number): Promise<Rgba> {
    return page.evaluate(
      ([node, step]) => {
        window.__net.view.seek(step);
        return window.__net.view.dotPixel(node)!;
      },
      [node, step] as const,
    );
  }

  it('draws every person as a WebGL point; the pixel of a known person follows its state through playback', async () => {
    const { page, errors } = await open('nodes=3000&strategies=1&renderer=webgl');
    expect(await page.evaluate(() => window.__net.view.dotRenderer)).toBe('webgl');
    const uploads = await page.evaluate(() => window.__net.view.glUploads());
    expect(uploads).toHaveLength(1);
    expect(uploads[0].positions).toBe(1);
    // The first full draw drew every node of the network.
    expect(uploads[0].pointsDrawn).toBeGreaterThanOrEqual(3003);

    const { changing, never, steps } = await lonelyNodes(page, 5);
    expect(changing).toBeGreaterThanOrEqual(0);
    expect(never).toBeGreaterThanOrEqual(0);
    const frames = [0, steps!.reached - 1, steps!.reached, steps!.shared, steps!.converted, steps!.muted].filter((f) => f >= 0);
    // Forward, then jumping back (a full redraw), then forward again.
    for (const f of [...frames, 0, ...frames]) {
      const expected = rgb(LIGHT[stateAt(steps!, f)]);
      expect((await pixelAt(page, changing, f)).slice(0, 3), `node ${changing} at step ${f}`).toEqual(expected);
      expect((await pixelAt(page, never, f)).slice(0, 3), `never-reached node ${never} at step ${f}`).toEqual(rgb(LIGHT.unaware));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('playing forward uploads state bytes and draws only the people whose state changed', async () => {
    const { page } = await open('nodes=3000&strategies=2&renderer=webgl');
    const result = await page.evaluate(() => {
      const view = window.__net.view;
      view.seek(view.end);
      view.seek(0); // a jump back: every node redrawn
      const before = view.glUploads();
      for (let s = 1; s <= 6; s++) view.seek(s);
      const after = view.glUploads();
      // Reference: per strategy, a node counts once per distinct step in 1..6 at which any of its
      // four events happens (the nodes whose colour may change at that step).
      const events = view.strategies.map(({ trace }) => {
        let count = 0;
        for (let i = 0; i < trace.reachedStep.length; i++) {
          const steps = new Set([trace.reachedStep[i], trace.sharedStep[i], trace.convertedStep[i], trace.mutedStep[i]].filter((s) => s >= 1 && s <= 6));
          count += steps.size;
        }
        return count;
      });
      return { before, after, events };
    });
    expect(result.after).toHaveLength(2);
    for (let k = 0; k < 2; k++) {
      const { before, after } = result;
      expect(after[k].positions).toBe(1);
      expect(after[k].fullDraws).toBe(before[k].fullDraws);
      expect(after[k].codes).toBeGreaterThan(before[k].codes);
      expect(after[k].pointsDrawn - before[k].pointsDrawn).toBe(result.events[k]);
      expect(result.events[k]).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('200k people: every one drawn with WebGL in the people view', async () => {
    const { page, errors } = await open('nodes=200000&strategies=1');
    const state = await page.evaluate(() => ({ renderer: window.__net.view.dotRenderer, uploads: window.__net.view.glUploads(), nodes: window.__net.view.networkPicture!.nodeCount }));
    expect(state.nodes).toBe(200_003);
    expect(state.renderer).toBe('webgl');
    expect(state.uploads[0].pointsDrawn).toBeGreaterThanOrEqual(200_003);
    expect(state.uploads[0].positions).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('falls back to the Canvas path when WebGL context creation fails, with the same colours', async () => {
    const { page, errors } = await open('nodes=3000&strategies=1&renderer=webgl&nowebgl=1');
    const state = await page.evaluate(() => ({
      renderer: window.__net.view.dotRenderer,
      uploads: window.__net.view.glUploads(),
      glCanvases: window.__net.view.shadowRoot!.querySelectorAll('canvas.gl-dots').length,
      panels: window.__net.view.shadowRoot!.querySelectorAll('canvas.panel').length,
    }));
    expect(state).toEqual({ renderer: 'canvas', uploads: [], glCanvases: 0, panels: 1 });
    const { never } = await lonelyNodes(page, 5);
    // The never-reached person is grey, on the Canvas path too. (That canvas also holds the arcs:
    // steps where none crosses this person; the world and layout are deterministic.)
    for (const f of [0, 5]) expect((await pixelAt(page, never, f)).slice(0, 3), `step ${f}`).toEqual(rgb(LIGHT.unaware));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without WebGL, more than 25,000 people open as the community map with a note; People still works', async () => {
    const { page, errors } = await open('nodes=30000&strategies=1&nowebgl=1');
    const shown = await page.evaluate(() => ({
      mode: window.__net.view.shadowRoot!.querySelector('canvas.panel')!.getAttribute('data-strategy'),
      hint: Array.from(window.__net.view.shadowRoot!.querySelectorAll('.hint')).map((e) => e.textContent),
    }));
    expect(shown.mode).toMatch(/^map:/);
    expect(shown.hint.join(' ')).toContain('Without WebGL');
    await page.locator('dl-network-view').getByRole('button', { name: 'People' }).click();
    await expect.poll(() => page.evaluate(() => window.__net.view.shadowRoot!.querySelector('canvas.panel')!.getAttribute('data-strategy'))).toMatch(/^people:/);
    expect(await page.evaluate(() => window.__net.view.dotRenderer)).toBe('canvas');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records the WebGL panels into a WebM video (the dots drawn under the overlay)', async () => {
    const { page, errors } = await open('nodes=3000&strategies=2&renderer=webgl');
    const video = await page.evaluate(async () => {
      const v = window.__net.view;
      v.speed = 16;
      const blob = await v.recordVideo();
      const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
      return { type: blob.type, size: blob.size, head: Array.from(head).join(','), renderer: v.dotRenderer };
    });
    expect(video.renderer).toBe('webgl');
    expect(video.type).toBe('video/webm');
    expect(video.head).toBe('26,69,223,163'); // EBML magic
    expect(video.size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a lost WebGL context switches the panels to the Canvas path', async () => {
    const { page } = await open('nodes=3000&strategies=2&renderer=webgl');
    expect(await page.evaluate(() => window.__net.view.dotRenderer)).toBe('webgl');
    await page.evaluate(() => {
      const canvas = window.__net.view.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.gl-dots')!;
      canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await expect.poll(() => page.evaluate(() => window.__net.view.dotRenderer)).toBe('canvas');
    const hidden = await page.evaluate(() => Array.from(window.__net.view.shadowRoot!.querySelectorAll<HTMLCanvasElement>('canvas.gl-dots')).map((c) => c.hidden));
    expect(hidden).toEqual([true, true]);
    const { never } = await lonelyNodes(page, 5);
    expect((await pixelAt(page, never, 4)).slice(0, 3)).toEqual(rgb(LIGHT.unaware));
    await page.close();
  });
});
