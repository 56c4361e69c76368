/**
 * Out of memory in a worker: an allocation the engine cannot make (here a network of 10^12 people,
 * which no validated scenario can ask for: the core trusts its input) ends the job with an
 * OutOfMemoryError that says what helps; the worker drops its cached network and serves the next
 * scenario; the Node pool ends the run with that message instead of retrying or hanging.
 */
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import { isAllocationFailure, isOutOfMemory, OUT_OF_MEMORY_ADVICE, withinMemory } from '../../src/runtime/outOfMemory';
import { simulateOnNodePool } from '../../src/runtime/pool.node.ts';
import { NetworkCache } from '../../src/runtime/networkCache';
import { simulateInline } from '../../src/runtime/simulateInline';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { createSimulationWorkerApi } from '../../src/runtime/workerHandlers';
import { checkScenario } from '../../src/scenario/validateScenario';
import { describeError } from '../../src/ui/app/simulationState';

function small(): Scenario {
  const v = checkScenario({
    version: 2,
    name: 'small',
    seed: 'oom',
    runs: 4,
    steps: 10,
    network: { kind: 'erdos-renyi', nodes: 200, meanDegree: 4 },
    model: { kind: 'independent-cascade', probability: 0.1 },
    strategies: [{ name: 'a', seeding: { method: 'random', count: 2 } }],
  });
  if (!v.ok) throw new Error('fixture');
  return v.scenario;
}

/** The same scenario with a network no machine can hold. */
const huge = (s: Scenario): Scenario => ({ ...s, network: { ...s.network, nodes: 1e12 } }) as Scenario;

describe('out of memory in a worker', () => {
  it('tells allocation failures from other errors', () => {
    expect(isAllocationFailure(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isAllocationFailure(new RangeError('Invalid typed array length: 4294967296'))).toBe(true);
    expect(isAllocationFailure(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isAllocationFailure(new Error('Array buffer allocation failed'))).toBe(false);
    let released = 0;
    expect(() => withinMemory(() => { throw new TypeError('x is undefined'); }, () => released++)).toThrow(TypeError);
    expect(released).toBe(0);
  });

  it('the worker API turns the failure into advice, drops its network and serves the next scenario', () => {
    const api = createSimulationWorkerApi((x) => x);
    api.load(small());
    api.simulate([0]);
    api.load(huge(small()));
    let caught: unknown = null;
    try {
      api.simulate([0]);
    } catch (error) {
      caught = error;
    }
    expect(isOutOfMemory(caught)).toBe(true);
    expect((caught as Error).message).toMatch(new RegExp(`^${OUT_OF_MEMORY_ADVICE.replace(/[()]/g, '\\$&')} \\(`));
    expect(describeError(caught)).toMatch(/^The simulation ran out of memory in a worker; try fewer people/);
    api.load(small());
    const block = api.simulate([0, 1, 2, 3]);
    const reference = simulateRuns(small(), [0, 1, 2, 3], new NetworkCache());
    expect(block.runs).toEqual([0, 1, 2, 3]);
    expect([...block.timelines]).toEqual([...reference.timelines]);
  });

  it('the Node pool ends the run with the message, once, without retrying or hanging', async () => {
    await expect(simulateOnNodePool(huge(small()), { workers: 2 })).rejects.toThrow(/ran out of memory in a worker; try fewer people/);
    // The pool is usable afterwards: a small scenario gives the in-thread numbers.
    const after = await simulateOnNodePool(small(), { workers: 2 });
    expect(JSON.stringify(after.strategies)).toBe(JSON.stringify(simulateInline(small()).strategies));
  }, 60_000);
});
