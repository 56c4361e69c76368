import { describe, expect, it } from 'vitest';
import { decodeFloat64, encodeNumbers } from '../../src/shard/numberCodec';
import { parseShard, shardRange } from '../../src/shard/shardSpec';

describe('shardRange', () => {
  it('cuts 0 … total−1 into contiguous blocks, each unit exactly once, sizes differing by at most one', () => {
    for (const total of [1, 2, 7, 10, 64, 1001]) {
      for (let count = 1; count <= Math.min(total, 12); count++) {
        let next = 0;
        const sizes: number[] = [];
        for (let index = 0; index < count; index++) {
          const { first, end } = shardRange(total, { index, count });
          expect(first).toBe(next);
          sizes.push(end - first);
          next = end;
        }
        expect(next).toBe(total);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.min(...sizes)).toBeGreaterThan(0);
      }
    }
    expect(shardRange(7, { index: 0, count: 3 })).toEqual({ first: 0, end: 3 });
    expect(shardRange(7, { index: 2, count: 3 })).toEqual({ first: 5, end: 7 });
  });

  it('parses I/N from 0 and refuses the rest', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 0 / 1 ')).toEqual({ index: 0, count: 1 });
    for (const bad of ['3/3', '1/0', '-1/3', '1', 'a/b', '1/2/3', '1.5/3']) expect(typeof parseShard(bad)).toBe('string');
  });
});

describe('numberCodec', () => {
  it('round-trips every double exactly through JSON, NaN, ±Infinity and −0 included', () => {
    const values = new Float64Array([0, -0, 1.1, -2.5e-300, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity, 1 / 3]);
    const back = decodeFloat64(JSON.parse(JSON.stringify(encodeNumbers(values))));
    expect(back).not.toBeNull();
    values.forEach((v, i) => expect(Object.is(back![i], v)).toBe(true));
    expect(decodeFloat64(['x'])).toBeNull();
  });
});
