/**
 * Exact access to the two 32-bit halves of an IEEE-754 double, the way fdlibm's
 * GET_HIGH_WORD / SET_LOW_WORD macros do it in C.
 *
 * One shared 8-byte buffer seen as a Float64Array and as a Uint32Array: writing a double and
 * reading the words (or the reverse) is a bit-exact reinterpretation in every engine. The
 * word order follows the platform's byte order, detected once at load (all current engines
 * run little-endian, but the detection costs nothing and makes the code honest).
 *
 * Speed: reading a word of a double just written is cheap, but reading a double right after
 * writing its words stalls the CPU (a store-to-load forwarding failure, ~9 ns a call measured),
 * so the hot paths build doubles arithmetically instead: `twoTo` (an exact table of powers of
 * two), `withLowWordZero` and `fromHighWord`, which give the very same bits as the word writes.
 *
 * Not re-entrant across await points — none of the callers is asynchronous.
 */

const doubleView = new Float64Array(1);
const wordView = new Uint32Array(doubleView.buffer);
doubleView[0] = 1; // 1.0 = 0x3FF00000_00000000: the index holding 0x3FF00000 is the high word
const HIGH = wordView[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** The high 32 bits of x (sign, exponent, top 20 bits of the fraction) as a signed int32, like fdlibm's int32_t. */
export function highWord(x: number): number {
  doubleView[0] = x;
  return wordView[HIGH] | 0;
}

/** The low 32 bits of x's fraction as an unsigned integer. */
export function lowWord(x: number): number {
  doubleView[0] = x;
  return wordView[LOW];
}

/** The double whose bit pattern is (high, low); either word may be given signed or unsigned. */
export function fromWords(high: number, low: number): number {
  wordView[HIGH] = high;
  wordView[LOW] = low;
  return doubleView[0];
}

/** x with its high word replaced. */
export function withHighWord(x: number, high: number): number {
  doubleView[0] = x;
  wordView[HIGH] = high;
  return doubleView[0];
}

/** x with its low word replaced (withLowWord(x, 0) keeps the top 21 significant bits: products of two such are exact). */
export function withLowWord(x: number, low: number): number {
  doubleView[0] = x;
  wordView[LOW] = low;
  return doubleView[0];
}

/** 2^k for every k with a double power of two (−1074 … 1023), exact: built by doubling and halving. */
const POWERS_OF_TWO = new Float64Array(1074 + 1024);
POWERS_OF_TWO[1074] = 1;
for (let k = 1; k <= 1023; k++) POWERS_OF_TWO[1074 + k] = POWERS_OF_TWO[1073 + k] * 2;
for (let k = -1; k >= -1074; k--) POWERS_OF_TWO[1074 + k] = POWERS_OF_TWO[1075 + k] * 0.5;

/** 2^k, exactly, for integer k in [−1074, 1023]. */
export function twoTo(k: number): number {
  return POWERS_OF_TWO[k + 1074];
}

/**
 * withLowWord(x, 0): x with its low 32 fraction bits cleared (x truncated toward zero to its top
 * 21 significant bits). Done as trunc(x·2^(20−e))·2^(e−20), exact, for normal x with
 * e ≥ −1003; tiny, subnormal, zero and non-finite x take the word-writing path.
 */
export function withLowWordZero(x: number): number {
  const e = ((highWord(x) >>> 20) & 0x7ff) - 1023;
  if (e < -1003 || e > 1023) return withLowWord(x, 0);
  return Math.trunc(x * POWERS_OF_TWO[1094 - e]) * POWERS_OF_TWO[1054 + e];
}

/** fromWords(high, 0) for a high word of a normal double (biased exponent 1 … 2046), built arithmetically. */
export function fromHighWord(high: number): number {
  const magnitude = ((high & 0x000fffff) | 0x00100000) * POWERS_OF_TWO[((high >>> 20) & 0x7ff) - 1043 + 1074];
  return high < 0 ? -magnitude : magnitude;
}
