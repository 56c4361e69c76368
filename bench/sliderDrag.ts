/**
 * Slider-drag benchmark in the built app (Debian Chromium): on the first-visit scenario, the
 * baseline's "Seed users" slider gets 20 changes in 2 s (one `input` event every 100 ms, as a
 * drag sends them), then the page settles. Reported:
 * - the drag's wall time (2 s when the main thread keeps up; a busy main thread delays the
 *   timers that send the changes),
 * - the longest gap between two changes and the long tasks (> 50 ms) during the drag,
 * - the main thread's busy time during the drag (a CPU profile: everything but idle), which
 *   depends much less on other jobs than the wall-clock figures,
 * - how many simulations started during the drag (0: only the settled value runs),
 * - the time from the last change until the settled value's simulation is done.
 * Skipped without /usr/bin/chromium. Wall-clock numbers: run on a quiet machine.
 *
 *   npx tsx bench/sliderDrag.ts      (or `npm run bench -- slider`)
 */
import { fileURLToPath } from 'node:url';
import { buildApp, openPage, waitForDone } from '../test/e2e/appHarness';
import { hasChromium, launchChromium, serveDir } from '../test/e2e/galleryHarness';

export interface SliderBenchRow {
  name: string;
  value: number;
  unit: string;
}

const OUT = fileURLToPath(new URL('../test-output/bench-slider/', import.meta.url));
const CHANGES = 20;
const INTERVAL_MS = 100;

export async function benchSliderDrag(): Promise<SliderBenchRow[]> {
  if (!hasChromium()) return [];
  const server = await serveDir(await buildApp(OUT));
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, `${server.url}index.html?theme=light`);
    await waitForDone(page, 180_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    const drag = await page.evaluate(
      async ({ changes, interval }) => {
        const app = window.__dlApp!;
        const field = app.shadowRoot!.querySelector('dl-strategy-card')!.shadowRoot!.querySelector('dl-field[data-path="strategies[0].seeding.count"]')!;
        const input = field.shadowRoot!.querySelector<HTMLInputElement>('input[type=range]')!;
        const started = new Set<unknown>();
        const unsubscribe = app.controller.subscribe((s) => {
          if (s.phase === 'running') started.add(s.scenario);
        });
        window.__longTasks = [];
        const from = Number(input.value);
        const t0 = performance.now();
        const times: number[] = [];
        for (let i = 1; i <= changes; i++) {
          input.value = String(from + i);
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          times.push(performance.now());
          if (i < changes) await new Promise((r) => setTimeout(r, interval));
        }
        const t1 = performance.now();
        const runsDuringDrag = started.size;
        unsubscribe();
        const tasks = window.__longTasks.filter((t) => t.start >= t0 && t.start <= t1);
        return {
          wallMs: t1 - t0,
          maxGapMs: Math.max(...times.slice(1).map((t, k) => t - times[k])),
          longTasks: tasks.length,
          longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
          runsDuringDrag,
          from: from + changes,
          endedAt: t1,
        };
      },
      { changes: CHANGES, interval: INTERVAL_MS },
    );
    const { profile } = await cdp.send('Profiler.stop');
    const idleId = profile.nodes.find((n) => n.callFrame.functionName === '(idle)')?.id;
    const samples = profile.samples ?? [];
    const busyMs = ((profile.endTime - profile.startTime) / 1000) * (samples.filter((id) => id !== idleId).length / Math.max(1, samples.length));
    const settledMs = await page.evaluate(async ({ value, endedAt }) => {
      const app = window.__dlApp!;
      // (A loop, not a named helper: tsx would wrap a named function in __name, unknown in the page.)
      while (!(app.sim.phase === 'done' && app.sim.scenario!.strategies[0].seeding.count === value)) await new Promise((r) => setTimeout(r, 20));
      return performance.now() - endedAt;
    }, { value: drag.from, endedAt: drag.endedAt });
    return [
      { name: `slider: ${CHANGES} changes every ${INTERVAL_MS} ms, wall time`, value: drag.wallMs / 1000, unit: 's' },
      { name: 'slider: longest gap between changes', value: drag.maxGapMs, unit: 'ms' },
      { name: 'slider: long tasks during the drag', value: drag.longTasks, unit: 'tasks > 50 ms' },
      { name: 'slider: longest task during the drag', value: drag.longestTaskMs, unit: 'ms' },
      { name: 'slider: main thread busy during the drag (CPU profile)', value: busyMs / 1000, unit: 's' },
      { name: 'slider: simulations started during the drag', value: drag.runsDuringDrag, unit: 'runs' },
      { name: 'slider: last change → settled value simulated', value: settledMs / 1000, unit: 's' },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) for (const row of await benchSliderDrag()) console.log(`${row.name}: ${row.value.toFixed(2)} ${row.unit}`);
