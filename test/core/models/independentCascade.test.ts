import { describe, expect, it } from 'vitest';
import { fullyMixedGraph } from '../../../src/core/graph';
import { runModel } from '../../../src/core/models/runModel';
import type { IndependentCascadeSpec } from '../../../src/core/models/modelSpec';
import { draw, purposeKey } from '../../../src/core/random';
import { erGraph, path, ROOT, seedsOf, star, timelineOf, weightedArcs, graphOf } from './fixtures';
import { referenceIC } from './referenceModels';

const ic = (probability: number): IndependentCascadeSpec => ({ kind: 'independent-cascade', probability });

describe('independent cascade: exact fixtures', () => {
  it('p = 1 on a path spreads one hop per step, then stops and fills the timeline', () => {
    const out = runModel(path(5), ic(1), seedsOf(0), 7, ROOT, 0);
    expect(timelineOf(out)).toEqual({
      reached: [1, 2, 3, 4, 5, 5, 5, 5],
      shared: [1, 2, 3, 4, 5, 5, 5, 5],
      converted: [1, 2, 3, 4, 5, 5, 5, 5],
      churned: [0, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(out).toMatchObject({ reached: 5, shared: 5, converted: 5, churned: 0, steps: 4 });
  });

  it('p = 1 on a star from a leaf: hub at step 1, every leaf at step 2', () => {
    const out = runModel(star(5), ic(1), seedsOf(3), 4, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 6, 6, 6]);
    expect(Array.from(out.timeline.reached)).toEqual([1, 2, 6, 6, 6]);
    expect(out.steps).toBe(2);
  });

  it('p = 0 activates only the seeds but reaches their audience at step 1', () => {
    const out = runModel(star(5), ic(0), seedsOf(0), 3, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 1, 1, 1]);
    expect(Array.from(out.timeline.reached)).toEqual([1, 6, 6, 6]);
    expect(out).toMatchObject({ shared: 1, reached: 6, steps: 1 });
  });

  it('no seeds: nothing happens, steps = 0', () => {
    const out = runModel(path(4), ic(1), seedsOf(), 3, ROOT, 0);
    expect(timelineOf(out).reached).toEqual([0, 0, 0, 0]);
    expect(out.steps).toBe(0);
  });

  it('steps = 0 gives the seeding state only', () => {
    const out = runModel(path(4), ic(1), seedsOf(1, 2), 0, ROOT, 0);
    expect(timelineOf(out).shared).toEqual([2]);
    expect(out).toMatchObject({ shared: 2, reached: 2, steps: 0 });
  });

  it('the horizon cuts a cascade that is still running', () => {
    const out = runModel(path(10), ic(1), seedsOf(0), 3, ROOT, 0);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 3, 4]);
    expect(out).toMatchObject({ shared: 4, reached: 4, steps: 3 });
  });

  it("arc a's coin is draw(purposeKey(root, run, 'ic:arc'), a) < p·weight", () => {
    // One weighted arc 0→1 of weight 0.6 and p = 0.5: succeeds iff draw < 0.3.
    const g = weightedArcs(2, [[0, 1, 0.6]]);
    let successes = 0;
    for (let run = 0; run < 200; run++) {
      const out = runModel(g, ic(0.5), seedsOf(0), 2, ROOT, run);
      const expected = draw(purposeKey(ROOT, run, 'ic:arc'), 0) < 0.5 * g.weights![0];
      expect(out.shared).toBe(expected ? 2 : 1);
      expect(out.reached).toBe(2);
      if (expected) successes++;
    }
    expect(successes).toBeGreaterThan(30); // the coin is not constant (≈ 60 expected)
    expect(successes).toBeLessThan(90);
  });
});

describe('independent cascade: matches the naive reference draw for draw', () => {
  const cases = [
    { name: 'ER n=300 c=4 p=0.3', g: erGraph(300, 4, 'ic-ref'), p: 0.3 },
    { name: 'weighted directed ER n=300 c=6 p=0.7', g: erGraph(300, 6, 'ic-ref-w', true), p: 0.7 },
  ];
  for (const { name, g, p } of cases) {
    it(`${name}: 20 runs, 2 seeds each`, () => {
      for (let run = 0; run < 20; run++) {
        const seeds = [(run * 37) % 300, (run * 91 + 5) % 300];
        const out = runModel(g, ic(p), Int32Array.from(seeds), 25, ROOT, run);
        const ref = referenceIC(g, p, seeds, 25, ROOT, run);
        expect(Array.from(out.timeline.reached)).toEqual(ref.reached);
        expect(Array.from(out.timeline.shared)).toEqual(ref.shared);
        expect(out.steps).toBe(ref.steps);
      }
    });
  }
});

describe('independent cascade: fully mixed population', () => {
  it('p = 1 activates everyone at step 1; p = 0 reaches everyone but activates no one else', () => {
    const g = fullyMixedGraph(50);
    const all = runModel(g, ic(1), seedsOf(7), 3, ROOT, 0);
    expect(Array.from(all.timeline.shared)).toEqual([1, 50, 50, 50]);
    expect(all.steps).toBe(1);
    const none = runModel(g, ic(0), seedsOf(7), 3, ROOT, 0);
    expect(Array.from(none.timeline.shared)).toEqual([1, 1, 1, 1]);
    expect(Array.from(none.timeline.reached)).toEqual([1, 50, 50, 50]);
    expect(none.steps).toBe(1);
  });

  it('large cascades match the ER giant component S = 1 − exp(−cS): n=2000, c=(n−1)p=3, 120 runs, ±0.02', () => {
    // Geometric skipping over the other n−1 nodes must give exactly Bernoulli(p) attempts,
    // which makes the live-edge graph a directed G(n, p): S(3) = 0.9405.
    const n = 2000;
    const g = fullyMixedGraph(n);
    const sizes: number[] = [];
    for (let run = 0; run < 120; run++) {
      const out = runModel(g, ic(3 / (n - 1)), seedsOf(run % n), 200, ROOT, run);
      if (out.shared > 0.05 * n) sizes.push(out.shared / n);
    }
    const mean = sizes.reduce((s, x) => s + x, 0) / sizes.length;
    expect(sizes.length).toBeGreaterThan(95); // ≈ 0.94 · 120 = 113 expected
    expect(Math.abs(mean - 0.9405)).toBeLessThan(0.02);
  });
});

describe('independent cascade: repeated seeds and isolated nodes', () => {
  it('a repeated seed counts once', () => {
    const out = runModel(graphOf(3, [[0, 1]]), ic(1), seedsOf(2, 2), 2, ROOT, 0);
    expect(out).toMatchObject({ shared: 1, reached: 1, steps: 0 });
  });
});
