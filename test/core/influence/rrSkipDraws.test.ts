/**
 * RR sets drawn by skipping (rrLiveDraws.ts) have the law of RR sets drawn with the model's coins:
 * on tiny graphs the exact law of (root, RR set) is enumerated over every world — each arc dead or
 * live (with decay: live with each deadline) with its probability from the model's rule — and the
 * frequencies of 200,000 sampled sets are compared with it by Pearson's chi-square test. Cells with
 * an expected count below 5 are pooled; the critical value is the 0.999 quantile of χ²(df) by the
 * Wilson–Hilferty approximation (z = 3.0902), so a correct sampler fails with probability ≈ 0.001
 * at a fixed seed (here it passes; the seeds are fixed, so the test is deterministic). Each case also
 * samples with the model's own coins (a control for the enumeration) and checks power: the same
 * frequencies against the law with every arc's chance × 0.95 must be rejected.
 */
import { describe, expect, it } from 'vitest';
import { TIE_STRONG, TIE_WEAK, type Graph } from '../../../src/core/graph';
import { rootKey } from '../../../src/core/random';
import { cascadeArcRule, dividendArcRule, RRSampler, type LiveArcRule } from '../../../src/core/influence/rrSets';
import { BY_ARC, DEAD, NODE_WORDS, reverseLiveArcs } from '../../../src/core/influence/reverseLiveArcs';
import { hasNoLiveInArc, uniform53 } from '../../../src/core/influence/rrLiveDraws';
import { RRRunKeys, SKIP_PURPOSES } from '../../../src/core/influence/rrRunKeys';
import { arcGraph, exactModel, exactStrategy } from '../dividend/helpers';

const SETS = 200_000;
const Z_999 = 3.0902;

/** Per arc: [deadline, probability] of each live outcome (dead is the rest). */
type ArcLaw = [number, number][];

/** Exact law of "root|sorted RR set" over all worlds; horizon null = no decay (every live arc fires at every level). */
function exactLaw(g: Graph, arcs: ArcLaw[], horizon: number | null): Map<string, number> {
  const n = g.nodeCount;
  const m = arcs.length;
  const law = new Map<string, number>();
  const choice = new Int32Array(m); // index into arcs[a] or arcs[a].length = dead
  const deadline = new Int32Array(m);
  const walk = (a: number, prob: number): void => {
    if (prob === 0) return;
    if (a < m) {
      let live = 0;
      for (let c = 0; c < arcs[a].length; c++) {
        live += arcs[a][c][1];
        choice[a] = c;
        deadline[a] = arcs[a][c][0];
        walk(a + 1, prob * arcs[a][c][1]);
      }
      choice[a] = arcs[a].length;
      deadline[a] = -1;
      walk(a + 1, prob * (1 - live));
      return;
    }
    // Levelled forward search from each u: who becomes a sharer of {u}.
    const reaches: number[][] = Array.from({ length: n }, () => []);
    for (let u = 0; u < n; u++) {
      const level = new Int32Array(n).fill(-1);
      level[u] = 0;
      const queue = [u];
      for (let h = 0; h < queue.length; h++) {
        const x = queue[h];
        if (horizon !== null && level[x] >= horizon) continue;
        for (let e = g.offsets[x]; e < g.offsets[x + 1]; e++) {
          const y = g.targets[e];
          if (level[y] < 0 && deadline[e] >= 0 && (horizon === null || deadline[e] >= level[x])) {
            level[y] = level[x] + 1;
            queue.push(y);
          }
        }
      }
      for (let v = 0; v < n; v++) if (level[v] >= 0) reaches[v].push(u);
    }
    for (let v = 0; v < n; v++) {
      const key = `${v}|${reaches[v].join(',')}`;
      law.set(key, (law.get(key) ?? 0) + prob / n);
    }
  };
  walk(0, 1);
  return law;
}

