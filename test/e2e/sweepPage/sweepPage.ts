/**
 * Test page: runs sweeps and budget frontiers in the browser exactly as the app would — the
 * page's BrowserPool of Web Workers, the shared scheduler — and hands back the result JSON
 * (meta emptied) so sweep.e2e.test.ts can compare it byte for byte with the CLI's runtime.
 */
import '../../../src/ui/app/zodConfig'; // first: before any schema is built (CSP)
import { runFrontier } from '../../../src/runtime/frontierResult';
import { BrowserPool } from '../../../src/runtime/pool.browser';
import type { SeriesProgress } from '../../../src/runtime/scenarioSeries';
import { seriesResultToJson } from '../../../src/runtime/sweepFormat';
import { browserPoolSimulator } from '../../../src/runtime/sweepPool.browser';
import { runSweep } from '../../../src/runtime/sweepResult';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { planFrontier, type FrontierSpec } from '../../../src/sweep/frontierPlan';
import { planSweep, type SweepParamSpec } from '../../../src/sweep/sweepPlan';

const pool = new BrowserPool({ size: 2 });
let controller: AbortController | null = null;

function scenarioOf(input: unknown) {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const api = {
  progress: [] as SeriesProgress[],
  async sweep(input: unknown, params: SweepParamSpec[]): Promise<string> {
    controller = new AbortController();
    api.progress = [];
    const result = await runSweep(planSweep(scenarioOf(input), params), browserPoolSimulator(pool), { signal: controller.signal, onProgress: (p) => api.progress.push(p) });
    return seriesResultToJson(result);
  },
  async frontier(input: unknown, spec: FrontierSpec): Promise<string> {
    controller = new AbortController();
    return seriesResultToJson(await runFrontier(planFrontier(scenarioOf(input), spec), browserPoolSimulator(pool), { signal: controller.signal }));
  },
  /**
   * Start a sweep and cancel it after the first progress report. Resolves with how it ended, the
   * progress it had reached, how many reports came after the cancel (within a 200 ms window after
   * the rejection, in which a worker left running would still report) and how long the cancel
   * took (reported by `npm run bench -- browser`, not asserted by tests).
   */
  async cancelledSweep(input: unknown, params: SweepParamSpec[]): Promise<{ error: string; done: number; total: number; reportsAfterCancel: number; cancelMs: number }> {
    const c = new AbortController();
    let abortedAt = 0;
    let reportsAfterCancel = 0;
    let last = { done: 0, total: 0 };
    try {
      await runSweep(planSweep(scenarioOf(input), params), browserPoolSimulator(pool), {
        signal: c.signal,
        onProgress: (p) => {
          if (c.signal.aborted) reportsAfterCancel++;
          else last = { done: p.done, total: p.total };
          if (p.done > 0 && !c.signal.aborted) {
            abortedAt = performance.now();
            c.abort();
          }
        },
      });
      return { error: 'not cancelled', ...last, reportsAfterCancel, cancelMs: 0 };
    } catch (error) {
      const cancelMs = performance.now() - abortedAt;
      await new Promise((r) => setTimeout(r, 200));
      return { error: (error as Error).name, ...last, reportsAfterCancel, cancelMs };
    }
  },
};

(window as unknown as { __sweep: typeof api }).__sweep = api;
document.getElementById('status')!.textContent = 'ready';
