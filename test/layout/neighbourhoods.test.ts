import { describe, expect, it } from 'vitest';
import { TIE_FOLLOW } from '../../src/core/graph';
import { buildGraph, EdgeBuffer, TIE_STRONG } from '../../src/core/graph';
import { neighbourhoods } from '../../src/layout/neighbourhoods';
import { nodeGroups } from '../../src/layout/nodeGroups';
import { tieGraph, twoTriangles } from './fixtures';
import { withMathRandom } from '../mathRandom';

describe('neighbourhoods', () => {
  it('grows one group per hub by BFS: a path with hubs at both ends splits in the middle', () => {
    // Star centres 0 and 6 (degree 3) joined through the path 0–1–2–3–4–5–6; leaves 7, 8 and 9, 10.
    const g = tieGraph(11, [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [0, 7], [0, 8], [6, 9], [6, 10]]);
    const { group, count } = neighbourhoods(g, 2);
    expect(count).toBe(2);
    expect(Array.from(group)).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1]);
  });

  it('gives unreached components groups of their own and pools tiny ones into one', () => {
    // A triangle with the hub, a separate 4-node path, and three isolated nodes.
    const g = tieGraph(10, [[0, 1], [1, 2], [0, 2], [0, 3], [4, 5], [5, 6], [6, 7]]);
    const { group, count } = neighbourhoods(g, 1);
    expect(Array.from(group.subarray(0, 4))).toEqual([0, 0, 0, 0]);
    expect(new Set(group.subarray(4, 8)).size).toBe(1);
    expect(group[4]).not.toBe(0);
    // 8 and 9 are isolated: pooled with each other, apart from the rest.
    expect(group[8]).toBe(group[9]);
    expect(group[8]).not.toBe(group[4]);
    expect(count).toBe(3);
  });

  it('never walks follow arcs and puts a KOL with most of its followers', () => {
    const e = new EdgeBuffer();
    for (const [u, v] of [[0, 1], [1, 2], [3, 4], [4, 5]]) e.addTie(u, v, TIE_STRONG);
    for (const f of [3, 4, 5, 0]) e.addArc(6, f, TIE_FOLLOW);
    const g = buildGraph(7, e, { kolNodes: Int32Array.of(6) });
    const { group } = neighbourhoods(g, 2);
    expect(group[6]).toBe(group[4]);
    expect(group[0]).not.toBe(group[4]);
  });

  it('is deterministic and covers every node', () => {
    const g = tieGraph(6, [[0, 1], [2, 3], [4, 5], [1, 2]]);
    // Deterministic: the same groups whatever Math.random would give.
    const a = withMathRandom(1, () => neighbourhoods(g, 3));
    const b = withMathRandom(2, () => neighbourhoods(g, 3));
    expect(a.group).toEqual(b.group);
    for (const x of a.group) expect(x).toBeGreaterThanOrEqual(0);
  });
});

describe('nodeGroups', () => {
  it('uses the planted communities when there are some, and lists members group by group', () => {
    const groups = nodeGroups(twoTriangles(), { neighbourhoodSize: 150, maxNeighbourhoods: 400 });
    expect(groups.kind).toBe('community');
    expect(groups.count).toBe(2);
    expect(Array.from(groups.start)).toEqual([0, 4, 7]);
    expect(Array.from(groups.members)).toEqual([0, 1, 2, 6, 3, 4, 5]);
  });

  it('falls back to neighbourhoods of about neighbourhoodSize nodes', () => {
    const ties: [number, number][] = [];
    for (let i = 0; i + 1 < 40; i++) ties.push([i, i + 1]);
    const groups = nodeGroups(tieGraph(40, ties), { neighbourhoodSize: 10, maxNeighbourhoods: 400 });
    expect(groups.kind).toBe('neighbourhood');
    expect(groups.count).toBe(4);
    expect(groups.start[groups.count]).toBe(40);
  });
});
