/**
 * The per-arc coins of the hot loop: exactly `drawBits(key, entity, sub)` of random.ts, with the
 * key words and the sub's multiplier passed in as numbers so V8 inlines it (the generic call
 * was not inlined into the large loop and cost ~10% of a run). A test pins the equality.
 */
import { mix32 } from '../random';

/** Multiplier of `sub` in drawBits; `subMix(sub)` hoists it out of the loop. */
export function subMix(sub: number): number {
  return Math.imul(sub >>> 0, 0x9e3779b1);
}

/** drawBits({a: ka, b: kb}, entity, sub) given subMix(sub). */
export function coinBits(ka: number, kb: number, mixedSub: number, entity: number): number {
  return mix32(((mix32((entity >>> 0) ^ ka) + mixedSub) ^ kb) >>> 0);
}
