/**
 * Natural logarithms in plain JavaScript arithmetic: log(x) and log1p(x) = log(1 + x), after
 * fdlibm's e_log.c and s_log1p.c (Sun Microsystems, 1993, freely redistributable), re-expressed
 * here. Error < 1 ulp; bit-identical in every engine (only + − × ÷ and exact bit access).
 *
 * Method (both):
 * 1. Reduce: x = 2^k·(1 + f) with √2/2 < 1 + f < √2, read off the exponent bits.
 * 2. Approximate: with s = f/(2 + f), log(1 + f) = log(1 + s) − log(1 − s) = 2s + s·R(s²),
 *    R a degree-7 polynomial in s² (Remez fit, error < 2^−58.45). Evaluated as
 *    f − (f²/2 − s·(f²/2 + R)) so the big terms are exact and rounding stays in the small ones.
 * 3. Reconstruct: k·ln2 + log(1 + f), ln2 split in a high part (k·LN2_HI exact for |k| < 2000)
 *    and a low part added last.
 * log1p differs only in step 1: 1 + x is not exact, so the rounding error c = (1 + x) − u of
 * u = fl(1 + x) is carried along as c/u (log(u + c) ≈ log(u) + c/u), and small |x| skips the
 * reduction altogether (f = x exactly), which is the point of log1p.
 */
import { highWord, lowWord, twoTo } from './float64Words';

// ≤ 17 significant digits: every engine parses these to the same doubles (fdlibm's hex words in comments).
const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const TWO_54 = 18014398509481984; // 2^54, to lift subnormals into the normal range
const LG1 = 0.6666666666666735; // 0x3FE55555 55555593
const LG2 = 0.3999999999940942; // 0x3FD99999 9997FA04
const LG3 = 0.2857142874366239; // 0x3FD24924 94229359
const LG4 = 0.22222198432149784; // 0x3FCC71C5 1D8E78AF
const LG5 = 0.1818357216161805; // 0x3FC74664 96CB03DE
const LG6 = 0.15313837699209373; // 0x3FC39A09 D078C69F
const LG7 = 0.14798198605116586; // 0x3FC2F112 DF3E5244
const ONE_THIRD = 0.3333333333333333; // the double nearest 1/3
const TWO_THIRDS = 0.6666666666666666; // the double nearest 2/3

/** ln x, within 1 ulp; log(±0) = −∞, log(x < 0) = NaN, log(1) = +0, log(+∞) = +∞, log(NaN) = NaN. */
export function log(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // x < 2^−1022: zero, negative, NaN with the sign bit, or subnormal
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO_54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN
  const biased = hx >> 20;
  hx &= 0x000fffff;
  // Pick the power of two that puts 1 + f in [√2/2, √2): `up` is 1 when the fraction bits
  // exceed √2's (then x is normalised to [√2/2, 1) and k is one more).
  const up = ((hx + 0x95f64) & 0x100000) >> 20;
  const shift = biased - 1023 + up;
  k += shift;
  x *= twoTo(-shift); // exact: only the exponent changes (fdlibm writes the exponent bits instead)
  const f = x - 1;

  if ((0x000fffff & (2 + hx)) < 3) {
    // −2^−20 ≤ f < 2^−20: a short Taylor series is enough
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const r = f * f * (0.5 - ONE_THIRD * f);
    return k === 0 ? f - r : k * LN2_HI - ((r - k * LN2_LO) - f);
  }

  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  // Even and odd powers in two chains, then summed: shorter dependency chains, same as fdlibm.
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  // When x's fraction bits lie in (0x6147a, 0x6b851), 1 + f is near √2 or √2/2 and |f| is at its
  // largest: the f²/2 form keeps the error below 1 ulp there; elsewhere f − s·(f − R) suffices.
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    if (k === 0) return f - (hfsq - s * (hfsq + r));
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
  }
  if (k === 0) return f - s * (f - r);
  return k * LN2_HI - ((s * (f - r) - k * LN2_LO) - f);
}

/** ln(1 + x), within 1 ulp and accurate for tiny x; log1p(−1) = −∞, log1p(x < −1) = NaN, log1p(±0) = ±0. */
export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;

  if (hx < 0x3fda827a) {
    // 1 + x < √2 (all negative x land here too, the high word being signed)
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x ≤ −1, or NaN with the sign bit
    if (ax < 0x3e200000) {
      // |x| < 2^−29: x − x²/2 is exact to the last bit (and x itself below 2^−54, keeping −0)
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) {
      // √2/2 ≤ 1 + x < √2: no reduction, f = x exactly
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7ff00000) return x + x; // +∞ or NaN

  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      // x < 2^53: u = fl(1 + x) and the correction c/u for the rounding of the addition
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else {
      // 1 + x = x to the last bit
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu >= 0x6a09e) {
      k += 1; // u/2^k in [√2/2, 1)
      hu = (0x00100000 - hu) >> 2;
    } // else u/2^k in [1, √2)
    f = u * twoTo(-k) - 1; // exact scaling: only the exponent changes
  }

  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^−20
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const r = hfsq * (1 - TWO_THIRDS * f);
    if (k === 0) return f - r;
    return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + r));
  return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
}
