/**
 * OPIM-C on the page's pool (opimcPeers.ts): the first worker's search with peers drawing chunks
 * over MessagePorts gives exactly the core's one-thread opimcSeeds and the CLI's worker threads
 * (seeds, sets, ratio, bounds) — for 1 and 2 workers. The peers are served on this thread through
 * real MessageChannels (the same messages and transfers as between Web Workers).
 */
import { describe, expect, it } from 'vitest';
import { opimcSeeds } from '../../src/core/influence/opimcRounds';
import { rootKey } from '../../src/core/random';
import type { DividendScenario, Scenario } from '../../src/core/scenario';
import { bestSeedsByOpimc, opimcCandidates, requestArcRule, type OpimcDraw } from '../../src/runtime/opimcBestSeeds';
import { opimcWithPeers, serveRRChunks } from '../../src/runtime/opimcPeers';
import { opimcSeedsOnThreads } from '../../src/runtime/rrSetsParallel.node.ts';
import { NetworkCache } from '../../src/runtime/networkCache';
import { validateScenario } from '../../src/scenario/validateScenario';
import { IMM_WORLD } from '../fixtures/immWorld';

// The CLI test's scenario (test/fixtures/immWorld.ts): 300 people in 3 communities, 2 KOLs.
function scenario(): Scenario {
  const r = validateScenario({ ...IMM_WORLD, name: 'page imm', runs: 4 });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

/** The page's drawing with `peers` peer workers (0: the first worker alone); `asked` counts the chunks asked of peers. */
function pageDraw(peers: number, asked = { chunks: 0 }): OpimcDraw {
  return async (graph, rule, root, options) => {
    const channels = Array.from({ length: peers }, () => new MessageChannel());
    const served = channels.map((c) => {
      c.port2.addEventListener('message', (event) => void (((event as MessageEvent<{ type: string }>).data.type === 'chunk') && asked.chunks++));
      return serveRRChunks(c.port2);
    });
    const result = await opimcWithPeers(graph, rule, root, options, channels.map((c) => c.port1));
    await Promise.all(served);
    return result;
  };
}

const request = { strategy: 0, k: 3, samples: 4, method: 'imm' as const, epsilon: 0.2, delta: 0.01 };

describe('OPIM-C on the page (first worker + peers over MessagePorts)', () => {
  it('gives the core opimcSeeds result and the CLI threads result, for 1 and 2 workers', async () => {
    const s = scenario() as DividendScenario;
    const root = rootKey(s.seed);
    const graph = new NetworkCache().get(s.network, s.seed, root, 0).graph;
    const rule = requestArcRule(graph, s, 0, root);
    const options = { k: 3, candidates: opimcCandidates(graph, root, null), epsilon: 0.2, delta: 0.01 };
    const core = opimcSeeds(graph, rule, root, options);
    const threads = await opimcSeedsOnThreads(graph, rule, root, options, 2);
    const one = await bestSeedsByOpimc(s, request, pageDraw(0));
    const asked = { chunks: 0 };
    const two = await bestSeedsByOpimc(s, request, pageDraw(1, asked));
    // The peer drew some of the chunks (the first worker yields between its own).
    expect(asked.chunks).toBeGreaterThan(0);
    // Enough sets that both workers drew chunks (RR_CHUNK = 2048 indices per chunk).
    expect(core.sets).toBeGreaterThan(4 * 2048);
    // peakInts counts each drawer's scratch: a resource, not a result.
    const result = (r: typeof core) => ({ ...r, peakInts: null });
    for (const page of [one, two]) {
      expect(result(page.imm!.result)).toEqual(result(core));
      expect(page.greedy.seeds).toEqual(core.seeds);
      expect(page.rows[0].seeds).toEqual(core.seeds);
    }
    expect(result(threads)).toEqual(result(core));
    // The evaluation beside it is CELF's (the same rows for the same seed set): 2 workers = 1 worker.
    expect(two.rows).toEqual(one.rows);
  });

  it('refuses a bad ε or δ by the shared rules, naming the field, before drawing anything', async () => {
    const never = () => Promise.reject(new Error('drew sets'));
    await expect(bestSeedsByOpimc(scenario(), { ...request, epsilon: 1 }, never)).rejects.toThrow(/--epsilon must be a number strictly between 0 and 1; got 1/);
    await expect(bestSeedsByOpimc(scenario(), { ...request, delta: 0 }, never)).rejects.toThrow(/--delta must be a number strictly between 0 and 1; got 0/);
  });
});
