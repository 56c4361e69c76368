/**
 * x^y in plain JavaScript arithmetic, after fdlibm's e_pow.c (Sun Microsystems, 1993, freely
 * redistributable; the algorithm V8 itself used for Math.pow for years), re-expressed here.
 * Nearly correctly rounded (error < 1 ulp; pow(integer, integer) is exact when representable);
 * bit-identical in every engine (only + − × ÷, Math.sqrt/abs and exact bit access).
 *
 * Why not exp(y·log x)? The rounding error of log x is multiplied by y: for y·log x near 700
 * the result would be off by hundreds of ulps. Instead:
 * 1. log2|x| is computed in two pieces t1 + t2 carrying ~70 bits, with t1's low 32 bits
 *    zero; x = 2^n·(1 + f), reduced further around 1 or 1.5 (log2 1.5 is a tabulated constant
 *    split as DP_H + DP_L), with s = (x − b)/(x + b) and a Remez polynomial in s².
 * 2. y·log2|x| = n' + y' is formed exactly-enough with y split as y1 + y2 (y1's low word zero,
 *    so y1·t1 is exact), giving an integer n' and |y'| ≤ 1/2.
 * 3. 2^y' = e^(y'·ln2) with the same rational approximation as exp(), then scaled by 2^n'.
 *
 * All of JavaScript's Math.pow special cases are kept (1^±∞ = NaN, (−x)^odd integer < 0,
 * (−x)^non-integer = NaN, ±0, ±∞), so this can stand in for Math.pow everywhere.
 */
import { fromHighWord, highWord, lowWord, twoTo, withLowWordZero } from './float64Words';

// ≤ 17 significant digits: every engine parses these to the same doubles (fdlibm's hex words in comments).
const DP_H1 = 0.5849624872207642; // 0x3FE2B803 40000000, log2(1.5) high part
const DP_L1 = 1.350039202129749e-8; // 0x3E4CFDEB 43CFD006, log2(1.5) low part
const TWO_53 = 9007199254740992;
const TWO_M54 = 5.551115123125783e-17; // 2^−54
// Remez coefficients of (3/2)·(log(x) − 2s − (2/3)s³)/s⁴ in s²
const L1 = 0.5999999999999946; // 0x3FE33333 33333303
const L2 = 0.4285714285785502; // 0x3FDB6DB6 DB6FABFF
const L3 = 0.33333332981837743; // 0x3FD55555 518F264D
const L4 = 0.272728123808534; // 0x3FD17460 A91D4101
const L5 = 0.23066074577556175; // 0x3FCD864A 93C9DB65
const L6 = 0.20697501780033842; // 0x3FCA7E28 4A454EEF
// exp()'s polynomial (see portableExp.ts)
const P1 = 0.16666666666666602;
const P2 = -0.0027777777777015593;
const P3 = 0.00006613756321437934;
const P4 = -0.0000016533902205465252;
const P5 = 4.1381367970572385e-8;
const LG2 = 0.6931471805599453; // 0x3FE62E42 FEFA39EF, ln 2
const LG2_H = 0.6931471824645996; // 0x3FE62E43 00000000, ln 2 rounded to 21 bits
const LG2_L = -1.904654299957768e-9; // 0xBE205C61 0CA86C39, ln 2 − LG2_H
const OVT = 8.008566259537294e-17; // −(1024 − log2(largest double + ½ ulp)): the overflow margin
const CP = 0.9617966939259756; // 0x3FEEC709 DC3A03FD, 2/(3·ln 2)
const CP_H = 0.9617967009544373; // 0x3FEEC709 E0000000, CP rounded to 21 bits
const CP_L = -7.028461650952758e-9; // 0xBE3E2FE0 145B01F5, CP − CP_H
const IVLN2 = 1.4426950408889634; // 0x3FF71547 652B82FE, 1/ln 2
const IVLN2_H = 1.4426950216293335; // 0x3FF71547 60000000, 1/ln 2 to 24 bits
const IVLN2_L = 1.9259629911266175e-8; // 0x3E54AE0B F85DDF44, 1/ln 2 − IVLN2_H
const ONE_THIRD = 0.3333333333333333;

