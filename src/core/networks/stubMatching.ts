import type { EdgeBuffer } from '../graph';
import type { Stream } from '../random';

/** Fisher–Yates shuffle of a[start .. end) in place. */
export function shuffleRange(rng: Stream, a: Int32Array, start: number, end: number): void {
  for (let i = end - 1; i > start; i--) {
    const j = start + rng.int(i - start + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/**
 * Stub matching (the configuration model's pairing step): shuffle the tie ends ("stubs")
 * in stubs[start .. end) and tie consecutive pairs together. An odd stub out is dropped.
 * Self-pairs and repeated pairs are kept here and erased by buildGraph ("erased
 * configuration model"); they are rare when degrees are small relative to the pool.
 */
export function matchStubs(rng: Stream, stubs: Int32Array, start: number, end: number, kind: number, edges: EdgeBuffer): void {
  shuffleRange(rng, stubs, start, end);
  for (let i = start; i + 1 < end; i += 2) edges.addTie(stubs[i], stubs[i + 1], kind);
}

/** Expand a degree sequence into its stub array: node i appears degree[i] times, in node order. */
export function stubsFromDegrees(degree: Int32Array): Int32Array {
  let total = 0;
  for (let i = 0; i < degree.length; i++) total += degree[i];
  const stubs = new Int32Array(total);
  let at = 0;
  for (let i = 0; i < degree.length; i++) {
    for (let d = degree[i]; d > 0; d--) stubs[at++] = i;
  }
  return stubs;
}
