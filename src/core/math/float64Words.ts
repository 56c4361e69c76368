/**
 * Exact access to the two 32-bit halves of an IEEE-754 double, the way fdlibm's
 * GET_HIGH_WORD / SET_LOW_WORD macros do it in C.
 *
 * One shared 8-byte buffer seen as a Float64Array and as a Uint32Array: writing a double and
 * reading the words (or the reverse) is a bit-exact reinterpretation in every engine. The
 * word order follows the platform's byte order, detected once at load (all current engines
 * run little-endian, but the detection costs nothing and makes the code honest).
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
