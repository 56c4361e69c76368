/**
 * The first time a thread transfers away the buffer of a typed array, Chromium's V8 throws away
 * the optimised code of nearly every function that has read a typed array (its trace says
 * "dependent prototype chain changed"; a thread that never transfers keeps it). A simulation
 * worker sends its first result only after its hot loops — network generation, the spread
 * kernel, the portable math — have been optimised, so each worker compiled them all twice, and
 * the recompiling competed with the simulation for the cores. Making that first transfer when
 * the worker starts, on two small arrays nobody reads, happens before anything is optimised:
 * nothing is thrown away later (README, "The browser at a million", for the measurement).
 */

/** Transfer two small typed arrays' buffers once, so later transfers discard no optimised code. Call at worker start. */
export function makeFirstTransfer(): void {
  const ints = new Int32Array(4);
  const doubles = new Float64Array(4);
  structuredClone({ ints, doubles }, { transfer: [ints.buffer, doubles.buffer] });
}
