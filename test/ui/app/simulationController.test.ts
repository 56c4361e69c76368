/**
 * The page's simulation controller over a pool of in-thread fake workers and the in-thread
 * aggregator: states while streaming, the final result, cancel by a newer request, stop, errors.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario';
import { BrowserPool } from '../../../src/runtime/pool.browser';
import { buildResult, stepsCsv } from '../../../src/runtime/resultFormat';
import { simulateInline } from '../../../src/runtime/simulateInline';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { inThreadAggregator, SimulationController, withoutEdgeText } from '../../../src/ui/app/simulationController';
import { describeError, type SimulationState } from '../../../src/ui/app/simulationState';
import { WorkerCrashedError } from '../../../src/runtime/workerDeath';
import { fakeFactory, newControl } from '../../runtime/fakeBrowserWorkers';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, name: 'controller test', seed: 'ctl', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const scenario = valid({
  runs: 64,
  steps: 20,
  network: { kind: 'erdos-renyi', nodes: 400, meanDegree: 5 },
  model: { kind: 'independent-cascade', probability: 0.25 },
  strategies: [
    { name: 'random', seeding: { method: 'random', count: 2 } },
    { name: 'degree', seeding: { method: 'degree', count: 2 } },
  ],
});

const strip = (r: unknown) => JSON.parse(JSON.stringify({ ...(r as object), meta: null }));

function controller(control = newControl()) {
  const c = new SimulationController(new BrowserPool({ size: 2, factory: fakeFactory(control) }));
  const states: SimulationState[] = [];
  c.subscribe((s) => states.push(s));
  return { c, states, control };
}

describe('SimulationController', () => {
  it('streams progress and partial results, then the exact final result and network statistics', async () => {
    const { c, states } = controller();
    await c.start(scenario);
    const done = c.state;
    expect(done.phase).toBe('done');
    expect(strip(done.result)).toEqual(strip(buildResult(scenario, simulateInline(scenario))));
    expect(done.result!.meta.runtime).toBe('browser');
    // A short run has the whole pool (pageRunWorkers: only a long one leaves a core to the page).
    expect(done.result!.meta.workers).toBe(2);
    expect(done.networkStats!.nodes).toBe(400);
    expect(done.data!.runs).toBe(64);
    const progress = states.filter((s) => s.phase === 'running').map((s) => s.runsDone);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(64);
  });

  it('the per-step CSV of the result comes from the aggregator that holds its run, byte for byte; not once another run began', async () => {
    const { c } = controller();
    await c.start(scenario);
    const first = c.state.result!;
    const blob = await c.stepsCsvOffThread(first);
    expect(blob).not.toBeNull();
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new TextEncoder().encode(stepsCsv(scenario, c.state.data!, { bom: true })));
    await c.start({ ...scenario, name: 'another' });
    expect(await c.stepsCsvOffThread(first)).toBeNull();
    expect(await c.stepsCsvOffThread(c.state.result!)).not.toBeNull();
  });

  it('an inline edge list is not sent to the aggregator, yet every result carries the scenario simulated, whole', async () => {
    const edges = Array.from({ length: 600 }, (_, i) => `${i % 150},${(i * 37 + 1) % 150}`).join('\n');
    const withEdges = valid({ runs: 16, steps: 10, network: { kind: 'edge-list', edges }, model: { kind: 'independent-cascade', probability: 0.3 }, strategies: [{ name: 'a', seeding: { method: 'random', count: 2 } }] });
    const begun: Scenario[] = [];
    const api = inThreadAggregator();
    const spy = { ...api, begin: (s: Scenario) => (begun.push(s), api.begin(s)) };
    const c = new SimulationController(new BrowserPool({ size: 2, factory: fakeFactory(newControl()) }), spy);
    const seen: SimulationState[] = [];
    c.subscribe((st) => seen.push(st));
    await c.start(withEdges);
    expect(begun.map((s) => s.network.kind === 'edge-list' && s.network.edges)).toEqual(['']);
    expect(c.state.result!.scenario).toBe(withEdges);
    for (const st of seen) if (st.result && st.phase === 'running' && st.scenario === withEdges) expect(st.result.scenario).toBe(withEdges);
    expect(strip(c.state.result)).toEqual(strip(buildResult(withEdges, simulateInline(withEdges))));
    expect(withoutEdgeText(scenario)).toBe(scenario);
  });

  it('a newer request cancels the stale run, which has ended before the new run starts; the stale run never reports', async () => {
    const control = { ...newControl(), hang: true };
    const { c, states } = controller(control);
    const events: string[] = [];
    c.subscribe((s) => {
      const event = `${s.phase} ${s.scenario?.name}`;
      if (events.at(-1) !== event) events.push(event); // one entry per phase change, not per progress state
    });
    const stale = c.start({ ...scenario, name: 'stale' });
    void stale.then(() => events.push('stale ended'));
    while (control.calls === 0) await new Promise((r) => setTimeout(r, 1)); // the stale run hangs on a worker
    control.hang = false;
    await c.start(scenario);
    await stale;
    // The stale run (hung for good) can only have ended through the cancel, and it ended before the
    // new run showed its first state.
    expect(events).toEqual(['running stale', 'stale ended', `running ${scenario.name}`, `done ${scenario.name}`]);
    expect(control.terminated).toBe(2);
    expect(states.some((s) => s.phase === 'done' && s.scenario?.name === 'stale')).toBe(false);
    expect(c.state.phase).toBe('done');
    expect(c.state.scenario!.name).toBe(scenario.name);
  });

  it('stop leaves the run stopped with whatever arrived', async () => {
    const control = { ...newControl(), hang: true };
    const { c } = controller(control);
    const running = c.start(scenario);
    await new Promise((r) => setTimeout(r, 20));
    c.stop();
    await running;
    expect(c.state.phase).toBe('stopped');
  });

  it('reports a failing run as an error in words', async () => {
    const { c } = controller({ ...newControl(), fail: true });
    await c.start(scenario);
    expect(c.state.phase).toBe('error');
    expect(c.state.error).toBe('strategies[0]: refused');
  });
});

describe('describeError', () => {
  it('says what helps when the workers kept dying (most likely memory), and passes other messages on', () => {
    expect(describeError(new WorkerCrashedError('a simulation worker crashed: Out of memory'))).toMatch(
      /^a simulation worker crashed: Out of memory\. The simulation workers kept stopping, most likely for lack of memory: try fewer people/,
    );
    expect(describeError(new Error('strategies[0]: refused'))).toBe('strategies[0]: refused');
  });
});
