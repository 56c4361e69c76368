/**
 * The portable exp/log/log1p/pow (src/core/portableMath): accuracy against Math.* over 10^5+
 * seeded arguments per function, special values (±0, ±1, tiny, huge, ±∞, NaN, subnormals),
 * monotonicity across the algorithms' internal boundaries, exact bit access, and a pinned hash
 * of every result bit (so any change of the functions — or an engine where they came out
 * differently — shows). The same cases run in Chromium in test/e2e/crossEngine.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { fromWords, highWord, lowWord, withHighWord, withLowWord } from '../../src/core/math/float64Words';
import { exp, log, log1p, pow } from '../../src/core/portableMath';
import { bitsHash, evaluateCases, portableMathCases } from './portableMathCases';

const portable = { exp, log, log1p, pow };
const native = { exp: Math.exp, log: Math.log, log1p: Math.log1p, pow: Math.pow };

/** Position of a double on the number line in ulps (−0 and +0 both 0). */
function ordinal(x: number): bigint {
  const bits = new BigInt64Array(new Float64Array([x]).buffer)[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Distance in ulps; 0 when both are NaN, Infinity when only one is, or when zeros/infinities differ in sign. */
function ulps(a: number, b: number): number {
  if (a === b && a !== 0) return 0; // the common case, without BigInt work
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return Object.is(a, b) ? 0 : a === b ? Infinity : Number(ordinal(a) - ordinal(b));
  return Math.abs(Number(ordinal(a) - ordinal(b)));
}

/** The next double above x (x finite). */
function nextUp(x: number): number {
  if (x === 0) return 5e-324;
  const bits = new BigInt64Array(new Float64Array([x]).buffer);
  bits[0] += x > 0 ? 1n : -1n;
  return new Float64Array(bits.buffer)[0];
}

const PER_SET = 100_000;
const cases = portableMathCases(PER_SET);
const mine = evaluateCases(cases, portable);
const theirs = evaluateCases(cases, native);

describe('portable exp, log, log1p, pow', () => {
  it(`stay within 1 ulp of Math.* on ${PER_SET.toLocaleString('en')} seeded arguments per range`, () => {
    const report: string[] = [];
    cases.forEach((set, s) => {
      let worst = 0;
      let differing = 0;
      for (let i = 0; i < set.xs.length; i++) {
        const d = Math.abs(ulps(mine[s][i], theirs[s][i]));
        if (d > 0) differing++;
        if (d > worst) worst = d;
        if (d > 1) expect.fail(`${set.fn}(${set.xs[i]}${set.ys ? `, ${set.ys[i]}` : ''}) = ${mine[s][i]}, Math.${set.fn} gives ${theirs[s][i]} (${set.name})`);
      }
      report.push(`${set.name}: max ${worst} ulp, ${differing} of ${set.xs.length} differ`);
      expect(worst).toBeLessThanOrEqual(1);
    });
    console.info(report.join('\n'));
  });

  it('give the special values of ECMAScript exactly', () => {
    const same = (a: number, b: number) => expect(Object.is(a, b), `${a} vs ${b}`).toBe(true);
    same(exp(0), 1);
    same(exp(-0), 1);
    same(exp(Infinity), Infinity);
    same(exp(-Infinity), 0);
    same(exp(NaN), NaN);
    same(exp(710), Infinity);
    same(exp(-746), 0);
    same(exp(1), Math.E);
    same(exp(5e-324), 1);
    same(exp(-745.1), 5e-324); // the smallest subnormal
    same(log(0), -Infinity);
    same(log(-0), -Infinity);
    same(log(-1e-300), NaN);
    same(log(-Infinity), NaN);
    same(log(1), 0);
    same(log(Infinity), Infinity);
    same(log(NaN), NaN);
    same(log(2), Math.LN2);
    same(log(10), Math.LN10);
    same(log(5e-324), -744.4400719213812);
    same(log(Number.MAX_VALUE), 709.782712893384);
    same(log1p(-1), -Infinity);
    same(log1p(-1.5), NaN);
    same(log1p(0), 0);
    same(log1p(-0), -0);
    same(log1p(5e-324), 5e-324);
    same(log1p(-1e-300), -1e-300);
    same(log1p(Infinity), Infinity);
    same(log1p(NaN), NaN);
    same(log1p(1), Math.LN2);
    // pow: Number::exponentiate's table, and exact integer results.
    same(pow(NaN, 0), 1);
    same(pow(NaN, -0), 1);
    same(pow(1, NaN), NaN);
    same(pow(1, Infinity), NaN);
    same(pow(-1, -Infinity), NaN);
    same(pow(0.5, Infinity), 0);
    same(pow(0.5, -Infinity), Infinity);
    same(pow(2, -Infinity), 0);
    same(pow(-0, 3), -0);
    same(pow(-0, 2), 0);
    same(pow(-0, -3), -Infinity);
    same(pow(-0, -2), Infinity);
    same(pow(0, -0.5), Infinity);
    same(pow(-Infinity, 3), -Infinity);
    same(pow(-Infinity, -3), -0);
    same(pow(-Infinity, 0.5), Infinity);
    same(pow(-8, 1 / 3), NaN);
    same(pow(-2, 3), -8);
    same(pow(-2, -2), 0.25);
    same(pow(3, 20), 3486784401);
    same(pow(10, 15), 1e15);
    same(pow(2, 1023), 8.98846567431158e307);
    same(pow(2, 1024), Infinity);
    same(pow(2, -1074), 5e-324);
    same(pow(2, -1075), 0);
    same(pow(2, 0.5), Math.SQRT2);
    same(pow(0.5, 1), 0.5);
    same(pow(0.5, 2), 0.25);
    same(pow(1e300, 2), Infinity);
    same(pow(-1e300, 3), -Infinity);
    same(pow(-1e-300, 3), -0);
  });

  it('handle subnormal arguments and results to within 1 ulp', () => {
    for (const x of [5e-324, 1e-320, 2.2250738585072e-308, 4.9e-310]) {
      expect(ulps(log(x), Math.log(x))).toBeLessThanOrEqual(1);
      expect(ulps(log1p(x), Math.log1p(x))).toBe(0); // log1p(x) = x below 2^−54
      expect(ulps(pow(x, 0.75), Math.pow(x, 0.75))).toBeLessThanOrEqual(1);
    }
    for (const x of [-708.5, -720, -740, -745]) expect(ulps(exp(x), Math.exp(x))).toBeLessThanOrEqual(1);
    for (const y of [-1030.5, -1060.25, -1074]) expect(ulps(pow(2, y), Math.pow(2, y))).toBeLessThanOrEqual(1);
  });

  it('are monotone across the boundaries of their argument reductions (pow: up to 1-ulp wiggles)', () => {
    // 600 consecutive doubles around each boundary; a wrong branch or constant would jump by far more.
    // pow is within 1 ulp but not correctly rounded, so neighbours may cross by one ulp — e.g.
    // pow(0.5, 0.5) = √0.5 correctly rounded, pow(0.5, 0.5 − ε) one ulp below it (V8's Math.pow too).
    const rising = (f: (x: number) => number, around: number, label: string, slackUlps = 0) => {
      let x = around;
      for (let i = 0; i < 300; i++) x = -nextUp(-x); // step down 300 ulps
      let previous = f(x);
      for (let i = 0; i < 600; i++) {
        x = nextUp(x);
        const v = f(x);
        if (!(v >= previous) && !(ulps(v, previous) <= slackUlps)) expect.fail(`${label} not monotone at ${x}: ${v} < ${previous}`);
        previous = v;
      }
    };
    const LN2 = Math.LN2;
    for (const b of [0.5 * LN2, 1.5 * LN2, -0.5 * LN2, -1.5 * LN2, 3.725290298461914e-9, 1, 709.78, -708.39]) rising(exp, b, `exp near ${b}`);
    for (const b of [1, Math.SQRT2, Math.SQRT1_2, 2, 0.5, 1.38, 1.42, 2.2250738585072014e-308, 1e300]) rising(log, b, `log near ${b}`);
    for (const b of [0, 0.41421356237309503, -0.2928932188134524, 1.862645149230957e-9, 1, 9007199254740992]) rising(log1p, b, `log1p near ${b}`);
    for (const b of [0.5, 1, 1.5, 2, 100]) rising((y) => -pow(0.5, y), b, `pow(0.5, y) near y = ${b}`, 1);
    for (const b of [1, 1.224744871391589, 1.7320508075688772, 2, 1e-5]) rising((x) => pow(x, 2.5), b, `pow(x, 2.5) near x = ${b}`, 1);
    for (const b of [1, 3, 1000]) rising((x) => -pow(x, -2.3), b, `pow(x, −2.3) near x = ${b}`, 1);
  });

  it('read and write the words of a double exactly', () => {
    expect(highWord(1)).toBe(0x3ff00000);
    expect(lowWord(1)).toBe(0);
    expect(highWord(-2)).toBe(0xc0000000 | 0); // signed, like fdlibm's int32_t
    expect(lowWord(5e-324)).toBe(1);
    expect(fromWords(0x400921fb, 0x54442d18)).toBe(Math.PI);
    expect(fromWords(0xbff00000 | 0, 0)).toBe(-1);
    expect(withLowWord(Math.PI, 0)).toBe(fromWords(0x400921fb, 0));
    expect(withHighWord(1, 0x40000000)).toBe(2);
  });

  it('give pinned bits on every case (any change to the functions, or an engine computing them differently, shows here)', () => {
    const hashes = Object.fromEntries(cases.map((set, s) => [set.name, bitsHash(mine[s])]));
    expect(hashes).toEqual(PINNED_HASHES);
  });
});

/** bitsHash of the portable results per case set (PER_SET = 100,000), recorded with Node 20. */
const PINNED_HASHES: Record<string, string> = {
  'exp over its whole finite range [−745, 710]': '27692a66',
  'exp on [−10, 10]: lognormal traits, t-distribution': '791bee4e',
  'exp on [−500, 0]: Poisson limits e^−λ': '9352030d',
  'exp of tiny arguments': '85fb2d6d',
  'log on (0, 1): geometric skips, normal quantile tails': '31afa62e',
  'log over all magnitudes, subnormals included': '583430c2',
  'log near 1': '732ced30',
  'log1p on (−1, 1): log(1 − p), log(1 + degree)': 'd2b60db0',
  'log1p over positive magnitudes': '1a025b10',
  'log1p of tiny arguments': 'e5f8116c',
  'pow(0.5, age/halfLife): novelty decay': '8b0ae659',
  'pow(k, −γ): power-law tables and checks': 'cd7a0f48',
  'pow(x, 1/(1−α)): inverse-CDF power-law sampling': '4447ea0a',
  'pow over wide bases and exponents, special pairs': 'ad5bc75a',
  'pow with large exponents near 1 and negative bases with integer exponents': 'c1c296b9',
};
