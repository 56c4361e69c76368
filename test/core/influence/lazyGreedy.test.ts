/**
 * CELF against plain greedy, the coverage structures against a brute-force reach, and exact
 * fixtures where the greedy choice is known.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { rootKey, Stream, purposeKey } from '../../../src/core/random';
import { DIVIDEND_MODEL_DEFAULTS, type DividendModelSpec, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { tieBreakHashes } from '../../../src/core/seeding/rankOrder';
import { sampleLiveEdges, InfluenceCancelledError, type LiveEdgeSamples } from '../../../src/core/influence/liveEdgeSamples';
import { candidateNodes, coverageOf, greedySeeds, lazyGreedy, type GreedyProgress } from '../../../src/core/influence/lazyGreedy';
import { seedSetSpread } from '../../../src/core/influence/seedSetSpread';
import { exactModel, exactStrategy } from '../dividend/helpers';

const root = rootKey('greedy');

/**
 * A star 0 → 1…6 (one-way) and a path 7 → 8 → 9 → 10 whose head also shows leaf 11: with
 * quality 1 and trust 1 every seen exposure is shared, so reaches are known by hand.
 */
function starAndPath(): Graph {
  const e = new EdgeBuffer();
  for (let leaf = 1; leaf <= 6; leaf++) e.addArc(0, leaf, TIE_STRONG);
  for (let i = 7; i < 10; i++) e.addArc(i, i + 1, TIE_STRONG);
  e.addArc(7, 11, TIE_STRONG);
  return buildGraph(12, e);
}

describe('exact fixtures', () => {
  const g = starAndPath();
  const model = exactModel();

  it('picks the star centre, then the head of the path, then any leftover node', () => {
    const r = greedySeeds(g, model, exactStrategy(), root, { k: 3, steps: 50, samples: 3 });
    expect(r.seeds.slice(0, 2)).toEqual([0, 7]);
    expect(r.marginalGains).toEqual([7, 5, 0]);
    expect(r.expectedShared).toBe(12);
    expect(r.samples).toBe(3);
    expect(r.candidates).toBe(12);
  });

  it('with novelty decay the path only counts as far as the horizon lets it grow', () => {
    // Wave at step 0, 2 steps: levels 0, 1, 2 post; the path head reaches 7, 8, 11, 9; node 8 only 3.
    const strategy = exactStrategy({ content: { halfLife: 1000 } });
    const r = greedySeeds(g, model, strategy, root, { k: 2, steps: 2, samples: 2 });
    expect(r.seeds).toEqual([0, 7]);
    expect(r.marginalGains).toEqual([7, 4]);
  });

  it('a half-life so short that only the seeds’ own posts are shared stops at direct audiences', () => {
    // Share chance 1 at age 0, 0.5^(1/0.01) ≈ 1e-30 at age 1: the head of the path reaches 7, 8, 11.
    const strategy = exactStrategy({ content: { quality: 1, halfLife: 0.01 } });
    const r = greedySeeds(g, model, strategy, root, { k: 2, steps: 10, samples: 2 });
    expect(r.seeds).toEqual([0, 7]);
    expect(r.marginalGains).toEqual([7, 3]);
  });

  it('k larger than the candidates stops at the candidates; candidates = the largest audiences', () => {
    const r = greedySeeds(g, model, exactStrategy(), root, { k: 5, steps: 50, samples: 1, candidates: 2 });
    expect(r.seeds).toEqual(Array.from(candidateNodes(g, root, 2)));
    expect(r.seeds[0]).toBe(0);
    expect(r.candidates).toBe(2);
  });
});

/** A random directed graph with strong and weak ties, and a model where coins matter. */
function randomWorld(n: number, arcs: number, seed: string): Graph {
  const rng = new Stream(purposeKey(rootKey(seed), 0, 'test'));
  const e = new EdgeBuffer();
  for (let i = 0; i < arcs; i++) e.addArc(rng.int(n), rng.int(n), rng.next() < 0.7 ? TIE_STRONG : TIE_WEAK);
  // A few hubs so that some nodes reach much more than others.
  for (let h = 0; h < 3; h++) for (let i = 0; i < n / 4; i++) e.addArc(h, rng.int(n), TIE_WEAK);
  return buildGraph(n, e);
}
const noisyModel: DividendModelSpec = { ...DIVIDEND_MODEL_DEFAULTS, platform: 'group-chats' };
function noisyStrategy(halfLife: number | null): DividendStrategySpec {
  return exactStrategy({ content: { quality: 0.5, halfLife, relevance: 1 } });
}

