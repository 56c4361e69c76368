/**
 * Stream's derived samplers after the move to portable math: Marsaglia's polar normal and the
 * geometric skip with its memoised log(1 − p). Seeded; tolerances are ~5 standard errors.
 */
import { describe, expect, it } from 'vitest';
import { log, log1p } from '../../src/core/portableMath';
import { rootKey, Stream } from '../../src/core/random';

describe('Stream.normal (Marsaglia polar)', () => {
  const N = 200_000;
  const rng = new Stream(rootKey('normal-test'));
  const z = Float64Array.from({ length: N }, () => rng.normal());

  it(`has mean 0, variance 1 and normal tails over ${N.toLocaleString('en')} draws`, () => {
    let sum = 0;
    let squares = 0;
    let beyond196 = 0;
    let beyond3 = 0;
    for (const v of z) {
      sum += v;
      squares += v * v;
      if (Math.abs(v) > 1.959963984540054) beyond196++;
      if (Math.abs(v) > 3) beyond3++;
    }
    const mean = sum / N;
    expect(Math.abs(mean)).toBeLessThan(0.011); // SE 0.0022
    expect(Math.abs(squares / N - mean * mean - 1)).toBeLessThan(0.016); // SE √(2/N) = 0.0032
    expect(Math.abs(beyond196 / N - 0.05)).toBeLessThan(0.0025); // SE 0.00049
    expect(Math.abs(beyond3 / N - 0.0026998)).toBeLessThan(0.0006); // SE 0.00012
  });

  it('is symmetric: as many draws below −1 as above 1', () => {
    let below = 0;
    let above = 0;
    for (const v of z) {
      if (v < -1) below++;
      else if (v > 1) above++;
    }
    // Each ~ N·0.1587 = 31,731; SD of the difference ≈ √(2·31,731) ≈ 252.
    expect(Math.abs(below - above)).toBeLessThan(1300);
  });
});

describe('Stream.geometric', () => {
  it('equals floor(log u / log(1 − p)) whatever the order of p values (the memo never leaks)', () => {
    const a = new Stream(rootKey('geometric-test'));
    const b = new Stream(rootKey('geometric-test'));
    const ps = [0.3, 0.3, 0.01, 0.3, 0.999, 0.5, 0.5, 1e-6, 0.3];
    for (let i = 0; i < 2000; i++) {
      const p = ps[i % ps.length];
      let u = b.next();
      while (u === 0) u = b.next();
      expect(a.geometric(p)).toBe(Math.floor(log(u) / log1p(-p)));
    }
    expect(a.geometric(1)).toBe(0);
  });

  it('has mean (1 − p)/p', () => {
    const rng = new Stream(rootKey('geometric-mean'));
    for (const p of [0.5, 0.1, 0.01]) {
      const n = 50_000;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += rng.geometric(p);
      const mean = (1 - p) / p;
      const se = Math.sqrt((1 - p) / (p * p) / n);
      expect(Math.abs(sum / n - mean)).toBeLessThan(5 * se);
    }
  });
});
