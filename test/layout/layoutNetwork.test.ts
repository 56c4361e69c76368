import { describe, expect, it } from 'vitest';
import { fullyMixedGraph, TIE_STRONG, TIE_WEAK } from '../../src/core/graph';
import { generateNetwork } from '../../src/core/networks/generateNetwork';
import type { CommunitiesSpec } from '../../src/core/networks/networkSpec';
import { rootKey } from '../../src/core/random';
import { drawableEdges, layoutNetwork } from '../../src/layout/layoutNetwork';
import { pictureBounds, pictureTransferables } from '../../src/layout/networkPicture';
import { tieGraph, twoTriangles } from './fixtures';
import { withMathRandom } from '../mathRandom';

const SPEC: CommunitiesSpec = {
  kind: 'communities',
  nodes: 1500,
  communities: 12,
  meanDegree: 8,
  mixing: 0.1,
  sizeExponent: 2.5,
  degreeExponent: null,
  resample: false,
  kols: { count: 2, reach: 0.2, homeBias: 0.6 },
};
const graph = generateNetwork(SPEC, rootKey('layout-test'), 0);
const picture = layoutNetwork(graph, 'k', { ticks: 40 });

describe('layoutNetwork on a planted-communities network (1,502 nodes)', () => {
  it('returns one position per node and the community grouping', () => {
    expect(picture.positions!.length).toBe(2 * graph.nodeCount);
    expect(picture.groupKind).toBe('community');
    expect(picture.groupCount).toBe(graph.communityCount);
    expect(Array.from(picture.group)).toEqual(Array.from(graph.community!));
    expect(picture.groupSizes.reduce((a, b) => a + b, 0)).toBe(graph.nodeCount);
    for (const v of picture.positions!) expect(Number.isFinite(v)).toBe(true);
    expect(picture.stats.settled).toBe(true);
    expect(picture.stats.ticks).toBeGreaterThan(0);
  });

  it('is deterministic: the positions come from the graph, key and options, not from Math.random', () => {
    const under = (seed: number) => withMathRandom(seed, () => layoutNetwork(graph, 'k', { ticks: 40 }).positions);
    expect(under(1)).toEqual(under(2));
  });

  it('keeps every node inside its group disc, and the discs apart', () => {
    const p = picture.positions!;
    for (let i = 0; i < graph.nodeCount; i++) {
      const g = picture.group[i];
      const d = Math.hypot(p[2 * i] - picture.groupCentres[2 * g], p[2 * i + 1] - picture.groupCentres[2 * g + 1]);
      expect(d).toBeLessThanOrEqual(picture.groupRadii[g] + 1e-3);
    }
    for (let a = 0; a < picture.groupCount; a++)
      for (let b = a + 1; b < picture.groupCount; b++) {
        const d = Math.hypot(picture.groupCentres[2 * a] - picture.groupCentres[2 * b], picture.groupCentres[2 * a + 1] - picture.groupCentres[2 * b + 1]);
        expect(d).toBeGreaterThan(picture.groupRadii[a] + picture.groupRadii[b]);
      }
  });

  it('puts each KOL at the centre of its home community', () => {
    for (const k of graph.kolNodes) {
      const g = picture.group[k];
      expect(picture.positions![2 * k]).toBeCloseTo(picture.groupCentres[2 * g], 3);
      expect(picture.positions![2 * k + 1]).toBeCloseTo(picture.groupCentres[2 * g + 1], 3);
    }
    expect(Array.from(picture.kolNodes)).toEqual(Array.from(graph.kolNodes));
  });

  it('draws ties shorter than random pairs of the same community, and communities apart', () => {
    const p = picture.positions!;
    const edges = picture.edges!;
    const dist = (u: number, v: number) => Math.hypot(p[2 * u] - p[2 * v], p[2 * u + 1] - p[2 * v + 1]);
    let tie = 0;
    let strong = 0;
    for (let e = 0; e < picture.edgeKinds!.length; e++) {
      if (picture.edgeKinds![e] !== TIE_STRONG) continue;
      tie += dist(edges[2 * e], edges[2 * e + 1]);
      strong++;
    }
    // Deterministic pseudo-random pairs, split by whether they share a community.
    let same = 0;
    let sameN = 0;
    let other = 0;
    let otherN = 0;
    for (let k = 0; k < 20000; k++) {
      const u = (k * 7919) % 1500;
      const v = (k * 104729 + 13) % 1500;
      if (u === v) continue;
      if (picture.group[u] === picture.group[v]) (same += dist(u, v)), sameN++;
      else (other += dist(u, v)), otherN++;
    }
    // Measured with these settings: ties 0.65× same-community pairs, same-community pairs 0.28× the others.
    expect(tie / strong).toBeLessThan(0.9 * (same / sameN));
    expect(same / sameN).toBeLessThan(0.4 * (other / otherN));
  });

  it('reports degrees as audience (out), following (in) and weak ties', () => {
    for (let i = 0; i < graph.nodeCount; i += 97) {
      expect(picture.audience[i]).toBe(graph.offsets[i + 1] - graph.offsets[i]);
      expect(picture.following[i]).toBe(graph.inDegree[i]);
      let weak = 0;
      for (let a = graph.offsets[i]; a < graph.offsets[i + 1]; a++) if (graph.tieKinds[a] === TIE_WEAK) weak++;
      expect(picture.weakTies[i]).toBe(weak);
    }
  });

  it('bounds cover every group disc; transferables are distinct buffers', () => {
    const b = pictureBounds(picture);
    for (let g = 0; g < picture.groupCount; g++) {
      expect(picture.groupCentres[2 * g] - picture.groupRadii[g]).toBeGreaterThanOrEqual(b.x0 - 1e-3);
      expect(picture.groupCentres[2 * g + 1] + picture.groupRadii[g]).toBeLessThanOrEqual(b.y1 + 1e-3);
    }
    const buffers = pictureTransferables(picture);
    expect(new Set(buffers).size).toBe(buffers.length);
    // The picture owns its arrays: transferring them must not detach the graph's.
    expect(buffers).not.toContain(graph.community!.buffer);
    expect(buffers).not.toContain(graph.kolNodes.buffer);
  });
});

