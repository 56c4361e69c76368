/**
 * The one hash module (src/core/hash.ts) on exact vectors. Every number of the engine passes
 * through these functions, so any change here must fail a test:
 * - FNV-1a 32: the published test vectors ("" → offset basis, "a", "foobar").
 * - lowbias32: values from an independent big-integer evaluation of Wellons' published
 *   definition (Python, shown in the comments), and inversion by his published inverse
 *   (lowbias32_r): the mixer is a bijection.
 * - coinBits: the same independent evaluation of mix32(((mix32(e ^ ka) + s·0x9e3779b1) ^ kb)).
 * - cyrb53: the test vectors bryc publishes with the function ("a", "b", "revenge", "revenue",
 *   seed 1), and the empty text from the same independent big-integer evaluation.
 */
import { describe, expect, it } from 'vitest';
import { arcCoinBits, coinBits, cyrb53, entityBits, finishCoin, hashLabel, mix32, subMix } from '../../src/core/hash';

/** Wellons' published inverse of lowbias32 (hash-prospector, "lowbias32_r"). */
function lowbias32Inverse(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x43021123);
  x ^= (x >>> 15) ^ (x >>> 30);
  x = Math.imul(x, 0x1d69e2a5);
  x ^= x >>> 16;
  return x >>> 0;
}

describe('hashLabel (FNV-1a, 32 bits)', () => {
  it('gives the published FNV-1a test vectors', () => {
    expect(hashLabel('')).toBe(0x811c9dc5);
    expect(hashLabel('a')).toBe(0xe40c292c);
    expect(hashLabel('foobar')).toBe(0xbf9cf968);
  });
  it('hashes a purpose name as its code units (reference: Python loop over ord(c))', () => {
    expect(hashLabel('div:share')).toBe(0x67e530dd);
  });
});

describe('mix32 (lowbias32)', () => {
  it('fixes 0 and maps known inputs to the reference values', () => {
    expect(mix32(0)).toBe(0);
    // def mix(x): x^=x>>16; x=x*0x7feb352d&M; x^=x>>15; x=x*0x846ca68b&M; x^=x>>16
    expect(mix32(1)).toBe(0x688990c0);
    expect(mix32(2)).toBe(0xd1132181);
    expect(mix32(0x12345678)).toBe(0xf5e71c96);
    expect(mix32(0xffffffff)).toBe(0x6768824a);
  });
  it('reads its input as uint32: -1 is 0xffffffff', () => {
    expect(mix32(-1)).toBe(0x6768824a);
  });
  it('is undone by the published inverse, so it is a bijection', () => {
    for (const x of [0, 1, 2, 3, 255, 65_536, 0x7fffffff, 0x80000000, 0xdeadbeef, 0xffffffff]) expect(lowbias32Inverse(mix32(x))).toBe(x);
  });
});

describe('coinBits (the per-entity coin)', () => {
  it('subMix is sub × 0x9e3779b1 modulo 2^32 (as int32)', () => {
    expect(subMix(0)).toBe(0);
    expect(subMix(1) >>> 0).toBe(0x9e3779b1);
    expect(subMix(3) >>> 0).toBe(0xdaa66d13);
    expect(subMix(31) >>> 0).toBe(0x28b7bc6f);
  });
  it('matches the reference evaluation', () => {
    expect(coinBits(0xdeadbeef, 0x01234567, subMix(0), 42)).toBe(0x346842f3);
    expect(coinBits(0xdeadbeef, 0x01234567, subMix(3), 42)).toBe(0xa0c6cce4);
    expect(coinBits(0, 0, subMix(0), 0)).toBe(0);
    expect(coinBits(0xffffffff, 0xffffffff, subMix(31), 2_147_483_647)).toBe(0x3a7247dc);
  });
  it('the two-stage form and the sub-0 form give the same coin', () => {
    for (const [ka, kb, e] of [
      [0xdeadbeef, 0x01234567, 42],
      [1, 2, 0],
      [0xffffffff, 0, 2_147_483_647],
    ]) {
      for (const sub of [0, 1, 5, 31]) expect(finishCoin(entityBits(ka, e), subMix(sub), kb)).toBe(coinBits(ka, kb, subMix(sub), e));
      expect(arcCoinBits(ka, kb, e)).toBe(coinBits(ka, kb, subMix(0), e));
    }
    expect(arcCoinBits(0xdeadbeef, 0x01234567, 42)).toBe(0x346842f3);
  });
});

describe('cyrb53 (53-bit text fingerprint)', () => {
  it('gives the published test vectors', () => {
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
    expect(cyrb53('revenue', 1)).toBe(8697026808958300);
  });
  it('hashes the empty text to the reference values (Python big-integer evaluation)', () => {
    expect(cyrb53('')).toBe(3338908027751811);
    expect(cyrb53('', 1)).toBe(7956228673112545);
  });
  it('stays below 2^53 (an exact integer in a double)', () => {
    for (const text of ['', 'x', 'dividend-lab', '中文'.repeat(50)]) expect(Number.isSafeInteger(cyrb53(text, 7))).toBe(true);
  });
});