/** Plain greedy: every candidate's σ(S ∪ {v}) from seedSetSpread, best gain, ties by the hash. */
function plainGreedy(g: Graph, live: LiveEdgeSamples, k: number, tie: Uint32Array): { seeds: number[]; gains: number[] } {
  const seeds: number[] = [];
  const gains: number[] = [];
  const sigma = (set: number[]) => Array.from(seedSetSpread(g, noisyModel, live, root, () => Int32Array.from(set)).shared).reduce((a, b) => a + b, 0);
  let base = 0;
  for (let round = 0; round < k; round++) {
    let best = -1;
    let bestGain = -1;
    for (let v = 0; v < g.nodeCount; v++) {
      if (seeds.includes(v)) continue;
      const gain = sigma([...seeds, v]) - base;
      if (gain > bestGain || (gain === bestGain && tie[v] < tie[best])) {
        best = v;
        bestGain = gain;
      }
    }
    seeds.push(best);
    gains.push(bestGain / live.sampleCount);
    base += bestGain;
  }
  return { seeds, gains };
}

describe.each([
  ['with fast novelty decay (level-aware coverage)', 3 as number | null],
  ['with slow novelty decay (level-aware coverage, hub tables over a giant component)', 60],
  ['without decay (reachability with hub pruning)', null],
])('CELF %s', (_, halfLife) => {
  for (const [n, arcs, seed] of [
    [60, 150, 'a'],
    [120, 260, 'b'],
    [90, 300, 'c'],
  ] as const) {
    it(`equals plain greedy, seeds and gains, on a random graph (${n} nodes, ${arcs} arcs, ${seed})`, () => {
      const g = randomWorld(n, arcs, seed);
      const live = sampleLiveEdges(g, noisyModel, noisyStrategy(halfLife), root, { samples: 6, steps: 12 });
      const tie = tieBreakHashes(n, root);
      const celf = lazyGreedy(live, 6, candidateNodes(g, root, null), tie);
      const plain = plainGreedy(g, live, 6, tie);
      expect(celf.seeds).toEqual(plain.seeds);
      expect(celf.marginalGains).toEqual(plain.gains);
      expect(celf.evaluated).toBeLessThan(6 * n); // lazy: fewer evaluations than plain greedy
    });
  }

  it('first-round gains and later gains equal a brute-force count of new sharers per sample', () => {
    const g = randomWorld(150, 420, 'd');
    const live = sampleLiveEdges(g, noisyModel, noisyStrategy(halfLife), root, { samples: 5, steps: 30 });
    const coverage = coverageOf(live);
    const all = candidateNodes(g, root, null);
    const sharers = (set: number[], s: number) => seedSetSpread(g, noisyModel, live, root, () => Int32Array.from(set)).shared[s];
    const out = new Int32Array(all.length);
    let largest = 0;
    for (let s = 0; s < live.sampleCount; s++) {
      coverage.firstGainsInSample(s, all, out);
      for (let v = 0; v < 150; v++) expect(out[v], `sample ${s} node ${v}`).toBe(sharers([v], s));
      largest = Math.max(largest, ...out);
    }
    if (halfLife !== 3) expect(largest).toBeGreaterThan(60); // a giant component: the hub tables are used
    const chosen = [0, 17, 42];
    for (const c of chosen) coverage.add(c);
    for (let s = 0; s < live.sampleCount; s++) {
      const before = sharers(chosen, s);
      for (let v = 0; v < 150; v += 7) expect(coverage.gainInSample(s, v)).toBe(sharers([...chosen, v], s) - before);
    }
  });
});

describe('hooks', () => {
  const g = randomWorld(200, 600, 'e');

  it('reports progress through every phase and is deterministic', () => {
    const seen: GreedyProgress[] = [];
    const opts = { k: 4, steps: 10, samples: 5 };
    const a = greedySeeds(g, noisyModel, noisyStrategy(2), root, { ...opts, onProgress: (p) => seen.push(p) });
    const b = greedySeeds(g, noisyModel, noisyStrategy(2), root, opts);
    expect(a).toEqual(b);
    expect(seen.filter((p) => p.phase === 'samples').map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.filter((p) => p.phase === 'gains').map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.filter((p) => p.phase === 'seeds').map((p) => `${p.done}/${p.total}`)).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
  });

  it('stops with InfluenceCancelledError when cancelled, in any phase', () => {
    for (const phase of ['samples', 'gains', 'seeds']) {
      let stop = false;
      const run = () =>
        greedySeeds(g, noisyModel, noisyStrategy(2), root, {
          k: 8,
          steps: 10,
          samples: 5,
          onProgress: (p) => {
            if (p.phase === phase) stop = true;
          },
          cancelled: () => stop,
        });
      expect(run).toThrow(InfluenceCancelledError);
    }
  });

  it('rejects a sample count out of range', () => {
    expect(() => greedySeeds(g, noisyModel, noisyStrategy(2), root, { k: 2, steps: 10, samples: 0 })).toThrow(RangeError);
    expect(() => greedySeeds(g, noisyModel, noisyStrategy(2), root, { k: 2, steps: 10, samples: 2.5 })).toThrow(RangeError);
  });
});
