import { describe, expect, it } from 'vitest';
import { fullyMixedGraph } from '../../../src/core/graph';
import { runModel } from '../../../src/core/models/runModel';
import type { ModelSpec } from '../../../src/core/models/modelSpec';
import { rootKey } from '../../../src/core/random';
import { erGraph, graphOf, ROOT, seedsOf } from './fixtures';

const IC: ModelSpec = { kind: 'independent-cascade', probability: 0.25 };
const LT: ModelSpec = { kind: 'linear-threshold', threshold: 0.2, thresholdSpread: 0.2 };
const BASS: ModelSpec = { kind: 'bass', innovation: 0.002, imitation: 0.3 };
const MODELS = [IC, LT, BASS];

describe('runModel: determinism', () => {
  const g = erGraph(2000, 5, 'crn');
  const small = erGraph(50, 3, 'crn-small');

  for (const model of MODELS) {
    it(`${model.kind}: same inputs → identical outcome, whatever ran before (scratch reuse, other sizes, other runs)`, () => {
      const first = runModel(g, model, seedsOf(1, 2, 3), 40, ROOT, 7);
      runModel(small, model, seedsOf(0), 40, ROOT, 3); // different node count: scratch reallocated
      runModel(g, model, seedsOf(5), 40, ROOT, 2); // same size: scratch reused
      const again = runModel(g, model, seedsOf(1, 2, 3), 40, ROOT, 7);
      expect(again).toEqual(first);
    });

    it(`${model.kind}: different run indices and different roots draw different worlds`, () => {
      const outcomes = new Set<string>();
      for (let run = 0; run < 10; run++) outcomes.add(String(runModel(g, model, seedsOf(1, 2, 3), 40, ROOT, run).timeline.shared));
      outcomes.add(String(runModel(g, model, seedsOf(1, 2, 3), 40, rootKey('another seed'), 0).timeline.shared));
      expect(outcomes.size).toBeGreaterThan(8);
    });
  }

  it('shared and converted are separate arrays (both can be transferred to another thread)', () => {
    const out = runModel(g, IC, seedsOf(1), 5, ROOT, 0);
    expect(out.timeline.shared.buffer).not.toBe(out.timeline.converted.buffer);
    expect(out.timeline.churned.every((x) => x === 0)).toBe(true);
  });
});

describe('runModel: common random numbers across strategies on the same run', () => {
  it('IC on a one-way chain, p = 0.5: seeds {0, j} with j inside the cascade of {0} change nothing', () => {
    // The cascade from 0 stops at the first failed arc k→k+1; that arc's coin is the same
    // whatever the seeds, so a second seed at j ≤ k stops at the same place.
    const arcs: Array<[number, number]> = [];
    for (let i = 0; i < 59; i++) arcs.push([i, i + 1]);
    const chain = graphOf(60, [], arcs);
    const ic: ModelSpec = { kind: 'independent-cascade', probability: 0.5 };
    let checked = 0;
    for (let run = 0; run < 40; run++) {
      const alone = runModel(chain, ic, seedsOf(0), 80, ROOT, run).shared;
      for (let j = 1; j < alone; j++) {
        expect(runModel(chain, ic, seedsOf(0, j), 80, ROOT, run).shared).toBe(alone);
        checked++;
      }
      // A second seed beyond the stopping point adds its own cascade on top.
      if (alone < 60) expect(runModel(chain, ic, seedsOf(0, alone), 80, ROOT, run).shared).toBeGreaterThan(alone);
    }
    expect(checked).toBeGreaterThan(20);
  });

  for (const model of MODELS) {
    it(`${model.kind}: adding seeds never shrinks the cascade at any step (same live edges / thresholds / coins), 40 runs`, () => {
      // The three models are monotone in the seed set for fixed randomness; with independent
      // randomness per strategy this would fail on many runs.
      const g = erGraph(2000, 5, 'crn-monotone');
      let grew = 0;
      for (let run = 0; run < 40; run++) {
        const a = runModel(g, model, seedsOf(11), 30, ROOT, run).timeline.shared;
        const ab = runModel(g, model, seedsOf(11, 1234), 30, ROOT, run).timeline.shared;
        for (let t = 0; t < a.length; t++) expect(ab[t]).toBeGreaterThanOrEqual(a[t]);
        if (ab[30] > a[30] + 1) grew++;
      }
      expect(grew).toBeGreaterThan(0);
    });
  }

  it('fully mixed IC: adding seeds never shrinks the cascade, 40 runs', () => {
    const g = fullyMixedGraph(1000);
    const ic: ModelSpec = { kind: 'independent-cascade', probability: 1.2 / 999 };
    for (let run = 0; run < 40; run++) {
      const a = runModel(g, ic, seedsOf(3), 60, ROOT, run).timeline.shared;
      const ab = runModel(g, ic, seedsOf(3, 500), 60, ROOT, run).timeline.shared;
      for (let t = 0; t < a.length; t++) expect(ab[t]).toBeGreaterThanOrEqual(a[t]);
    }
  });
});
