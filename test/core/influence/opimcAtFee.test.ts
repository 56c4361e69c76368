/**
 * KOL accounts at their price in OPIM-C (`--kols at-fee`, opimcAtFee.ts):
 * - the KOL wave's reverse search is the model: for every run, the sharers runDividend counts for
 *   (KOL range K, seed users X) equal |first-wave sharers of X ∪ {v : some k ∈ K reaches v}| (the
 *   joint RR-set membership), with the KOLs' engagement factor, with and without novelty decay;
 * - the affordable decisions (budget just below / at / above a fee);
 * - on tiny graphs every live-edge world of both waves is enumerated (2^m worlds per wave, the waves
 *   independent) and OPT is brute-forced over every affordable (range, seed set): the chosen
 *   decision's exact spread is ≥ (1 − 1/e − ε) OPT, the bounds bracket the exact values, a KOL worth
 *   its fee is hired and one that is not is not.
 */
import { describe, expect, it } from 'vitest';
import type { DividendModelSpec, DividendStrategySpec } from '../../../src/core/dividend/dividendSpec';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { EdgeBuffer, buildGraph, TIE_FOLLOW, TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { affordableKolRanges } from '../../../src/core/influence/kolHiring';
import { KolWaveSampler, kolWaveLayer } from '../../../src/core/influence/kolWaveRR';
import { candidateNodes } from '../../../src/core/influence/lazyGreedy';
import { sampleLiveEdges } from '../../../src/core/influence/liveEdgeSamples';
import { opimcAtFee } from '../../../src/core/influence/opimcAtFee';
import { dividendArcRule, type LiveArcRule } from '../../../src/core/influence/rrSets';
import { seedSetSpread } from '../../../src/core/influence/seedSetSpread';
import { purposeKey, rootKey, Stream } from '../../../src/core/random';
import { exactModel, exactStrategy, NOBODY_BUYS } from '../dividend/helpers';

const root = rootKey('kol-at-fee');

/** `ordinary` people with random two-way ties, then KOL accounts with the given follower counts (one-way arcs). */
function kolGraph(ordinary: number, ties: number, followers: number[], seed: string): Graph {
  const rng = new Stream(purposeKey(rootKey(seed), 0, 'test:graph'));
  const e = new EdgeBuffer();
  for (let i = 0; i < ordinary; i++)
    for (let t = 0; t < ties; t++) {
      const j = Math.floor(rng.next() * ordinary);
      if (j !== i) e.addTie(i, j, Math.floor(i / 10) === Math.floor(j / 10) ? TIE_STRONG : TIE_WEAK);
    }
  followers.forEach((count, r) => {
    const kol = ordinary + r;
    for (let f = 0; f < count; f++) e.addArc(kol, (f * 7 + r * 13) % ordinary, TIE_FOLLOW);
  });
  return buildGraph(ordinary + followers.length, e, { kolNodes: Int32Array.from(followers, (_, r) => ordinary + r) });
}

describe('the KOL wave in the reduction is the model', () => {
  it.each([
    // Without decay the reduction ignores the horizon: exact when cascades end before the last step.
    ['no decay', null, 0, 400],
    ['novelty decay, KOLs posting later', 2, 3, 12],
  ])('%s: runDividend’s sharers = first-wave sharers of X ∪ people some hired KOL reaches, run by run', (_, halfLife, kolStep, steps) => {
    // 1,500 ordinary people so that KOL 1 (1,200 followers) has an engagement factor < 1 (decay 0.3).
    const ordinary = 1500;
    const g = kolGraph(ordinary, 1, [1200, 300, 40], 'equiv');
    const model = exactModel({ conversion: NOBODY_BUYS, kolEngagementDecay: 0.3, engagementSpread: 0.6 });
    for (const [fromRank, hire] of [
      [1, 2],
      [2, 2],
      [3, 1],
    ]) {
      const strategy = exactStrategy({ content: { quality: 0.55, halfLife }, kols: { hire, fromRank, step: kolStep } });
      const rule = dividendArcRule(g, model, strategy, root, steps);
      const layer = kolWaveLayer(g, model, strategy, rule, steps);
      const sampler = new KolWaveSampler(layer, root);
      const seeds = Int32Array.of(3, 400, 801);
      const hired = new Set(g.kolNodes.slice(fromRank - 1, fromRank - 1 + hire));
      const out = new Int32Array(g.nodeCount);
      for (let run = 0; run < 6; run++) {
        const live = sampleLiveEdges(g, model, strategy, root, { samples: 1, steps, firstRun: run });
        const firstWave = firstWaveSharers(live, seeds);
        let expected = 0;
        for (let v = 0; v < g.nodeCount; v++) {
          const found = sampler.kolsReaching(run, v, out, 0);
          const byKol = Array.from(out.subarray(0, found)).some((k) => hired.has(k));
          if (firstWave[v] || byKol) expected++;
        }
        const outcome = runDividend(g, model, strategy, seeds, steps, root, run);
        expect(outcome.shared).toBe(expected);
        // The first wave alone is the established reduction (seedSetSpread agrees with it).
        expect(seedSetSpread(g, model, live, root, () => seeds).shared[0]).toBe(firstWave.reduce((s, x) => s + x, 0));
      }
    }
  });

  it('refuses a graph where a KOL account can be reached (hiring would change how it posts)', () => {
    const e = new EdgeBuffer();
    e.addArc(2, 0, TIE_FOLLOW);
    e.addArc(0, 2, TIE_STRONG);
    const g = buildGraph(3, e, { kolNodes: Int32Array.of(2) });
    const model = exactModel();
    const strategy = exactStrategy();
    expect(() => kolWaveLayer(g, model, strategy, dividendArcRule(g, model, strategy, root, 5), 5)).toThrow(/kols: a KOL account has an in-arc/);
  });
});

/** First-wave sharers of `seeds` in live-edge sample 0 (levelled BFS with deadlines, as the reduction defines). */
function firstWaveSharers(live: ReturnType<typeof sampleLiveEdges>, seeds: Int32Array): Uint8Array {
  const level = new Int32Array(live.nodeCount).fill(-1);
  const queue: number[] = [];
  for (const s of seeds) {
    level[s] = 0;
    queue.push(s);
  }
  for (let h = 0; h < queue.length; h++) {
    const x = queue[h];
    if (live.deadlines !== null && level[x] >= live.horizon) continue;
    for (let e = live.offsets[x]; e < live.offsets[x + 1]; e++) {
      const y = live.targets[e];
      if (level[y] < 0 && (live.deadlines === null || live.deadlines[e] >= level[x])) {
        level[y] = level[x] + 1;
        queue.push(y);
      }
    }
  }
  return Uint8Array.from(level, (l) => (l >= 0 ? 1 : 0));
}

describe('affordable decisions', () => {
  // 4 ordinary people; KOL ranks 1, 2 with 3 and 2 followers: fees base + perFollower × followers.
  const g = kolGraph(4, 0, [3, 2], 'fees');
  const prices = (kolBaseFee: number) => exactModel({ economics: { costPerSeed: 10, kolBaseFee, kolFeePerFollower: 1 } }).economics;

  it('none first, then every contiguous range within B = k × costPerSeed, with what the rest buys', () => {
    // Fees 13 + 3 = 16 (rank 1) and 13 + 2 = 15 (rank 2); B = 30: both alone, not together (31).
    const ranges = affordableKolRanges(g, prices(13), 3);
    expect(ranges.map((r) => [r.fromRank, r.hire, r.fee, r.seedUsers])).toEqual([
      [0, 0, 0, 3],
      [1, 1, 16, 1],
      [2, 1, 15, 1],
    ]);
  });

  it('a fee of exactly the budget is affordable (no seed users left); one cent more is not', () => {
    // B = 20; rank 2's fee = 18 + 2 = 20.
    expect(affordableKolRanges(g, prices(18), 2).map((r) => [r.fromRank, r.hire, r.seedUsers])).toEqual([
      [0, 0, 2],
      [2, 1, 0],
    ]);
    expect(affordableKolRanges(g, prices(18.01), 2).map((r) => r.hire)).toEqual([0]);
  });

  it('bad prices and budgets name the field', () => {
    expect(() => affordableKolRanges(g, { ...prices(1), costPerSeed: 0 }, 2)).toThrow(/economics\.costPerSeed: must be positive/);
    expect(() => affordableKolRanges(g, prices(1), 0)).toThrow(/^k: the budget must be at least one seed user/);
  });
});

/** Probability that each arc is live in `rule`'s wave (visibility × share, the model's chances); KOL arcs × factor 1 (≤ 1,000 followers). */
function arcChances(g: Graph, rule: LiveArcRule): number[] {
  const chances: number[] = [];
  for (let i = 0; i < g.nodeCount; i++)
    for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) {
      const k = g.tieKinds[a];
      const seen = Math.min(1, rule.visibility[k]);
      chances.push(seen * Math.min(1, rule.shareByTie[k] * rule.engaged![g.targets[a]]));
    }
  return chances;
}

