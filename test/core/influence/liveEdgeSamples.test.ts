/**
 * The live-edge reduction against the dividend model itself: on configurations where it is exact
 * (nobody mutes, one seed wave, no KOL wave, second wave or ads) the sharers and the reached of a
 * seed set in sample s equal runDividend's on run firstRun + s, with and without novelty decay.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { drawBits, purposeKey, rootKey } from '../../../src/core/random';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import type { NetworkSpec } from '../../../src/core/networks/networkSpec';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { DIVIDEND_MODEL_DEFAULTS, DIVIDEND_STRATEGY_DEFAULTS, type DividendModelSpec, type DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { randomSeeds } from '../../../src/core/seeding/seedingRandom';
import { resolveTies, tieArrays } from '../../../src/core/dividend/platformPresets';
import { sampleLiveEdges } from '../../../src/core/influence/liveEdgeSamples';
import { seedSetSpread } from '../../../src/core/influence/seedSetSpread';

const root = rootKey('live-edge');

/** 600 agents in 6 communities (strong and weak ties) plus 3 KOL accounts (follow ties). */
const world: Graph = generateNetwork(
  {
    kind: 'communities',
    nodes: 600,
    resample: false,
    kols: { count: 3, reach: 0.2, homeBias: 0.5 },
    communities: 6,
    meanDegree: 8,
    mixing: 0.15,
    sizeExponent: 2.5,
    degreeExponent: null,
  } as NetworkSpec,
  root,
  0,
);

/**
 * Private circles (visibility < 1, trust < 1), spread traits, relevance by community; nobody mutes,
 * buyers do not advocate and every response takes exactly one hour (where the reduction is exact).
 */
const model: DividendModelSpec = {
  ...DIVIDEND_MODEL_DEFAULTS,
  platform: 'private-circles',
  engagementSpread: 0.8,
  advocacy: 0,
  response: { medianHours: 1, spread: 0 },
};
function strategy(halfLife: number | null, over: Partial<DividendStrategySpec> = {}): DividendStrategySpec {
  return {
    ...DIVIDEND_STRATEGY_DEFAULTS,
    content: { quality: 0.45, relevance: [1, 0.6, 1, 0.8, 0.3, 1], promotional: 0, halfLife, waves: [2] },
    incentives: { rewardPerShare: 0.5 },
    ...over,
  };
}

function expectExact(graph: Graph, strat: DividendStrategySpec, steps: number, firstRun: number, seedsOf: (run: number) => Int32Array) {
  const live = sampleLiveEdges(graph, model, strat, root, { samples: 12, steps, firstRun });
  const spread = seedSetSpread(graph, model, live, root, seedsOf);
  for (let s = 0; s < live.sampleCount; s++) {
    const run = firstRun + s;
    const out = runDividend(graph, model, strat, seedsOf(run), steps, root, run);
    expect([spread.shared[s], spread.reached[s]], `run ${run}`).toEqual([out.shared, out.reached]);
  }
  return spread;
}

describe('live-edge samples are the model’s own sharing', () => {
  it('with novelty decay and a binding horizon: sharers and reached equal runDividend run by run', () => {
    // Half-life 4 h and 9 steps from a wave at step 2: both the decay and the horizon cut cascades.
    const spread = expectExact(world, strategy(4), 9, 5, (run) => randomSeeds(world.nodeCount, 8, root, run));
    expect(Math.max(...spread.shared)).toBeGreaterThan(20); // not a trivial fixture
  });

  it('with novelty decay and a long horizon', () => {
    expectExact(world, strategy(12), 200, 0, () => Int32Array.from([600, 3, 77]));
  });

  it('without decay (plain reachability; exact once cascades end before the horizon)', () => {
    // Quality 0.9: private circles show a friend's post to 35 %, so cascades need strong content.
    const strong = strategy(null, { content: { ...strategy(null).content, quality: 0.9 } });
    const live = sampleLiveEdges(world, model, strong, root, { samples: 2, steps: 500 });
    expect(live.deadlines).toBeNull();
    const spread = expectExact(world, strong, 500, 0, (run) => randomSeeds(world.nodeCount, 5, root, run));
    expect(Math.max(...spread.shared)).toBeGreaterThan(100);
  });

  it('honours arc weights of an imported edge list and every tie kind', () => {
    const e = new EdgeBuffer(64, true);
    for (let i = 0; i < 40; i++) {
      e.addTie(i, (i + 1) % 40, TIE_STRONG, 0.9);
      e.addTie(i, (i * 7 + 3) % 40, TIE_WEAK, 0.5);
      e.addArc(40, i, TIE_FOLLOW, 0.7);
    }
    const g = buildGraph(41, e, { kolNodes: Int32Array.from([40]) });
    expectExact(g, strategy(3, { content: { ...strategy(3).content, quality: 0.9, relevance: 1 } }), 30, 0, () => Int32Array.from([40, 5]));
  });

  it('keeps fewer arcs than are visible, each with a deadline inside the horizon', () => {
    const strat = strategy(6);
    const live = sampleLiveEdges(world, model, strat, root, { samples: 1, steps: 40, firstRun: 3 });
    const visKey = purposeKey(root, 3, 'div:visible');
    const visibility = tieArrays(resolveTies(model)).visibility;
    const kept = live.offsets[world.nodeCount];
    let visible = 0;
    for (let a = 0; a < world.targets.length; a++) {
      const k = world.tieKinds[a];
      const chance = visibility[k]; // private circles: strong, weak, follow
      if (drawBits(visKey, a) < chance * 2 ** 32) visible++;
    }
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(visible);
    expect(live.horizon).toBe(38);
    expect(Math.max(...live.deadlines!)).toBeLessThanOrEqual(37);
    expect(Math.min(...live.deadlines!)).toBeGreaterThanOrEqual(0);
  });

  it('refuses sample sets too large to allocate before allocating them', () => {
    expect(() => sampleLiveEdges(world, model, strategy(4), root, { samples: 1e6, steps: 10 })).toThrow(RangeError);
  });
});
