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
  /** Start a sweep and cancel it after the first progress report; resolves with how it ended and how long the cancel took. */
  async cancelledSweep(input: unknown, params: SweepParamSpec[]): Promise<{ error: string; cancelMs: number }> {
    const c = new AbortController();
    let abortedAt = 0;
    try {
      await runSweep(planSweep(scenarioOf(input), params), browserPoolSimulator(pool), {
        signal: c.signal,
        onProgress: (p) => {
          if (p.done > 0 && !c.signal.aborted) {
            abortedAt = performance.now();
            c.abort();
          }
        },
      });
      return { error: 'not cancelled', cancelMs: 0 };
    } catch (error) {
      return { error: (error as Error).name, cancelMs: performance.now() - abortedAt };
    }
  },
};

(window as unknown as { __sweep: typeof api }).__sweep = api;
document.getElementById('status')!.textContent = 'ready';