describe('layoutNetwork above maxNodes', () => {
  it('lays out groups only (community map), bubble area proportional to members', () => {
    const map = layoutNetwork(graph, 'k', { maxNodes: 1000 });
    expect(map.positions).toBeNull();
    expect(map.edges).toBeNull();
    expect(map.stats.ticks).toBe(0);
    const ratio = (g: number) => map.groupRadii[g] ** 2 / map.groupSizes[g];
    const big = ratio(0);
    for (let g = 1; g < map.groupCount; g++) if (map.groupSizes[g] > 50) expect(ratio(g) / big).toBeCloseTo(1, 0);
  });
});

describe('layoutNetwork above forceMaxNodes (how a million people are laid out)', () => {
  const spiral = layoutNetwork(graph, 'k', { forceMaxNodes: 1000, edgeMaxNodes: 1000 });

  it('keeps the BFS spiral per community: no d3-force ticks, still one position per person', () => {
    expect(spiral.stats.ticks).toBe(0);
    expect(spiral.positions!.length).toBe(2 * graph.nodeCount);
    for (const v of spiral.positions!) expect(Number.isFinite(v)).toBe(true);
  });

  it('sizes each community disc as its spiral: area ∝ members (radius = 6/√π·√m + 3)', () => {
    for (let g = 0; g < spiral.groupCount; g++) {
      const members = spiral.groupSizes[g] - Array.from(graph.kolNodes).filter((k) => graph.community![k] === g).length;
      // centreGroup pulls the outer 3 % onto the rim: the disc is the 97th-percentile radius + spacing.
      const outer = (6 / Math.sqrt(Math.PI)) * Math.sqrt(members);
      expect(spiral.groupRadii[g]).toBeLessThanOrEqual(outer + 6 + 1e-3);
      expect(spiral.groupRadii[g]).toBeGreaterThan(outer * Math.sqrt(0.97) - 6 / Math.sqrt(Math.PI));
    }
  });

  it('leaves ties out above edgeMaxNodes, and is deterministic', () => {
    expect(spiral.edges).toBeNull();
    expect(spiral.edgeKinds).toBeNull();
    expect(layoutNetwork(graph, 'k', { forceMaxNodes: 1000, edgeMaxNodes: 1000 }).positions).toEqual(spiral.positions);
  });
});

describe('layoutNetwork on small and odd graphs', () => {
  it('lays out the two-triangle fixture with the KOL at community 0', () => {
    const p = layoutNetwork(twoTriangles(), 'x');
    expect(p.groupCount).toBe(2);
    expect(p.edges!.length / 2).toBe(7); // 6 strong ties + 1 weak, follows left out
  });

  it('handles a fully mixed population as one group without ties', () => {
    const p = layoutNetwork(fullyMixedGraph(30), 'fm');
    expect(p.groupCount).toBe(1);
    expect(p.positions!.length).toBe(60);
    expect(p.edges!.length).toBe(0);
  });

  it('groups a graph without communities into neighbourhoods', () => {
    const ties: [number, number][] = [];
    for (let i = 0; i + 1 < 300; i++) ties.push([i, i + 1]);
    const p = layoutNetwork(tieGraph(300, ties), 'path', { neighbourhoodSize: 50, ticks: 10 });
    expect(p.groupKind).toBe('neighbourhood');
    expect(p.groupCount).toBe(6);
  });
});

describe('drawableEdges', () => {
  it('lists a two-way tie once and keeps weak ties first when over the cap', () => {
    const g = tieGraph(6, [
      [0, 1, TIE_STRONG],
      [1, 2, TIE_STRONG],
      [2, 3, TIE_WEAK],
      [3, 4, TIE_STRONG],
      [4, 5, TIE_WEAK],
    ]);
    const all = drawableEdges(g, 100);
    expect(all.edges.length / 2).toBe(5);
    expect(all.dropped).toBe(0);
    const capped = drawableEdges(g, 3);
    expect(capped.kinds.length).toBe(3);
    expect(capped.dropped).toBe(2);
    expect(Array.from(capped.kinds).filter((k) => k === TIE_WEAK).length).toBe(2);
  });
});
