/**
 * One network generation for the page's pool (src/runtime/sharedNetwork.ts) and the cache that
 * keeps an adopted copy (src/runtime/networkCache.ts), on tiny exact fixtures. The pool with fake
 * workers is tested in pool.browser.test.ts, the real Web Workers in test/e2e/app.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/core/graph';
import { generateNetwork } from '../../src/core/networks/generateNetwork';
import type { NetworkSpec } from '../../src/core/networks/networkSpec';
import { rootKey } from '../../src/core/random';
import type { Scenario } from '../../src/core/scenario';
import { NetworkCache } from '../../src/runtime/networkCache';
import { copyGraph, graphBuffers, SHARE_NETWORK_MIN_NODES, shareNetwork, sharesNetwork, type HolderCall, type NetworkHolder } from '../../src/runtime/sharedNetwork';
import { validateScenario } from '../../src/scenario/validateScenario';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({
    version: 2,
    name: 'shared network test',
    seed: 'sn',
    runs: 2,
    steps: 5,
    model: { kind: 'independent-cascade', probability: 0.1 },
    strategies: [{ name: 'random', seeding: { method: 'random', count: 2 } }],
    ...input,
  });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const spec: NetworkSpec = { kind: 'erdos-renyi', nodes: 40, meanDegree: 3 } as NetworkSpec;
const root = rootKey('sn');

describe('NetworkCache.held and adopt', () => {
  it('an adopted graph is served to its (spec, seed) as if generated here; another seed or world is not', () => {
    const graph = generateNetwork(spec, root, 0);
    const cache = new NetworkCache();
    expect(cache.held(spec, 'sn', 0)).toBeNull();
    cache.adopt(spec, 'sn', 0, graph);
    expect(cache.held(spec, 'sn', 0)).toBe(graph);
    expect(cache.held(spec, 'sn', 7)).toBe(graph); // one world for every run without resample
    expect(cache.get(spec, 'sn', root, 3)).toEqual({ graph, generated: false });
    expect(cache.held(spec, 'other', 0)).toBeNull();
    expect(cache.held({ ...spec, resample: true } as NetworkSpec, 'sn', 1)).toBeNull();
    expect(cache.held({ ...spec, meanDegree: 4 } as NetworkSpec, 'sn', 0)).toBeNull();
  });
});

describe('sharesNetwork', () => {
  const big = { kind: 'erdos-renyi', nodes: SHARE_NETWORK_MIN_NODES, meanDegree: 2 };
  it('shares a large network every run uses, and an edge list', () => {
    expect(sharesNetwork(valid({ network: big }))).toBe(true);
    expect(sharesNetwork(valid({ network: { kind: 'edge-list', edges: '0,1\n1,2\n', directed: false } }))).toBe(true);
    // Uncertainty about the model only: every run still uses run 0's network.
    expect(sharesNetwork(valid({ network: big, uncertainty: [{ path: 'model.probability', distribution: { kind: 'uniform', low: 0.05, high: 0.2 } }] }))).toBe(true);
  });
  it('does not share a small one, one drawn per run, an uncertain one, or a fully mixed population', () => {
    expect(sharesNetwork(valid({ network: { ...big, nodes: SHARE_NETWORK_MIN_NODES - 1 } }))).toBe(false);
    expect(sharesNetwork(valid({ network: { ...big, resample: true } }))).toBe(false);
    expect(sharesNetwork(valid({ network: big, uncertainty: [{ path: 'network.meanDegree', distribution: { kind: 'uniform', low: 2, high: 3 } }] }))).toBe(false);
    expect(sharesNetwork(valid({ network: { kind: 'fully-mixed', nodes: SHARE_NETWORK_MIN_NODES } }))).toBe(false);
  });
});

describe('copyGraph', () => {
  it('copies every array into buffers of its own, so transferring the copy leaves the original whole', () => {
    const graph = generateNetwork(spec, root, 0);
    const copy = copyGraph(graph);
    expect(copy).toEqual(graph);
    const originals = new Set(graphBuffers(graph));
    for (const buffer of graphBuffers(copy)) expect(originals.has(buffer)).toBe(false);
    // The arrays of a graph: offsets, targets, tie kinds, in-degrees, KOL nodes (no weights or communities here).
    expect(graphBuffers(copy)).toHaveLength(5);
  });
});

/** A fake worker's network calls: `holds` says whether it starts with the graph; every call is logged. */
function holder(name: string, holds: boolean, graph: Graph, log: string[]): HolderCall {
  let held = holds;
  const h: NetworkHolder = {
    holdsNetwork: async () => held,
    networkCopy: async () => {
      log.push(`${name} copies`);
      held = true;
      return copyGraph(graph);
    },
    adoptNetwork: async (g) => {
      log.push(`${name} adopts`);
      expect(g).toEqual(graph);
      held = true;
    },
  };
  return (call) => call(h);
}

describe('shareNetwork', () => {
  const graph = generateNetwork(spec, root, 0);
  it('the first worker generates and copies for each other; a worker that holds it already is the donor; nothing moves when all hold it', async () => {
    let log: string[] = [];
    await shareNetwork([holder('a', false, graph, log), holder('b', false, graph, log), holder('c', false, graph, log)]);
    expect(log.sort()).toEqual(['a copies', 'a copies', 'b adopts', 'c adopts']);
    log = [];
    await shareNetwork([holder('a', false, graph, log), holder('b', true, graph, log)]);
    expect(log).toEqual(['b copies', 'a adopts']);
    log = [];
    await shareNetwork([holder('a', true, graph, log), holder('b', true, graph, log)]);
    expect(log).toEqual([]);
  });

  it('rejects at once when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(shareNetwork([holder('a', false, graph, []), holder('b', false, graph, [])], abort.signal)).rejects.toBeDefined();
  });
});
