/**
 * With its extra levers off (no decay, no fatigue, no rewards or replies, visibility 1, trust 1,
 * relevance 1, engagement spread 0, advocacy 0, organic demand 0, response delays exactly 1 hour), the dividend model's sharing is the Independent Cascade
 * with probability = quality: the distribution of `shared` must match runModel's IC on the same
 * network. The two use unrelated coins, so the samples are independent and a two-sample test
 * applies. 300 runs each on an Erdős–Rényi graph (n 2000, c 5, p 0.3: c·p = 1.5, so runs split
 * between small and large cascades — a sharp test of the whole distribution).
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph';
import { erdosRenyiEdges } from '../../../src/core/networks/erdosRenyi';
import { purposeStream, rootKey } from '../../../src/core/random';
import { runModel } from '../../../src/core/models/runModel';
import { chooseSeeds } from '../../../src/core/seeding/chooseSeeds';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { exactModel, exactStrategy } from './helpers';

const N = 2000;
const RUNS = 300;
const STEPS = 200; // long enough for any cascade on this graph to finish
const root = rootKey('ic-equivalence');
const graph = buildGraph(N, erdosRenyiEdges(N, 5, purposeStream(root, 0, 'network')));

/** Two-sample Kolmogorov–Smirnov statistic. */
function ksStatistic(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q);
  const y = [...b].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

function sample(q: number, visibility = 1) {
  // Levers off (advocacy 0, organic demand 0, delays exactly 1 hour); with advocacy 0 buying does
  // not feed back into sharing, so the buying curve is irrelevant (set to the model's default here).
  const model = exactModel({
    ties: { strong: { visibility } },
    conversion: { plateau: 0.08, halfDose: 2, steepness: 1, repeatWeight: 0.25, memoryHalfLife: 504 },
    advocacy: 0,
    organicDemand: 0,
    response: { medianHours: 1, spread: 0 },
  });
  const strategy = exactStrategy({ content: { quality: q } });
  const ic = { kind: 'independent-cascade' as const, probability: q * visibility };
  const dividend: number[] = [];
  const cascade: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const seeds = chooseSeeds(graph, { method: 'random', count: 1, nodes: [] }, root, run);
    dividend.push(runDividend(graph, model, strategy, seeds, STEPS, root, run).shared);
    cascade.push(runModel(graph, ic, seeds, STEPS, root, run).shared);
  }
  return { dividend, cascade };
}

const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
// KS critical value at α = 0.01 for two samples of 300: 1.628·√(2/300).
const KS_CRITICAL = 1.628 * Math.sqrt(2 / RUNS);

describe('dividend with its levers off = Independent Cascade (sharing)', () => {
  const { dividend, cascade } = sample(0.3);

  it('has the same distribution of shared (KS below the α = 0.01 critical value)', () => {
    expect(ksStatistic(dividend, cascade)).toBeLessThan(KS_CRITICAL);
  });

  it('has the same share of large cascades and the same large-cascade size', () => {
    const large = (a: number[]) => a.filter((x) => x > N / 10);
    // Share of large cascades ≈ 0.58: se of a difference of two 300-run shares ≈ 0.04; allow 4 se.
    expect(Math.abs(large(dividend).length - large(cascade).length) / RUNS).toBeLessThan(0.16);
    // Size of a large cascade: S = 1 − exp(−c·p·S) = 0.583 → ~1165 sharers, sd ≈ 25 per run.
    expect(Math.abs(mean(large(dividend)) - mean(large(cascade)))).toBeLessThan(15);
    expect(Math.abs(mean(large(dividend)) / N - 0.583)).toBeLessThan(0.03);
  });

  it('visibility v thins the cascade exactly like IC with probability p·v', () => {
    const thinned = sample(0.5, 0.6);
    expect(ksStatistic(thinned.dividend, thinned.cascade)).toBeLessThan(KS_CRITICAL);
  });
});