/** x^y with Math.pow's special cases; within 1 ulp. */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x^±0 = 1, even for NaN
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) {
    return x + y; // NaN
  }

  // For x < 0: is y an odd integer (1), an even integer (2) or not an integer (0)? Read off
  // the bits below the binary point.
  let yIsInt = 0;
  if (hx < 0) {
    if (iy >= 0x43400000) yIsInt = 2; // |y| ≥ 2^53: even
    else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff;
      if (e > 20) {
        const j = ly >>> (52 - e);
        if ((j << (52 - e)) >>> 0 === ly) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return NaN; // (±1)^±∞ is NaN in JavaScript
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // |x| > 1
      return hy < 0 ? -y : 0; // |x| < 1
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 1/2, x ≥ +0
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞, ±1
    let z = hy < 0 ? 1 / ax : ax;
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0) z = NaN; // (−1)^non-integer
      else if (yIsInt === 1) z = -z; // (−x)^odd = −(x^odd)
    }
    return z;
  }

  let n = (hx >> 31) + 1; // 0 for negative x
  if ((n | yIsInt) === 0) return NaN; // (−x)^non-integer
  const sign = (n | (yIsInt - 1)) === 0 ? -1 : 1; // (−x)^odd integer is negative

  // t1 + t2 = log2|x| to extra precision, t1 with a zero low word.
  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31: unless x is within 2^−20 of 1, the result over- or underflows.
    if (iy > 0x43f00000) {
      // |y| > 2^64
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? sign * Infinity : sign * 0;
    if (ix > 0x3ff00000) return hy > 0 ? sign * Infinity : sign * 0;
    // |1 − x| ≤ 2^−20: log(x) by x − x²/2 + x³/3 − x⁴/4 suffices (t has 20 trailing zeros).
    const t = ax - 1;
    const w = t * t * (0.5 - t * (ONE_THIRD - t * 0.25));
    const u = IVLN2_H * t; // IVLN2_H has 24 significant bits: exact
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withLowWordZero(u + v);
    t2 = v - (t1 - u);
  } else {
    n = 0;
    if (ix < 0x00100000) {
      // subnormal x: scale into the normal range
      ax *= TWO_53;
      n -= 53;
      ix = highWord(ax);
    }
    const biased = ix >> 20;
    n += biased - 0x3ff;
    const j = ix & 0x000fffff;
    // Reduce the mantissa m to [1, √(3/2)) around b = 1, or [√(3/2), √3) around b = 1.5;
    // above √3, halve it (n + 1) and use b = 1.
    ix = j | 0x3ff00000;
    let k: number;
    if (j <= 0x3988e) k = 0;
    else if (j < 0xbb67a) k = 1;
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax *= twoTo((ix >> 20) - biased); // exact: sets the exponent field to ix's
    const b = k === 0 ? 1 : 1.5;
    const dpH = k === 0 ? 0 : DP_H1;
    const dpL = k === 0 ? 0 : DP_L1;

    // ss = sH + sL = (m − b)/(m + b), sH with a zero low word so sH·tH is exact.
    let u = ax - b;
    let v = 1 / (ax + b);
    const ss = u * v;
    const sH = withLowWordZero(ss);
    let tH = fromHighWord(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)); // ≈ m + b, 21 bits
    const tL = ax - (tH - b);
    const sL = v * (u - sH * tH - sH * tL);
    // log(m/b) = 2·ss + (2/3)·ss³ + ss⁵·R(ss²), in pieces
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    tH = withLowWordZero(3 + s2 + r);
    const tL2 = r - (tH - 3 - s2);
    // u + v = ss·(3 + ss² + r) = (3/2)·log(m/b)
    u = sH * tH;
    v = sL * tH + tL2 * ss;
    // times 2/(3·ln 2) gives log2(m/b)
    const pH = withLowWordZero(u + v);
    const pL = v - (pH - u);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + dpL;
    // log2|x| = n + log2(b) + log2(m/b)
    const tn = n;
    t1 = withLowWordZero(zH + zL + dpH + tn);
    t2 = zL - (t1 - tn - dpH - zH);
  }

  // y·log2|x| = pH + pL, with y = y1 + (y − y1) and y1·t1 exact.
  const y1 = withLowWordZero(y);
  let pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z);
  if (j >= 0x40900000) {
    // z ≥ 1024: overflow, unless exactly 1024 and the rounding of z went up past the true sum
    if (((j - 0x40900000) | i) !== 0) return sign * Infinity;
    if (pL + OVT > z - pH) return sign * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075: underflow, likewise at the boundary
    if (((j >>> 0) - 0xc090cc00 | i) !== 0) return sign * 0;
    if (pL <= z - pH) return sign * 0;
  }

  // 2^(pH + pL): split off the nearest integer n (only when |z| > 1/2).
  const iz = j & 0x7fffffff;
  let e = (iz >> 20) - 0x3ff;
  n = 0;
  if (iz > 0x3fe00000) {
    n = j + (0x00100000 >> (e + 1)); // add 1/2 in z's last integer place
    e = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromHighWord(n & ~(0x000fffff >> e)); // the integer part, by truncating the bits
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - e);
    if (j < 0) n = -n;
    pH -= t;
  }
  let t = withLowWordZero(pL + pH);
  const u = t * LG2_H; // exact
  const v = (pL - (t - pH)) * LG2 + t * LG2_L;
  z = u + v; // the fraction times ln 2, |z| ≤ ln2/2, with w its rounding error
  const w = v - (z - u);
  t = z * z;
  const c = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const r = (z * c) / (c - 2 - (w + z * w));
  z = 1 - (r - z);
  // Scale by 2^n: add n to the exponent field unless the result is subnormal.
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0) z = scaleToSubnormal(z, n);
  else z = n > 1023 ? z * 2 * twoTo(n - 1) : z * twoTo(n); // exact: only the exponent changes
  return sign * z;
}

/**
 * z·2^n for a z near 1 and an n that makes the result subnormal (or zero): scale by 2^(n+54),
 * which is exact, then by 2^−54, the single rounding — what fdlibm's scalbn does in this case.
 */
function scaleToSubnormal(z: number, n: number): number {
  return z * twoTo(n + 54) * TWO_M54;
}
