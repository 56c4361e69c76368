/**
 * Randomness for the whole engine.
 *
 * Every random decision is a pure function of (scenario seed, run index, purpose, entity),
 * never of the order in which jobs run, so results are identical with 1 or 8 workers and
 * strategies compared on the same run index share the same draws (common random numbers).
 *
 * Two tools:
 * - `draw(key, entity, sub)`: a counter-based hash → uniform in [0, 1). Used wherever a
 *   decision belongs to an entity (an edge's coin, an agent's threshold), so it does not
 *   matter who asks first.
 * - `Stream`: a fast sequential generator (sfc32) for inherently sequential work such as
 *   generating a network or shuffling a candidate list. Seeded from a derived key.
 *
 * seedrandom turns the user's string seed into the root key; the bulk draws use cheap
 * integer mixing (seedrandom's ARC4 is ~15× slower per call).
 */
import seedrandom from 'seedrandom';
import { coinBits, hashLabel, mix32, subMix } from './hash';
import { log, log1p } from './portableMath';

/** A 64-bit key made of two unsigned 32-bit words; identifies one independent random stream. */
export interface StreamKey {
  readonly a: number;
  readonly b: number;
}

const TWO_POW_32 = 4294967296;

// The mixer and the label hash live in hash.ts (the one hash module); re-exported for callers of random.ts.
export { hashLabel, mix32 };

/** The root key of a scenario: a pure function of the user's seed string. */
export function rootKey(seed: string): StreamKey {
  const rng = seedrandom(seed);
  return { a: rng.int32() >>> 0, b: rng.int32() >>> 0 };
}

/** Derive an independent child key, e.g. `childKey(childKey(root, 'run', 3)...)`. */
export function childKey(parent: StreamKey, label: string | number): StreamKey {
  const l = typeof label === 'number' ? mix32((label >>> 0) ^ 0x9e3779b9) : hashLabel(label);
  const a = mix32(parent.a ^ mix32(l ^ parent.b));
  const b = mix32(parent.b + 0x6a09e667 ^ mix32(l + a));
  return { a, b };
}

/** Key of a purpose within a run: (seed, run, purpose). */
export function purposeKey(root: StreamKey, run: number, purpose: string): StreamKey {
  return childKey(childKey(root, run), purpose);
}

/** Uniform uint32 for (key, entity, sub); a pure function of its arguments. */
export function drawBits(key: StreamKey, entity: number, sub = 0): number {
  return coinBits(key.a, key.b, subMix(sub), entity);
}

/** Uniform in [0, 1) for (key, entity, sub). */
export function draw(key: StreamKey, entity: number, sub = 0): number {
  return drawBits(key, entity, sub) / TWO_POW_32;
}

/**
 * Sequential generator: sfc32 (Chris Doty-Humphrey's small fast chaotic generator),
 * ~2–3 ns per call in V8, passes PractRand to many GB. State is seeded from a key.
 */
export class Stream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(key: StreamKey) {
    this.s0 = key.a | 0;
    this.s1 = key.b | 0;
    this.s2 = mix32(key.a ^ 0xa5a5a5a5) | 0;
    this.s3 = 1;
    // Warm up so closely related keys diverge before use.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Uniform uint32. */
  nextUint32(): number {
    const t = (((this.s0 + this.s1) | 0) + this.s3) | 0;
    this.s3 = (this.s3 + 1) | 0;
    this.s0 = this.s1 ^ (this.s1 >>> 9);
    this.s1 = (this.s2 + (this.s2 << 3)) | 0;
    this.s2 = (this.s2 << 21) | (this.s2 >>> 11);
    this.s2 = (this.s2 + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Uniform integer in [0, n) for n ≤ 2^32 (multiply-shift; bias < n / 2^32, negligible here). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /**
   * Standard normal by Marsaglia's polar method (one value per call, the pair's second value is
   * dropped to keep the stream stateless). Unlike Box–Muller it needs no cosine, only the portable
   * log and Math.sqrt, so the same stream gives the same bits in every engine.
   */
  normal(): number {
    for (;;) {
      const u = 2 * this.next() - 1;
      const v = 2 * this.next() - 1;
      const s = u * u + v * v;
      if (s < 1 && s > 0) return u * Math.sqrt((-2 * log(s)) / s);
    }
  }

  /**
   * Number of failures before the first success of a Bernoulli(p) sequence, 0 < p ≤ 1.
   * Lets us visit the successes of n independent coins in O(n·p) instead of O(n).
   */
  geometric(p: number): number {
    if (p >= 1) return 0;
    let u = this.next();
    while (u === 0) u = this.next();
    return Math.floor(log(u) / logOneMinus(p));
  }
}

// Callers skip through long runs of coins with one p (a cascade's edge probability, an ad
// reach), so the denominator log(1 − p) is memoised for the last p seen.
let lastP = NaN;
let lastLogOneMinusP = NaN;

/** log(1 − p) via the portable log1p, memoised for the last p. */
function logOneMinus(p: number): number {
  if (p !== lastP) {
    lastP = p;
    lastLogOneMinusP = log1p(-p);
  }
  return lastLogOneMinusP;
}

/** Convenience: a sequential stream for (seed root, run, purpose). */
export function purposeStream(root: StreamKey, run: number, purpose: string): Stream {
  return new Stream(purposeKey(root, run, purpose));
}