/** P(v is reached from `sources`) for every v, over every live-edge world of one wave (arcs from `usable` sources only). */
function reachChances(g: Graph, chance: number[], sources: number[], usable: (node: number) => boolean): Float64Array {
  const arcs: number[] = [];
  for (let i = 0; i < g.nodeCount; i++) if (usable(i)) for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) arcs.push(a);
  const out = new Float64Array(g.nodeCount);
  if (sources.length === 0) return out;
  const source = new Int32Array(g.targets.length);
  for (let i = 0; i < g.nodeCount; i++) for (let a = g.offsets[i]; a < g.offsets[i + 1]; a++) source[a] = i;
  for (let world = 0; world < 1 << arcs.length; world++) {
    let prob = 1;
    arcs.forEach((a, b) => (prob *= world & (1 << b) ? chance[a] : 1 - chance[a]));
    if (prob === 0) continue;
    const seen = new Uint8Array(g.nodeCount);
    const stack = [...sources];
    for (const s of sources) seen[s] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      arcs.forEach((a, b) => {
        if (source[a] === v && world & (1 << b) && !seen[g.targets[a]]) {
          seen[g.targets[a]] = 1;
          stack.push(g.targets[a]);
        }
      });
    }
    for (let v = 0; v < g.nodeCount; v++) if (seen[v]) out[v] += prob;
  }
  return out;
}

