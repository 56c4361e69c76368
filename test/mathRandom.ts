/**
 * Run `f` with Math.random replaced by a stream of its own (an LCG started at `seed`). Two calls
 * with different seeds give the same answer only if `f` draws its randomness from its own seed,
 * not from the ambient generator: a determinism check with a second, independent path (comparing
 * two plain calls of a function with each other could not fail). A stream rather than a constant,
 * so code that redraws until something changes cannot loop for ever.
 */
import { vi } from 'vitest';

export function withMathRandom<T>(seed: number, f: () => T): T {
  let state = seed >>> 0;
  const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0; // Numerical Recipes' LCG
    return state / 2 ** 32;
  });
  try {
    return f();
  } finally {
    spy.mockRestore();
  }
}
