import { describe, expect, it } from 'vitest';
import { centreGroup, hasArc, layoutGroup } from '../../src/layout/groupForceLayout';
import { bfsOrder, spiralPositions, spiralRadius } from '../../src/layout/groupStartPlacement';
import { NODE_SPACING } from '../../src/layout/layoutOptions';
import { packGroups } from '../../src/layout/packGroups';
import { buildGraph, EdgeBuffer, TIE_STRONG } from '../../src/core/graph';
import { tieGraph, twoTriangles } from './fixtures';
import { withMathRandom } from '../mathRandom';

describe('start placement', () => {
  it('orders a group by BFS from its best-connected member, staying inside the group', () => {
    // Star 0–{1,2,3}, 3–4, and 5 tied only to 6 (outside the group).
    const g = tieGraph(7, [[0, 1], [0, 2], [0, 3], [3, 4], [5, 6]]);
    const members = Int32Array.of(0, 1, 2, 3, 4, 5);
    const inGroup = new Uint8Array(7);
    members.forEach((v) => (inGroup[v] = 1));
    const visited = new Uint8Array(7);
    expect(Array.from(bfsOrder(g, members, inGroup, visited))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(visited.every((v) => v === 0)).toBe(true);
  });

  it('places k points on a sunflower spiral with about NODE_SPACING² of area each', () => {
    const n = 400;
    const xy = spiralPositions(n);
    let maxR = 0;
    for (let k = 0; k < n; k++) maxR = Math.max(maxR, Math.hypot(xy[2 * k], xy[2 * k + 1]));
    const areaPerPoint = (Math.PI * maxR * maxR) / n;
    expect(areaPerPoint / NODE_SPACING ** 2).toBeGreaterThan(0.95);
    expect(areaPerPoint / NODE_SPACING ** 2).toBeLessThan(1.05);
    expect(spiralRadius(n)).toBeGreaterThan(maxR);
    expect(spiralRadius(4 * n)).toBeCloseTo(2 * spiralRadius(n) - NODE_SPACING / 2, 5);
  });
});

describe('layoutGroup (d3-force inside one group)', () => {
  /** Two 10-cliques joined by one tie, as one group. */
  function twoCliques() {
    const ties: [number, number][] = [];
    for (const base of [0, 10]) for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) ties.push([base + i, base + j]);
    ties.push([9, 10]);
    return tieGraph(20, ties);
  }

  it('is deterministic and pulls tied nodes closer than untied ones', () => {
    const g = twoCliques();
    const members = Int32Array.from({ length: 20 }, (_, i) => i);
    const run = () => {
      const xy = new Float64Array(40);
      const r = layoutGroup(g, members, xy, new Uint8Array(20), new Uint8Array(20), 80, 1.2);
      return { xy, ticks: r.ticks };
    };
    // Deterministic: the same positions whatever Math.random would give.
    const a = withMathRandom(1, run);
    const b = withMathRandom(2, run);
    expect(a.xy).toEqual(b.xy);
    expect(a.ticks).toBe(80);
    const d = (u: number, v: number) => Math.hypot(a.xy[2 * u] - a.xy[2 * v], a.xy[2 * u + 1] - a.xy[2 * v + 1]);
    let inside = 0;
    let across = 0;
    for (let i = 0; i < 10; i++)
      for (let j = 0; j < 10; j++) {
        if (i < j) inside += d(i, j) + d(10 + i, 10 + j);
        across += d(i, 10 + j);
      }
    // 90 tied pairs vs 100 untied ones: the cliques separate.
    expect(inside / 90).toBeLessThan(0.75 * (across / 100));
  });

  it('keeps the spiral for ticks = 0 and for groups of fewer than 3 nodes', () => {
    const g = twoCliques();
    const xy = new Float64Array(40);
    expect(layoutGroup(g, Int32Array.of(3, 4), xy, new Uint8Array(20), new Uint8Array(20), 80, 1.2).ticks).toBe(0);
    expect(layoutGroup(g, Int32Array.from({ length: 20 }, (_, i) => i), xy, new Uint8Array(20), new Uint8Array(20), 0, 1.2).ticks).toBe(0);
  });

  it('hasArc finds arcs in sorted rows', () => {
    const g = twoTriangles();
    expect(hasArc(g, 2, 3)).toBe(true);
    expect(hasArc(g, 6, 4)).toBe(true);
    expect(hasArc(g, 4, 6)).toBe(false);
    expect(hasArc(g, 0, 5)).toBe(false);
  });

  it('centreGroup centres on the centroid and pulls a far straggler onto the rim', () => {
    const n = 100;
    const xy = new Float64Array(2 * n);
    for (let k = 0; k < n - 1; k++) {
      xy[2 * k] = 10 + Math.cos(k) * 5;
      xy[2 * k + 1] = 20 + Math.sin(k) * 5;
    }
    xy[2 * (n - 1)] = 1000; // one straggler
    const members = Int32Array.from({ length: n }, (_, i) => i);
    const r = centreGroup(members, xy);
    expect(r).toBeLessThan(40);
    for (let k = 0; k < n; k++) expect(Math.hypot(xy[2 * k], xy[2 * k + 1])).toBeLessThanOrEqual(r);
  });
});

describe('packGroups', () => {
  it('packs discs without overlap, GROUP_GAP apart at least, largest in the middle', () => {
    const radii = Float64Array.of(50, 10, 30, 5, 20, 20, 8);
    const c = packGroups(radii);
    for (let a = 0; a < radii.length; a++)
      for (let b = a + 1; b < radii.length; b++) {
        const d = Math.hypot(c[2 * a] - c[2 * b], c[2 * a + 1] - c[2 * b + 1]);
        expect(d).toBeGreaterThanOrEqual(radii[a] + radii[b] + 2.5 * NODE_SPACING - 1e-6);
      }
    const dist = (g: number) => Math.hypot(c[2 * g], c[2 * g + 1]);
    expect(dist(0)).toBeLessThan(dist(3));
  });

  it('handles a single group', () => {
    expect(Array.from(packGroups(Float64Array.of(7)))).toEqual([0, 0]);
  });
});

describe('directed ties', () => {
  it('layoutGroup keeps one-way arcs as links', () => {
    const e = new EdgeBuffer();
    e.addArc(0, 1, TIE_STRONG);
    e.addArc(1, 2, TIE_STRONG);
    e.addArc(2, 0, TIE_STRONG);
    const g = buildGraph(4, e);
    const xy = new Float64Array(8);
    layoutGroup(g, Int32Array.of(0, 1, 2, 3), xy, new Uint8Array(4), new Uint8Array(4), 60, 1.2);
    const d = (u: number, v: number) => Math.hypot(xy[2 * u] - xy[2 * v], xy[2 * u + 1] - xy[2 * v + 1]);
    // 3 is tied to nobody: it drifts further from the triangle than the triangle's own sides.
    expect(Math.min(d(3, 0), d(3, 1), d(3, 2))).toBeGreaterThan(Math.max(d(0, 1), d(1, 2), d(0, 2)) * 0.9);
  });
});
