import { describe, expect, it } from 'vitest';
import { fullyMixedGraph } from '../../../src/core/graph';
import { runModel } from '../../../src/core/models/runModel';
import type { LinearThresholdSpec } from '../../../src/core/models/modelSpec';
import { draw, purposeKey } from '../../../src/core/random';
import { erGraph, graphOf, ROOT, seedsOf, weightedArcs } from './fixtures';
import { referenceLT } from './referenceModels';

const lt = (threshold: number, thresholdSpread = 0): LinearThresholdSpec => ({
  kind: 'linear-threshold',
  threshold,
  thresholdSpread,
});

describe('linear threshold: exact fixtures', () => {
  // Arcs chosen so that with φ = 1/2 and seed 0:
  //   node 1 (in: 0)          → 1/1 at step 1
  //   node 2 (in: 0, 6)       → 1/2 at step 1 (equality activates)
  //   node 4 (in: 1, 2, 9)    → 2/3 at step 2
  //   node 3 (in: 1, 7, 8, 4) → 1/4 at step 2 (stays), 2/4 at step 3
  //   nodes 5–9 never: 5 is isolated, 6–9 have no in-neighbours.
  const g = graphOf(10, [], [
    [0, 1], [0, 2], [6, 2], [1, 3], [7, 3], [8, 3], [1, 4], [2, 4], [9, 4], [4, 3],
  ]);

  it('activates in the known order, then stops and fills the timeline', () => {
    const out = runModel(g, lt(0.5), seedsOf(0), 6, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 3, 4, 5, 5, 5, 5]);
    expect(Array.from(out.timeline.converted)).toEqual([1, 3, 4, 5, 5, 5, 5]);
    // Reached: seeds ∪ nodes with an active in-neighbour as of the step before.
    expect(Array.from(out.timeline.reached)).toEqual([1, 3, 5, 5, 5, 5, 5]);
    expect(out).toMatchObject({ shared: 5, reached: 5, churned: 0, steps: 3 });
  });

  it('a slightly higher threshold stops the cascade at the first step', () => {
    const out = runModel(g, lt(0.51), seedsOf(0), 6, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 2, 2, 2, 2, 2]);
    expect(out.steps).toBe(2); // node 1 reaches nodes 3 and 4 at step 2 without activating them
  });

  it('θ = 0 still needs one active in-neighbour (Watts), and in-degree 0 never activates', () => {
    const h = graphOf(4, [], [[0, 1], [2, 3]]);
    const out = runModel(h, lt(0), seedsOf(0), 3, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 2, 2]);
    expect(out).toMatchObject({ reached: 2, steps: 1 });
  });

  it('weights: share = active in-weight / total in-weight', () => {
    const h = weightedArcs(3, [[0, 2, 0.9], [1, 2, 0.1]]);
    expect(runModel(h, lt(0.8), seedsOf(0), 2, ROOT, 0).shared).toBe(2); // 0.9 / 1.0 ≥ 0.8
    expect(runModel(h, lt(0.8), seedsOf(1), 2, ROOT, 0).shared).toBe(1); // 0.1 / 1.0 < 0.8
  });

  it("thresholds are clip(φ + spread·(2u − 1)) with u = draw(purposeKey(root, run, 'lt:threshold'), v)", () => {
    // φ = spread = 1/2 makes θ_v = u; node 2 has two in-neighbours, one active: joins iff u ≤ 1/2.
    const h = graphOf(3, [], [[0, 2], [1, 2]]);
    let joined = 0;
    for (let run = 0; run < 100; run++) {
      const expected = draw(purposeKey(ROOT, run, 'lt:threshold'), 2) <= 0.5;
      expect(runModel(h, lt(0.5, 0.5), seedsOf(0), 2, ROOT, run).shared).toBe(expected ? 2 : 1);
      if (expected) joined++;
    }
    expect(joined).toBeGreaterThan(30); // ≈ 50 expected
    expect(joined).toBeLessThan(70);
  });

  it('fully mixed: share = active / (n − 1); reached = n from step 1', () => {
    const g5 = fullyMixedGraph(5);
    expect(Array.from(runModel(g5, lt(0.25), seedsOf(1), 3, ROOT, 0).timeline.shared)).toEqual([1, 5, 5, 5]);
    const stuck = runModel(g5, lt(0.3), seedsOf(1), 3, ROOT, 0);
    expect(Array.from(stuck.timeline.shared)).toEqual([1, 1, 1, 1]);
    expect(Array.from(stuck.timeline.reached)).toEqual([1, 5, 5, 5]);
    expect(stuck.steps).toBe(1);
    expect(runModel(g5, lt(0), seedsOf(), 3, ROOT, 0)).toMatchObject({ shared: 0, reached: 0, steps: 0 });
  });
});

describe('linear threshold: matches the naive reference draw for draw', () => {
  const cases = [
    { name: 'ER n=300 c=4 φ=0.2 spread 0', g: erGraph(300, 4, 'lt-ref'), phi: 0.2, spread: 0 },
    { name: 'ER n=300 c=5 φ=0.25 spread 0.2', g: erGraph(300, 5, 'lt-ref2'), phi: 0.25, spread: 0.2 },
    { name: 'weighted directed ER n=300 c=6 φ=0.3 spread 0.3', g: erGraph(300, 6, 'lt-ref-w', true), phi: 0.3, spread: 0.3 },
    { name: 'fully mixed n=200 φ=0.3 spread 0.3', g: fullyMixedGraph(200), phi: 0.3, spread: 0.3 },
  ];
  for (const { name, g, phi, spread } of cases) {
    it(`${name}: 15 runs, 3 seeds each`, () => {
      let grew = 0;
      for (let run = 0; run < 15; run++) {
        const seeds = [(run * 37) % 200, (run * 91 + 5) % 200, (run * 13 + 101) % 200];
        const out = runModel(g, lt(phi, spread), Int32Array.from(seeds), 30, ROOT, run);
        const ref = referenceLT(g, phi, spread, seeds, 30, ROOT, run);
        expect(Array.from(out.timeline.reached)).toEqual(ref.reached);
        expect(Array.from(out.timeline.shared)).toEqual(ref.shared);
        expect(out.steps).toBe(ref.steps);
        if (out.shared > 3) grew++;
      }
      expect(grew).toBeGreaterThan(0); // the fixtures exercise real cascades, not only the seeds
    });
  }
});
