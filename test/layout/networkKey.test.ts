import { describe, expect, it } from 'vitest';
import type { NetworkSpec } from '../../src/core/networks/networkSpec';
import { LayoutCache } from '../../src/layout/layoutCache';
import { networkKey, stableJson } from '../../src/layout/networkKey';

const er: NetworkSpec = { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, resample: false, kols: null };

describe('networkKey', () => {
  it('ignores key order and the run index unless the network resamples', () => {
    const reordered = { meanDegree: 4, kols: null, resample: false, nodes: 100, kind: 'erdos-renyi' } as NetworkSpec;
    expect(networkKey(er, 's', 0)).toBe(networkKey(reordered, 's', 7));
    expect(networkKey({ ...er, resample: true }, 's', 1)).not.toBe(networkKey({ ...er, resample: true }, 's', 2));
    expect(networkKey(er, 's', 0)).not.toBe(networkKey(er, 't', 0));
    expect(networkKey(er, 's', 0)).not.toBe(networkKey({ ...er, nodes: 101 }, 's', 0));
  });

  it('keys an edge list by length and hash, not its text', () => {
    const edges = '0,1\n1,2\n'.repeat(1000);
    const spec: NetworkSpec = { kind: 'edge-list', edges, directed: false, nodes: 3, resample: false, kols: null };
    const key = networkKey(spec, 's', 0);
    expect(key.length).toBeLessThan(300);
    expect(key).not.toBe(networkKey({ ...spec, edges: edges + '2,0\n' }, 's', 0));
  });

  it('stableJson sorts keys and drops undefined', () => {
    expect(stableJson({ b: 1, a: [2, { d: undefined, c: 3 }] })).toBe('{"a":[2,{"c":3}],"b":1}');
  });
});

describe('LayoutCache', () => {
  it('shares one computation per key and evicts the least recently used', async () => {
    const cache = new LayoutCache<string>(2);
    let calls = 0;
    const make = (v: string) => () => (calls++, Promise.resolve(v));
    const a1 = cache.get('a', make('A'));
    const a2 = cache.get('a', make('other'));
    expect(a1).toBe(a2);
    await cache.get('b', make('B'));
    cache.get('a', make('x')); // touch a: b is now the oldest
    await cache.get('c', make('C'));
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.size).toBe(2);
    expect(calls).toBe(3);
  });

  it('forgets a failed computation so the next request retries', async () => {
    const cache = new LayoutCache<string>();
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(cache.has('k')).toBe(false);
    await expect(cache.get('k', () => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
