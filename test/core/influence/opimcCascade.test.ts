/**
 * OPIM-C on Independent Cascade against exact spreads: on a graph of 7 people and 9 arcs every one
 * of the 2^9 live-edge worlds is enumerated with its probability (Kempe, Kleinberg & Tardos 2003:
 * IC's spread is the expected reach over live-edge worlds), giving σ(S) exactly for every pair S.
 * The guarantee is then checked against the truth: the bounds bracket σ(S) and OPT, σ(S) ≥ ratio ×
 * OPT, and the validation estimate is within 4 standard errors of σ(S).
 */
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/core/graph';
import { candidateNodes } from '../../../src/core/influence/lazyGreedy';
import { opimcSeeds } from '../../../src/core/influence/opimcRounds';
import { cascadeArcRule } from '../../../src/core/influence/rrSets';
import { rootKey } from '../../../src/core/random';
import { arcGraph } from '../dividend/helpers';

const ARCS: [number, number][] = [
  [0, 1],
  [0, 2],
  [1, 3],
  [2, 3],
  [3, 4],
  [4, 5],
  [5, 6],
  [6, 4],
  [2, 6],
];

/** σ(S) by enumerating every live-edge world (arc live with probability p). */
function exactSpread(graph: Graph, p: number, seeds: number[]): number {
  const m = graph.targets.length;
  const n = graph.nodeCount;
  let sigma = 0;
  for (let world = 0; world < 1 << m; world++) {
    let prob = 1;
    for (let a = 0; a < m; a++) prob *= world & (1 << a) ? p : 1 - p;
    const seen = new Uint8Array(n);
    const stack = [...seeds];
    for (const s of seeds) seen[s] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (let a = graph.offsets[v]; a < graph.offsets[v + 1]; a++) {
        const w = graph.targets[a];
        if (world & (1 << a) && !seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    sigma += prob * seen.reduce((s, x) => s + x, 0);
  }
  return sigma;
}

describe('OPIM-C on Independent Cascade against exact spreads (all 512 live-edge worlds)', () => {
  it.each([0.3, 0.6])('p = %s: bounds bracket the truth, σ(S) ≥ ratio × OPT, estimate within 4 SE', (p) => {
    const g = arcGraph(7, ARCS);
    expect(g.targets.length).toBe(9);
    // Hand check of the enumeration: σ({6}) with p: 6 → 4 → 5 (→ 6): 1 + p + p².
    expect(exactSpread(g, p, [6])).toBeCloseTo(1 + p + p * p, 12);
    let opt = 0;
    for (let u = 0; u < 7; u++) for (let v = u + 1; v < 7; v++) opt = Math.max(opt, exactSpread(g, p, [u, v]));
    const root = rootKey(`ic-exact-${p}`);
    const r = opimcSeeds(g, cascadeArcRule(p), root, { k: 2, candidates: candidateNodes(g, root, null), epsilon: 0.1, delta: 0.01 });
    const sigma = exactSpread(g, p, r.seeds);
    expect(r.lowerBound).toBeLessThanOrEqual(sigma);
    expect(r.upperBoundOpt).toBeGreaterThanOrEqual(opt);
    expect(sigma).toBeGreaterThanOrEqual(r.ratio * opt);
    expect(sigma).toBeGreaterThanOrEqual(r.target * opt);
    const q = sigma / 7;
    expect(Math.abs(r.expectedShared - sigma)).toBeLessThanOrEqual(4 * 7 * Math.sqrt((q * (1 - q)) / (r.sets / 2)));
  });
});
