import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer, TIE_FOLLOW, TIE_STRONG, TIE_WEAK } from '../../../src/core/graph';

describe('buildGraph', () => {
  it('turns a tie into two arcs and an arc into one, rows sorted by target', () => {
    const e = new EdgeBuffer();
    e.addTie(0, 3, TIE_STRONG);
    e.addTie(0, 1, TIE_WEAK);
    e.addArc(2, 0, TIE_FOLLOW);
    const g = buildGraph(4, e);
    expect(Array.from(g.offsets)).toEqual([0, 2, 3, 4, 5]);
    expect(Array.from(g.targets)).toEqual([1, 3, 0, 0, 0]);
    expect(Array.from(g.tieKinds)).toEqual([TIE_WEAK, TIE_STRONG, TIE_WEAK, TIE_FOLLOW, TIE_STRONG]);
    expect(Array.from(g.inDegree)).toEqual([3, 1, 0, 1]);
    expect(g.weights).toBeNull();
  });

  it('drops self-loops and merges duplicates, keeping the lowest tie kind and the largest weight', () => {
    const e = new EdgeBuffer(4, true);
    e.addTie(1, 1, TIE_STRONG, 1);
    e.addArc(0, 1, TIE_FOLLOW, 0.9);
    e.addTie(0, 1, TIE_WEAK, 0.2);
    e.addTie(1, 0, TIE_WEAK, 0.5);
    const g = buildGraph(2, e);
    expect(Array.from(g.targets)).toEqual([1, 0]);
    expect(Array.from(g.tieKinds)).toEqual([TIE_WEAK, TIE_WEAK]);
    expect(Array.from(g.weights!)).toEqual([Math.fround(0.9), 0.5]);
  });

  it('in-degree counts the arcs into each node, also on the all-ties shortcut (duplicates and self-loops)', () => {
    // Only ties: 0–1 twice (merged), 1–2, a self-loop 2–2 (dropped), 0–3. Arcs: 0→1, 0→3, 1→0, 1→2, 2→1, 3→0.
    const ties = new EdgeBuffer();
    ties.addTie(0, 1, TIE_STRONG);
    ties.addTie(1, 0, TIE_STRONG);
    ties.addTie(1, 2, TIE_WEAK);
    ties.addTie(2, 2, TIE_WEAK);
    ties.addTie(0, 3, TIE_STRONG);
    expect(Array.from(buildGraph(4, ties).inDegree)).toEqual([2, 2, 1, 1]);
    // The same ties plus a one-way follow 2→0: in-degree is no longer the out-degree.
    ties.addArc(2, 0, TIE_FOLLOW);
    const g = buildGraph(4, ties);
    expect(Array.from(g.inDegree)).toEqual([3, 2, 1, 1]);
    expect(Array.from(g.offsets)).toEqual([0, 2, 4, 6, 7]);
  });
});