/** σ(K, X) exactly: P(v sharer) = 1 − (1 − P_first(v))(1 − P_kol(v)), the waves being independent. */
function exactSigma(g: Graph, chance: number[], kols: number[], seeds: number[]): number {
  const firstKol = g.nodeCount - g.kolNodes.length;
  const first = reachChances(g, chance, seeds, (v) => v < firstKol);
  const byKol = reachChances(g, chance, kols, (v) => v < firstKol || kols.includes(v));
  let sigma = 0;
  for (let v = 0; v < g.nodeCount; v++) sigma += 1 - (1 - first[v]) * (1 - byKol[v]);
  return sigma;
}

function subsets(items: number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [head, ...s]), ...subsets(rest, size)];
}

interface Fixture {
  graph: Graph;
  model: DividendModelSpec;
  strategy: DividendStrategySpec;
  k: number;
}

/** Brute-force OPT over every affordable decision, and OPIM-C's pick, both with exact spreads. */
function solve(f: Fixture, epsilon: number) {
  const { graph: g, model, strategy, k } = f;
  const steps = 50;
  const rule = dividendArcRule(g, model, strategy, root, steps);
  const chance = arcChances(g, rule);
  const ordinary = Array.from({ length: g.nodeCount - g.kolNodes.length }, (_, i) => i);
  let opt = 0;
  for (const range of affordableKolRanges(g, model.economics, k))
    for (const x of subsets(ordinary, Math.min(range.seedUsers, ordinary.length))) opt = Math.max(opt, exactSigma(g, chance, Array.from(range.nodes), x));
  const picked = opimcAtFee({ graph: g, model, strategy, rule, root, steps }, { k, candidates: candidateNodes(g, root, null), epsilon, delta: 0.01 });
  const sigma = exactSigma(g, chance, Array.from(picked.hired.nodes), picked.seedUsers);
  return { opt, sigma, picked };
}

