/**
 * Seeded arguments for exp/log/log1p/pow over the ranges the engine uses (and wider), plus
 * special values; shared by the accuracy test (Node) and the cross-engine test (Chromium), which
 * evaluate the same cases and compare the bits.
 */
import { rootKey, Stream } from '../../src/core/random';

export type MathName = 'exp' | 'log' | 'log1p' | 'pow';

/** The four functions, from Math or from src/core/portableMath. */
export interface MathFunctions {
  exp(x: number): number;
  log(x: number): number;
  log1p(x: number): number;
  pow(x: number, y: number): number;
}

export interface CaseSet {
  /** What the arguments stand for, e.g. "pow(0.5, age/halfLife): novelty decay". */
  name: string;
  fn: MathName;
  xs: Float64Array;
  /** Exponents, for pow only. */
  ys: Float64Array | null;
}

const SPECIAL = [0, -0, 1, -1, 0.5, 2, Math.E, Math.LN2, 5e-324, 2.2250738585072014e-308, 1e-300, 1e300, Number.MAX_VALUE, Infinity, -Infinity, NaN];

/** 2^e by exact doublings/halvings (no Math.pow or ** in the argument generation: it must be engine-independent). */
function twoTo(e: number): number {
  let v = 1;
  for (; e > 0; e--) v *= 2;
  for (; e < 0; e++) v *= 0.5;
  return v;
}

/** A double with a uniformly random exponent in [lo, hi) and a random mantissa (spans orders of magnitude). */
function logUniform(rng: Stream, lo: number, hi: number): number {
  const e = lo + Math.floor(rng.next() * (hi - lo));
  // Scale within the normal range first, so a subnormal result is rounded once.
  return e < -1000 ? (1 + rng.next()) * twoTo(e + 100) * twoTo(-100) : (1 + rng.next()) * twoTo(e);
}

/** `perSet` seeded arguments for each case set (the special values come on top of each set). */
export function portableMathCases(perSet: number): CaseSet[] {
  const rng = new Stream(rootKey('portable-math-cases'));
  const sets: CaseSet[] = [];
  const add = (name: string, fn: MathName, x: () => number, y: (() => number) | null = null, specials: number[][] = []) => {
    const xs = new Float64Array(perSet + specials.length);
    const ys = y === null ? null : new Float64Array(xs.length);
    for (let i = 0; i < perSet; i++) {
      xs[i] = x();
      if (ys !== null) ys[i] = y!();
    }
    specials.forEach(([a, b], k) => {
      xs[perSet + k] = a;
      if (ys !== null) ys[perSet + k] = b;
    });
    sets.push({ name, fn, xs, ys });
  };
  const u = () => rng.next();
  const one = SPECIAL.map((v) => [v]);
  const negated = SPECIAL.map((v) => [-v]);

  add('exp over its whole finite range [−745, 710]', 'exp', () => -745 + 1455 * u(), null, [...one, ...negated, [709.782712893384], [-745.1332191019411], [-740], [-708.5]]);
  add('exp on [−10, 10]: lognormal traits, t-distribution', 'exp', () => -10 + 20 * u());
  add('exp on [−500, 0]: Poisson limits e^−λ', 'exp', () => -500 * u());
  add('exp of tiny arguments', 'exp', () => (u() - 0.5) * twoTo(-20));
  add('log on (0, 1): geometric skips, normal quantile tails', 'log', () => u() || 0.5, null, [...one, ...negated]);
  add('log over all magnitudes, subnormals included', 'log', () => logUniform(rng, -1074, 1024));
  add('log near 1', 'log', () => 1 + (u() - 0.5) * twoTo(-18));
  add('log1p on (−1, 1): log(1 − p), log(1 + degree)', 'log1p', () => -1 + 2 * u(), null, [...one, ...negated, [-0.2928932188134524], [0.41421356237309503]]);
  add('log1p over positive magnitudes', 'log1p', () => logUniform(rng, -60, 1024));
  add('log1p of tiny arguments', 'log1p', () => (u() - 0.5) * twoTo(-26));
  add('pow(0.5, age/halfLife): novelty decay', 'pow', () => 0.5, () => 200 * u());
  add('pow(k, −γ): power-law tables and checks', 'pow', () => 1 + Math.floor(1e4 * u()), () => -(1 + 3 * u()));
  add('pow(x, 1/(1−α)): inverse-CDF power-law sampling', 'pow', () => 1e-4 + 10 * u(), () => -5 + 10 * u());
  const specialPairs: number[][] = [];
  for (const a of [...SPECIAL, ...SPECIAL.map((v) => -v)]) for (const b of [...SPECIAL, ...SPECIAL.map((v) => -v), 3, -3, 0.25, 1 / 3, twoTo(31) + 1, twoTo(53), twoTo(64) + twoTo(12)]) specialPairs.push([a, b]);
  add('pow over wide bases and exponents, special pairs', 'pow', () => logUniform(rng, -40, 40), () => -25 + 50 * u(), specialPairs);
  add('pow with large exponents near 1 and negative bases with integer exponents', 'pow', () => (u() < 0.5 ? 1 + (u() - 0.5) * twoTo(-20) : -(1 + 9 * u())), () => (u() < 0.5 ? (u() - 0.5) * twoTo(33) : Math.floor(-60 + 120 * u())));
  return sets;
}

/** Evaluate every case with the given functions. */
export function evaluateCases(sets: readonly CaseSet[], fns: MathFunctions): Float64Array[] {
  return sets.map(({ fn, xs, ys }) => {
    const out = new Float64Array(xs.length);
    if (fn === 'pow') for (let i = 0; i < xs.length; i++) out[i] = fns.pow(xs[i], ys![i]);
    else {
      const f = fns[fn];
      for (let i = 0; i < xs.length; i++) out[i] = f(xs[i]);
    }
    return out;
  });
}

/** FNV-1a over the 64-bit patterns of the values (every NaN hashed as the one canonical NaN), as 8 hex digits. */
export function bitsHash(values: Float64Array): string {
  const scratch = new Float64Array(1);
  const words = new Uint32Array(scratch.buffer);
  let h = 0x811c9dc5;
  const mix = (w: number) => {
    for (let b = 0; b < 32; b += 8) {
      h ^= (w >>> b) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const v of values) {
    if (Number.isNaN(v)) {
      mix(0x7ff80000);
      mix(0);
    } else {
      scratch[0] = v;
      mix(words[0]); // the order of the two words only has to be the same everywhere
      mix(words[1]);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
