import { describe, expect, it } from 'vitest';
import { compressText, decodeHash, decompressText, encodeHash, fromBase64Url, toBase64Url } from '../../../src/ui/app/urlState';

describe('scenario in the URL', () => {
  it('round-trips any text, including non-Latin characters, through the hash', async () => {
    const text = JSON.stringify({ name: '新品上市 ✓ = + - @', seed: 'x'.repeat(5000) });
    const hash = await encodeHash(text, [3, 0, 7]);
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+&c=3\.0\.7$/);
    // Compression pays: a repetitive 5 KB scenario becomes a short link.
    expect(hash.length).toBeLessThan(200);
    await expect(decodeHash(hash)).resolves.toEqual({ scenarioText: text, colors: [3, 0, 7], warning: null });
  });

  it('base64url has no padding and rejects foreign characters', () => {
    const bytes = new Uint8Array([0, 255, 62, 63, 1]);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
    expect(() => fromBase64Url('abc$')).toThrow();
  });

  it('never throws on a malformed hash: it warns and falls back', async () => {
    for (const hash of ['#s=%%%', '#s=not-deflate', '#s=' + 'A'.repeat(41), '#s=abc$def']) {
      const state = await decodeHash(hash);
      expect(state.scenarioText).toBeNull();
      expect(state.warning).toMatch(/link/);
    }
    const badColors = await decodeHash(`#s=${await compressText('{}')}&c=1.x.300`);
    expect(badColors.scenarioText).toBe('{}');
    expect(badColors.colors).toBeNull();
    expect(badColors.warning).toMatch(/colours/);
    await expect(decodeHash('')).resolves.toEqual({ scenarioText: null, colors: null, warning: null });
    await expect(decodeHash('#unrelated')).resolves.toEqual({ scenarioText: null, colors: null, warning: null });
  });

  it('refuses to inflate a link beyond the limit (a deflate bomb)', async () => {
    const bomb = await compressText('0'.repeat(2_000_000));
    expect(bomb.length).toBeLessThan(5000);
    await expect(decompressText(bomb, 1_000_000)).rejects.toThrow(/larger than/);
    await expect(decompressText(bomb)).resolves.toHaveLength(2_000_000);
  });
});
