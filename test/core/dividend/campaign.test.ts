import { describe, expect, it } from 'vitest';
import { drawBits, purposeKey, rootKey } from '../../../src/core/random';
import { coinBits, subMix } from '../../../src/core/dividend/campaign';

describe('coinBits (the inlined per-arc coin)', () => {
  it('equals drawBits(key, entity, sub) for any key, entity and wave', () => {
    for (const seed of ['a', 'b', 'dividend-lab'])
      for (const purpose of ['div:visible', 'div:share']) {
        const key = purposeKey(rootKey(seed), 7, purpose);
        for (const entity of [0, 1, 2, 1234, 65_535, 40_000_000, 2_147_483_647])
          for (const wave of [0, 1, 5, 31]) expect(coinBits(key.a, key.b, subMix(wave), entity)).toBe(drawBits(key, entity, wave));
      }
  });
});
