import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer } from '../../../src/core/graph';
import { childKey, drawBits, rootKey } from '../../../src/core/random';
import { chooseSeeds } from '../../../src/core/seeding/chooseSeeds';
import { randomSeeds } from '../../../src/core/seeding/seedingRandom';
import { AgentTraits } from '../../../src/core/dividend/agentTraits';
import { chooseDividendSeeds, rankCoreFans } from '../../../src/core/dividend/coreFans';
import { exactModel } from './helpers';

const root = rootKey('core-fans');
// 600 agents in 3 communities of 200 (no ties needed to rank fans); agents 600, 601 are KOLs.
const community = Int32Array.from({ length: 602 }, (_, v) => (v < 600 ? Math.floor(v / 200) : 0));
const graph = buildGraph(602, new EdgeBuffer(), { community, communityCount: 3, kolNodes: Int32Array.from([600, 601]) });
const model = exactModel({ engagementSpread: 1 });

/** Reference: score every ordinary agent and sort (what the heap must reproduce); ties by a per-world hash. */
function bruteForce(relevance: number[], count: number, run: number): number[] {
  const traits = new AgentTraits(root, run, model);
  const tie = childKey(root, 'div:corefans');
  const all = Array.from({ length: 600 }, (_, v) => v);
  const score = (v: number) => traits.engagement(v) * relevance[community[v]];
  all.sort((a, b) => score(b) - score(a) || drawBits(tie, a) - drawBits(tie, b));
  return all.slice(0, count);
}

describe('rankCoreFans', () => {
  it('picks the most engaged agents weighted by relevance, best first, never a KOL', () => {
    for (const run of [0, 1, 2]) {
      const fans = Array.from(rankCoreFans(graph, model, [1, 0.5, 0.1], 25, root, run));
      expect(fans).toEqual(bruteForce([1, 0.5, 0.1], 25, run));
      expect(fans).not.toContain(600);
    }
  });

  it('only picks from communities the content is relevant to', () => {
    const fans = rankCoreFans(graph, model, [0, 1, 0], 30, root, 0);
    expect(Array.from(fans).every((v) => community[v] === 1)).toBe(true);
  });

  it('are the most engaged people of the world: far above average engagement, the same in every run', () => {
    const traits = new AgentTraits(root, 4, model);
    const fans = rankCoreFans(graph, model, 1, 20, root, 4);
    const mean = Array.from(fans).reduce((s, v) => s + traits.engagement(v), 0) / fans.length;
    expect(mean).toBeGreaterThan(3); // top 20 of 600 with σ = 1: e^(1·2.1 − 0.5) ≈ 5
    // No clairvoyance: the ranking uses no draw of the run it is judged on.
    for (const run of [0, 1, 9]) expect(rankCoreFans(graph, model, 1, 20, root, run)).toEqual(fans);
  });

  it('handles counts of 0 and beyond the population', () => {
    expect(rankCoreFans(graph, model, 1, 0, root, 0).length).toBe(0);
    expect(rankCoreFans(graph, model, 1, 10_000, root, 0).length).toBe(600);
  });
});

describe('chooseDividendSeeds', () => {
  it('manual seeds are delegated to chooseSeeds as listed', () => {
    const spec = { method: 'manual' as const, count: 5, nodes: [3, 1, 4, 5, 9] };
    expect(chooseDividendSeeds(graph, model, spec, 1, root, 2)).toEqual(chooseSeeds(graph, spec, root, 2));
  });

  it('random and structural seeding never pick a KOL account (they enter only by being hired)', () => {
    const random = chooseDividendSeeds(graph, model, { method: 'random', count: 5, nodes: [] }, 1, root, 2);
    expect(random).toEqual(randomSeeds(600, 5, root, 2)); // drawn among the 600 ordinary people
    for (const method of ['random', 'degree'] as const) {
      const all = chooseDividendSeeds(graph, model, { method, count: 10_000, nodes: [] }, 1, root, 3);
      expect(all.length).toBe(600);
      expect(Array.from(all).some((v) => v >= 600)).toBe(false);
    }
  });

  it('core-fans uses rankCoreFans with the strategy relevance', () => {
    expect(chooseDividendSeeds(graph, model, { method: 'core-fans', count: 7, nodes: [] }, [0, 0, 1], root, 1)).toEqual(
      rankCoreFans(graph, model, [0, 0, 1], 7, root, 1),
    );
  });
});
