/**
 * exp(x) in plain JavaScript arithmetic: fdlibm's e_exp.c algorithm (Sun Microsystems, 1993,
 * freely redistributable), re-expressed here. Error < 1 ulp; the result is bit-identical in
 * every engine because it uses only correctly rounded + − × ÷ and exact bit access.
 *
 * Method:
 * 1. Reduce: x = k·ln2 + r with |r| ≤ ln2/2. ln2 is split into a high part with trailing zero
 *    bits (so k·LN2_HI is exact for |k| < 2^11) and a low part; r is carried as hi − lo.
 * 2. Approximate: with R(r²) = r·(e^r + 1)/(e^r − 1) ≈ 2 + P1·r² + … + P5·r¹⁰ (a Remez fit,
 *    error < 2^−59), e^r = 1 + r + r·c/(2 − c), c = r − (P1·r² + … + P5·r¹⁰). Writing it this
 *    way keeps the large terms exact and confines rounding to the small correction.
 * 3. Scale: e^x = 2^k · e^r, by building 2^k from its exponent bits.
 */
import { highWord, lowWord, twoTo } from './float64Words';

// Constants are written with ≤ 17 significant digits so every engine parses them to the same
// double (ECMAScript only requires exact rounding up to 20 digits); fdlibm's hex words in comments.
const O_THRESHOLD = 709.782712893384; // 0x40862E42 FEFA39EF: above, e^x overflows
const U_THRESHOLD = -745.1332191019411; // 0xC0874910 D52D3051: below, e^x underflows to 0
const LN2_HI = 0.6931471803691238; // 0x3FE62E42 FEE00000
const LN2_LO = 1.9082149292705877e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = 1.4426950408889634; // 0x3FF71547 652B82FE
const P1 = 0.16666666666666602; // 0x3FC55555 5555553E
const P2 = -0.0027777777777015593; // 0xBF66C16C 16BEBD93
const P3 = 0.00006613756321437934; // 0x3F11566A AF25DE2C
const P4 = -0.0000016533902205465252; // 0xBEBBBD41 C5D26BF1
const P5 = 4.1381367970572385e-8; // 0x3E663769 72BEA4D0
const E = 2.718281828459045; // 0x4005BF0A 8B145769, e correctly rounded
const TWO_M1000 = 9.332636185032189e-302; // 2^−1000
const TWO_1023 = 8.98846567431158e307; // 2^1023

/** e^x, within 1 ulp; exp(±0) = 1, exp(+∞) = +∞, exp(−∞) = +0, exp(NaN) = NaN. */
export function exp(x: number): number {
  const signedHigh = highWord(x);
  const negative = signedHigh < 0 ? 1 : 0;
  const hx = signedHigh & 0x7fffffff; // high word of |x|

  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…: infinities, NaN, overflow and underflow
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return negative ? 0 : x; // e^+∞ = +∞, e^−∞ = 0
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }

  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2: reduce
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5·ln2: k = ±1 without a multiplication. The generic path gets e^1 wrong in the
      // last bit, so exp(1) returns e correctly rounded (as V8's port of this algorithm does).
      if (x === 1) return E;
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      // k = round(x / ln2); `| 0` truncates toward zero like C's int cast (|x| < 746 fits).
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact: k·LN2_HI has trailing zero bits to spare
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^−28: e^x = 1 + x to within half an ulp
    return 1 + x;
  }

  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - ((lo - (x * c) / (2 - c)) - hi);
  if (k >= -1021) {
    if (k === 1024) return y * 2 * TWO_1023; // 2^1024 is not representable: scale in two steps
    return y * twoTo(k);
  }
  // Subnormal result: scale to 2^(k+1000) first, then by 2^−1000 (one rounding, at the end).
  return y * twoTo(k + 1000) * TWO_M1000;
}
