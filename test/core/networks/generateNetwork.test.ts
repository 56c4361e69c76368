import { describe, expect, it } from 'vitest';
import { TIE_FOLLOW, type Graph } from '../../../src/core/graph';
import { generateNetwork } from '../../../src/core/networks/generateNetwork';
import type { NetworkSpec } from '../../../src/core/networks/networkSpec';
import { rootKey } from '../../../src/core/random';

const base = { nodes: 2000, resample: false, kols: null };
const specs: NetworkSpec[] = [
  { ...base, kind: 'erdos-renyi', meanDegree: 6 },
  { ...base, kind: 'barabasi-albert', edgesPerNode: 3 },
  { ...base, kind: 'watts-strogatz', meanDegree: 6, rewire: 0.1 },
  { ...base, kind: 'communities', communities: 10, meanDegree: 6, mixing: 0.2, sizeExponent: 2, degreeExponent: null },
  { ...base, kind: 'configuration', degreeExponent: 2.5, minDegree: 2, maxDegree: 100 },
];

const same = (a: Graph, b: Graph) =>
  a.nodeCount === b.nodeCount &&
  a.targets.length === b.targets.length &&
  a.offsets.every((x, i) => x === b.offsets[i]) &&
  a.targets.every((x, i) => x === b.targets[i]) &&
  a.tieKinds.every((x, i) => x === b.tieKinds[i]);

describe('generateNetwork', () => {
  it.each(specs.map((s) => [s.kind, s] as const))('%s: same seed → identical graph, other seed → different', (_, spec) => {
    const a = generateNetwork(spec, rootKey('world'), 0);
    expect(same(a, generateNetwork(spec, rootKey('world'), 0))).toBe(true);
    expect(same(a, generateNetwork(spec, rootKey('other world'), 0))).toBe(false);
  });

  it('shares one world across runs unless resample is set', () => {
    const spec = specs[0];
    const root = rootKey('runs');
    expect(same(generateNetwork(spec, root, 0), generateNetwork(spec, root, 5))).toBe(true);
    const resampled = { ...spec, resample: true };
    expect(same(generateNetwork(resampled, root, 0), generateNetwork(resampled, root, 5))).toBe(false);
    expect(same(generateNetwork(resampled, root, 5), generateNetwork(resampled, root, 5))).toBe(true);
  });

  it('adds KOLs on top without changing the ordinary network, extending communities', () => {
    const spec = specs[3] as Extract<NetworkSpec, { kind: 'communities' }>;
    const root = rootKey('kols');
    const plain = generateNetwork(spec, root, 0);
    const g = generateNetwork({ ...spec, kols: { count: 3, reach: 0.2, homeBias: 0.5 } }, root, 0);
    expect(g.nodeCount).toBe(2003);
    expect(Array.from(g.kolNodes)).toEqual([2000, 2001, 2002]);
    expect(g.community!.length).toBe(2003);
    expect(g.community!.subarray(0, 2000)).toEqual(plain.community);
    for (const k of g.kolNodes) expect(g.community![k]).toBeGreaterThanOrEqual(0);
    expect(Array.from(g.kolNodes, (k) => g.offsets[k + 1] - g.offsets[k])).toEqual([400, 200, 133]);
    // Ordinary nodes' rows are the same as without KOLs (KOL arcs only leave KOL nodes).
    for (let u = 0; u < 2000; u++) {
      expect(g.offsets[u + 1] - g.offsets[u]).toBe(plain.offsets[u + 1] - plain.offsets[u]);
    }
    expect(g.tieKinds.subarray(g.offsets[2000]).every((k) => k === TIE_FOLLOW)).toBe(true);
  });

  it('leaves community null with KOLs on a network without communities', () => {
    const g = generateNetwork({ ...specs[0], kols: { count: 2, reach: 0.1, homeBias: 0.5 } }, rootKey('x'), 0);
    expect(g.community).toBeNull();
    expect(g.kolNodes.length).toBe(2);
  });

  it('returns the analytic fully mixed population and refuses KOLs on it', () => {
    const g = generateNetwork({ ...base, kind: 'fully-mixed' }, rootKey('x'), 0);
    expect(g.fullyMixed).toBe(true);
    expect(g.nodeCount).toBe(2000);
    expect(() =>
      generateNetwork({ ...base, kind: 'fully-mixed', kols: { count: 1, reach: 0.1, homeBias: 0 } }, rootKey('x'), 0),
    ).toThrow('fully-mixed cannot have KOLs');
  });

  it('imports an edge list, weights included; its node count comes from the list', () => {
    const g = generateNetwork({ ...base, kind: 'edge-list', edges: 'a,b,0.5\nb,c\n', directed: false }, rootKey('x'), 0);
    expect(g.nodeCount).toBe(3);
    expect(Array.from(g.weights!)).toEqual([0.5, 0.5, 1, 1]);
    expect(() => generateNetwork({ ...base, kind: 'edge-list', edges: '', directed: false }, rootKey('x'), 0)).toThrow('no edges');
  });
});
