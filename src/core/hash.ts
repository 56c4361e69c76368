/**
 * The one integer hash of the engine: every per-entity coin (an arc's share coin, an agent's
 * trait, a step's adoption draw) is `coinBits(key, entity, sub)` built from Wellons' lowbias32
 * mixer, and purposes are named through FNV-1a. random.ts derives keys and streams from these;
 * the hot kernels call them directly.
 *
 * Why the kernels no longer carry their own copies: a bundled build (the CLI, the workers, the
 * page) joins the modules into one scope, where an imported function is an ordinary local one
 * that V8 inlines. Under a per-file module loader (vitest, tsx) an imported binding costs a
 * checked load per read; the kernels therefore read each function once into a module-local const
 * (`const coin = arcCoinBits;`): the IC loop on 200k nodes then took the same CPU time as with its
 * own copy, under tsx and under vitest (measured; a bundled build inlines it either way).
 *
 * Changing any constant here changes every result of the engine: test/core/hash.test.ts pins
 * the functions to published vectors and to values computed by hand.
 */

/** A strong 32-bit integer mixer (Wellons' "lowbias32", bias 0.17); a bijection on uint32. */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Stable 32-bit FNV-1a hash of a label's UTF-16 code units (purposes are named, not numbered, so they cannot clash silently). */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The golden-ratio multiplier that spreads a `sub` index before it joins the entity's hash. */
const SUB_MULTIPLIER = 0x9e3779b1;

/** The `sub` term of coinBits; hoisted out of loops that use one sub for many entities. */
export function subMix(sub: number): number {
  return Math.imul(sub >>> 0, SUB_MULTIPLIER);
}

/**
 * Uniform uint32 for (key words ka, kb; entity; sub given as subMix(sub)): the coin of one entity
 * for one purpose. drawBits({a: ka, b: kb}, entity, sub) of random.ts is exactly this.
 */
export function coinBits(ka: number, kb: number, mixedSub: number, entity: number): number {
  return mix32(((mix32((entity >>> 0) ^ ka) + mixedSub) ^ kb) >>> 0);
}

/**
 * coinBits in two stages, for several subs of one entity (an agent's traits): the entity's half,
 * entityBits(ka, entity), is computed once and finished per sub with finishCoin.
 */
export function entityBits(ka: number, entity: number): number {
  return mix32((entity >>> 0) ^ ka);
}

/** The second stage of coinBits: finishCoin(entityBits(ka, e), subMix(s), kb) === coinBits(ka, kb, subMix(s), e). */
export function finishCoin(entityHalf: number, mixedSub: number, kb: number): number {
  return mix32(((entityHalf + mixedSub) ^ kb) >>> 0);
}

/** coinBits with sub = 0 (the sub term vanishes): an arc's coin in the cascade models. */
export function arcCoinBits(ka: number, kb: number, entity: number): number {
  return mix32((mix32((entity >>> 0) ^ ka) ^ kb) >>> 0);
}

/**
 * A 53-bit hash of a text (bryc's cyrb53, 2018, public domain): a fingerprint of inputs (a
 * calibration's problem), never a random draw. Two 32-bit multiply–xor lanes over the UTF-16
 * code units, finished by crossing the lanes; `seed` gives independent variants.
 */
export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