function sampledCounts(sampler: RRSampler): Map<string, number> {
  const counts = new Map<string, number>();
  for (let run = 0; run < SETS; run++) {
    if (run % 64 === 0) sampler.prepare(run, 64);
    sampler.sample(run);
    const key = `${sampler.rootOf(run)}|${Array.from(sampler.lastSet).sort((a, b) => a - b).join(',')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Pearson's statistic with cells of expected count < 5 pooled; sampled outcomes outside the law count as impossible. */
function chiSquare(law: Map<string, number>, counts: Map<string, number>): { stat: number; df: number; critical: number; impossible: number } {
  let stat = 0;
  let cells = 0;
  let pooledExpected = 0;
  let pooledObserved = 0;
  for (const [key, p] of law) {
    const expected = p * SETS;
    const observed = counts.get(key) ?? 0;
    if (expected < 5) {
      pooledExpected += expected;
      pooledObserved += observed;
      continue;
    }
    stat += (observed - expected) ** 2 / expected;
    cells++;
  }
  if (pooledExpected > 0) {
    stat += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
    cells++;
  }
  let impossible = 0;
  for (const [key, c] of counts) if (!law.has(key)) impossible += c;
  const df = cells - 1;
  const critical = df * (1 - 2 / (9 * df) + Z_999 * Math.sqrt(2 / (9 * df))) ** 3;
  return { stat, df, critical, impossible };
}

/** The law with every live outcome's chance × factor (for the power check). */
function scaled(arcs: ArcLaw[], factor: number): ArcLaw[] {
  return arcs.map((outcomes) => outcomes.map(([d, p]) => [d, p * factor] as [number, number]));
}

function checkCase(g: Graph, rule: LiveArcRule, arcs: ArcLaw[], horizon: number | null, seed: string, expectByArc = false): void {
  const root = rootKey(seed);
  const law = exactLaw(g, arcs, horizon);
  let total = 0;
  for (const p of law.values()) total += p;
  expect(total).toBeCloseTo(1, 12);
  const rev = reverseLiveArcs(g, rule);
  let byArc = 0;
  for (let j = 0; j < g.nodeCount; j++) if (rev.nodeInfo[NODE_WORDS * j + DEAD] === BY_ARC) byArc++;
  expect(byArc > 0).toBe(expectByArc);
  const skip = sampledCounts(new RRSampler(g, rule, root, 'skip'));
  const coins = sampledCounts(new RRSampler(g, rule, root, 'coins'));
  for (const counts of [skip, coins]) {
    const test = chiSquare(law, counts);
    expect(test.impossible).toBe(0);
    expect(test.df).toBeGreaterThanOrEqual(10);
    expect(test.stat).toBeLessThan(test.critical);
  }
  // Power: 5 % less likely arcs are rejected at the same level.
  const wrong = chiSquare(exactLaw(g, scaled(arcs, 0.95), horizon), skip);
  expect(wrong.stat).toBeGreaterThan(wrong.critical);
}

// Person 0 has four in-arcs (a block where skipping finds several live arcs), the rest form paths into it.
const ARCS: [number, number, number][] = [
  [1, 0, TIE_STRONG],
  [2, 0, TIE_WEAK],
  [3, 0, TIE_STRONG],
  [4, 0, TIE_WEAK],
  [2, 1, TIE_STRONG],
  [3, 2, TIE_WEAK],
  [4, 3, TIE_STRONG],
  [0, 5, TIE_STRONG],
  [5, 4, TIE_WEAK],
];

describe('RR sets drawn by skipping have the exact law of the coins (chi-square, 200,000 sets)', () => {
  it('Independent Cascade, p = 0.35 (all 512 worlds)', () => {
    const g = arcGraph(6, ARCS);
    const p = 0.35;
    checkCase(g, cascadeArcRule(p), ARCS.map(() => [[0, p]]), null, 'skip-ic');
  });

  it('Independent Cascade with arcs live for sure (blocks drawn arc by arc): strong ties p = 1, weak 0.4', () => {
    const g = arcGraph(6, ARCS);
    const cut = 4294967296;
    const rule: LiveArcRule = { ...cascadeArcRule(0.4), visibility: Float64Array.of(cut, 0.4 * cut, 0.4 * cut) };
    const arcs: ArcLaw[] = [];
    for (let a = 0; a < g.targets.length; a++) arcs.push([[0, g.tieKinds[a] === TIE_STRONG ? 1 : 0.4]]);
    checkCase(g, rule, arcs, null, 'skip-by-arc', true);
  });

  it('dividend with novelty decay: deadlines 0…2 within a 3-hop horizon (4^9 worlds)', () => {
    const g = arcGraph(6, ARCS);
    const model = exactModel({ engagementSpread: 0.3 });
    const strategy = exactStrategy({ content: { quality: 0.5, halfLife: 1 } });
    const root = rootKey('skip-decay');
    const rule = dividendArcRule(g, model, strategy, root, 3);
    expect(rule.horizon).toBe(3);
    const base = rule.base!;
    // The model's law of arc a = x→y: visible with min(1, visibility(kind)); at level d it fires with
    // p_d = min(1, base[d] × trust·lift(kind) × engaged(y)) (liveEdgeSamples.ts); deadline = the deepest such d.
    const arcs: ArcLaw[] = [];
    for (let a = 0; a < g.targets.length; a++) {
      const kind = g.tieKinds[a];
      const seen = Math.min(1, rule.visibility[kind]);
      const fire = (d: number) => (d >= base.length ? 0 : Math.min(1, base[d] * rule.shareByTie[kind] * rule.engaged![g.targets[a]]));
      const outcomes: [number, number][] = [];
      for (let d = 0; d < base.length; d++) outcomes.push([d, seen * (fire(d) - fire(d + 1))]);
      arcs.push(outcomes);
    }
    checkCase(g, rule, arcs, rule.horizon, 'skip-decay');
  });
});

describe('the root decision from the high word alone', () => {
  it('equals uniform53 < allDead, also when allDead falls inside the interval of the high word (the low word decides)', () => {
    const keys = new RRRunKeys(rootKey('high-word'), SKIP_PURPOSES);
    const nodeInfo = new Float64Array(NODE_WORDS);
    const rev = { nodeInfo } as unknown as Parameters<typeof hasNoLiveInArc>[0];
    let inside = 0;
    for (let run = 0; run < 2000; run++) {
      const w = keys.forRun(run);
      const u = uniform53(w, 0);
      const high = Math.floor(u * 2 ** 32);
      // Thresholds around u: far below and above, at the interval's ends, and just either side of u itself.
      for (const dead of [0.25, 0.75, high * 2 ** -32, (high + 1) * 2 ** -32, u, u + 2 ** -53, u - 2 ** -53]) {
        if (!(dead > 0 && dead < 1)) continue;
        nodeInfo[DEAD] = dead;
        if (dead > high * 2 ** -32 && dead < (high + 1) * 2 ** -32) inside++;
        expect(hasNoLiveInArc(rev, w, 0)).toBe(u < dead);
      }
    }
    expect(inside).toBeGreaterThan(1000);
  });
});
