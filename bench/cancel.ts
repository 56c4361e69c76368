/**
 * Cancel and refusal times: the wall-clock budgets the unit tests used to assert (tests now
 * assert only the order of events: a cancelled run rejects unfinished, reports nothing more, and
 * the stale run ends before the new one starts). Measured here and printed, never asserted.
 *
 *   npm run bench -- cancel
 *
 * 1. Node worker pool (2 workers, real threads): abort at the first progress report of a
 *    4,000-run cascade on a 20k-node graph → the run's promise rejects (ms).
 * 2. Node sweep (2 workers): abort at the first progress report of a 50-point sweep → rejection (ms).
 * 3. Browser pool over in-thread fake workers whose calls hang: abort → rejection (ms).
 * 4. The page's simulation controller over the same fakes: a newer request → the stale run has
 *    ended (`lastCancelMs`).
 * 5. Validation of a hostile 1,000,000-entry strategy list (refused on its length) (ms).
 * Each figure is the median of REPEATS measurements.
 */
import { BrowserPool } from '../src/runtime/pool.browser';
import { simulateOnNodePool } from '../src/runtime/pool.node.ts';
import { withNodePoolSimulator } from '../src/runtime/sweepPool.node.ts';
import { runSweep } from '../src/runtime/sweepResult';
import { validateScenario } from '../src/scenario/validateScenario';
import { planSweep } from '../src/sweep/sweepPlan';
import { SimulationController } from '../src/ui/app/simulationController';
import { fakeFactory, newControl } from '../test/runtime/fakeBrowserWorkers';

export interface CancelBenchRow {
  name: string;
  value: number;
  unit: string;
}

const REPEATS = 3;

function scenarioOf(input: Record<string, unknown>) {
  const result = validateScenario({ version: 2, seed: 'bench-cancel', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const slowCascade = scenarioOf({
  name: 'bench: a long cascade run to cancel',
  runs: 4000,
  steps: 50,
  network: { kind: 'erdos-renyi', nodes: 20_000, meanDegree: 8 },
  model: { kind: 'independent-cascade', probability: 0.3 },
  strategies: [{ name: 'random', seeding: { method: 'random', count: 1 } }],
});

const smallCascade = scenarioOf({
  name: 'bench: a small run on fake workers',
  runs: 64,
  steps: 20,
  network: { kind: 'erdos-renyi', nodes: 400, meanDegree: 5 },
  model: { kind: 'independent-cascade', probability: 0.25 },
  strategies: [{ name: 'random', seeding: { method: 'random', count: 2 } }],
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function repeat(measure: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < REPEATS; i++) values.push(await measure());
  return median(values);
}

async function nodePoolCancelMs(): Promise<number> {
  const controller = new AbortController();
  let abortedAt = 0;
  const run = simulateOnNodePool(slowCascade, {
    workers: 2,
    signal: controller.signal,
    onProgress: () => {
      if (controller.signal.aborted) return;
      abortedAt = performance.now();
      controller.abort(new Error('bench cancel'));
    },
  });
  return run.then(
    () => Promise.reject(new Error('the run was not cancelled')),
    () => performance.now() - abortedAt,
  );
}

async function nodeSweepCancelMs(): Promise<number> {
  const plan = planSweep(slowCascade, [{ path: 'model.probability', from: 0.2, to: 0.3, steps: 50 }]);
  const controller = new AbortController();
  let abortedAt = 0;
  const run = withNodePoolSimulator(2, (simulate) =>
    runSweep(plan, simulate, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 0 || controller.signal.aborted) return;
        abortedAt = performance.now();
        controller.abort(new Error('bench cancel'));
      },
    }),
  );
  return run.then(
    () => Promise.reject(new Error('the sweep was not cancelled')),
    () => performance.now() - abortedAt,
  );
}

async function hungBrowserPoolCancelMs(): Promise<number> {
  const control = { ...newControl(), hang: true };
  const pool = new BrowserPool({ size: 2, factory: fakeFactory(control) });
  const controller = new AbortController();
  const run = pool.run(smallCascade, { signal: controller.signal, traces: false });
  while (control.calls < 2) await new Promise((r) => setTimeout(r, 1));
  const abortedAt = performance.now();
  controller.abort();
  return run.then(
    () => Promise.reject(new Error('the run was not cancelled')),
    () => performance.now() - abortedAt,
  );
}

async function controllerStaleCancelMs(): Promise<number> {
  const control = { ...newControl(), hang: true };
  const c = new SimulationController(new BrowserPool({ size: 2, factory: fakeFactory(control) }));
  const stale = c.start({ ...smallCascade, name: 'stale' });
  while (control.calls === 0) await new Promise((r) => setTimeout(r, 1));
  control.hang = false;
  await c.start(smallCascade);
  await stale;
  c.pool.dispose();
  if (c.lastCancelMs === null) throw new Error('no cancel was measured');
  return c.lastCancelMs;
}

async function hostileListMs(): Promise<number> {
  const started = performance.now();
  const strategies = new Array(1_000_000).fill(5);
  const result = validateScenario({ version: 2, name: 'hostile', seed: 's', runs: 1, steps: 1, network: { kind: 'erdos-renyi', nodes: 10, meanDegree: 2 }, model: { kind: 'independent-cascade', probability: 0.1 }, strategies });
  if (result.ok) throw new Error('a million strategies were accepted');
  return performance.now() - started;
}

export async function benchCancel(): Promise<CancelBenchRow[]> {
  return [
    { name: 'Node pool, 2 workers: abort → rejection (20k-node cascade, 4,000 runs)', value: await repeat(nodePoolCancelMs), unit: 'ms' },
    { name: 'Node sweep, 2 workers: abort → rejection (50 points)', value: await repeat(nodeSweepCancelMs), unit: 'ms' },
    { name: 'browser pool, hung fake workers: abort → rejection', value: await repeat(hungBrowserPoolCancelMs), unit: 'ms' },
    { name: 'page controller, fake workers: newer request → stale run ended', value: await repeat(controllerStaleCancelMs), unit: 'ms' },
    { name: 'refuse a 1,000,000-entry strategy list', value: await repeat(hostileListMs), unit: 'ms' },
  ];
}