/**
 * 6 ordinary people (0 → 1 → 2 and 3 → 4, 5 alone) and two KOL accounts: rank 1 (node 6) followed
 * by 0, 2, 3, 5 and rank 2 (node 7) by 1, 4. Everyone shares a seen post with chance `quality`.
 */
function fixture(quality: number, kolBaseFee: number, k: number): Fixture {
  const e = new EdgeBuffer();
  e.addArc(0, 1, TIE_STRONG);
  e.addArc(1, 2, TIE_STRONG);
  e.addArc(3, 4, TIE_STRONG);
  for (const f of [0, 2, 3, 5]) e.addArc(6, f, TIE_FOLLOW);
  for (const f of [1, 4]) e.addArc(7, f, TIE_FOLLOW);
  const graph = buildGraph(8, e, { kolNodes: Int32Array.of(6, 7) });
  const model = exactModel({ conversion: NOBODY_BUYS, economics: { costPerSeed: 10, kolBaseFee, kolFeePerFollower: 1 } });
  return { graph, model, strategy: exactStrategy({ content: { quality } }), k };
}

describe('OPIM-C at fee against brute force over every affordable decision (exact spreads)', () => {
  it('hand check of the exact spread: KOL rank 1 alone at quality q spreads 1 + 4q + q² (its follower 0 passes to 1)', () => {
    const f = fixture(0.5, 5, 2);
    const rule = dividendArcRule(f.graph, f.model, f.strategy, root, 50);
    const q = 0.5;
    // 6 → {0, 2, 3, 5} each with q; 0 → 1 and 3 → 4 with q more; 1 → 2 only adds to 2's chance.
    const p2 = 1 - (1 - q) * (1 - q * q * q);
    expect(exactSigma(f.graph, arcChances(f.graph, rule), [6], [])).toBeCloseTo(1 + 3 * q + p2 + 2 * q * q, 12);
  });

  it.each([
    // A cheap KOL reaching four people beats two seed users: hired.
    ['worth its fee', 0.5, 3, 2, true],
    // The same KOLs at a fee of two seed users + 1, budget of three: one seed user left beside a KOL
    // does not pay for losing two; three seed users on the longest paths win.
    ['not worth its fee', 0.5, 17, 3, false],
  ])('%s (quality %s, base fee %s, k = %s)', (_, quality, fee, k, hires) => {
    const { opt, sigma, picked } = solve(fixture(quality, fee, k), 0.1);
    const r = picked.result;
    expect(picked.hired.hire > 0).toBe(hires);
    expect(sigma).toBeGreaterThanOrEqual((1 - 1 / Math.E - 0.1) * opt);
    expect(sigma).toBeGreaterThanOrEqual(r.ratio * opt - 1e-12);
    expect(r.lowerBound).toBeLessThanOrEqual(sigma);
    expect(r.upperBoundOpt).toBeGreaterThanOrEqual(opt);
    expect(picked.cost).toBeLessThanOrEqual(picked.budget + 1e-9);
  });

  it('budget just below a fee: the KOL cannot be hired; at the fee it can (and here it is the best use)', () => {
    // quality 1: KOL rank 1 makes itself and all of 0 … 5 sharers (7); with k = 2 its fee (base + 4) vs B = 20.
    const below = solve(fixture(1, 16.5, 2), 0.1);
    expect(below.picked.decisions).toBe(2); // none, and rank 2 alone (fee 18.5)
    expect(below.picked.hired.fromRank).not.toBe(1);
    const at = solve(fixture(1, 16, 2), 0.1);
    expect(at.picked.hired.fromRank).toBe(1);
    expect(at.picked.hired.hire).toBe(1);
    expect(at.picked.seedUsers).toEqual([]);
    expect(at.opt).toBeCloseTo(7, 12);
    expect(at.sigma).toBeCloseTo(7, 12);
  });

  it('is deterministic: the same decision and numbers twice', () => {
    const a = solve(fixture(0.5, 3, 2), 0.1).picked;
    const b = solve(fixture(0.5, 3, 2), 0.1).picked;
    expect(b).toEqual(a);
  });
});
