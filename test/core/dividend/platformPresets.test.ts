import { describe, expect, it } from 'vitest';
import { buildGraph, EdgeBuffer } from '../../../src/core/graph';
import { PLATFORMS } from '../../../src/core/dividend/dividendSpec';
import { PLATFORM_PRESETS, resolveFatigueTolerance, resolveTies } from '../../../src/core/dividend/platformPresets';
import { relevanceByCommunity } from '../../../src/core/dividend/relevance';
import { exactModel } from './helpers';

describe('platform presets', () => {
  it('neutral trusts and shows everything', () => {
    const t = resolveTies({ platform: 'neutral', ties: {} });
    expect(t).toEqual({
      strong: { trust: 1, visibility: 1 },
      weak: { trust: 1, visibility: 1 },
      follow: { trust: 1, visibility: 1 },
      brand: { trust: 1 },
      ads: { trust: 1 },
    });
  });

  it('explicit fields override the preset one by one; missing or undefined ones keep it', () => {
    const t = resolveTies({ platform: 'broadcast-feed', ties: { follow: { visibility: 0.4 }, weak: { trust: undefined } } });
    expect(t.follow).toEqual({ trust: PLATFORM_PRESETS['broadcast-feed'].ties.follow.trust, visibility: 0.4 });
    expect(t.weak).toEqual(PLATFORM_PRESETS['broadcast-feed'].ties.weak);
  });

  it('every preset keeps trust and visibility in [0, 1] and a positive tolerance', () => {
    for (const p of PLATFORMS) {
      const { ties, fatigueTolerance } = PLATFORM_PRESETS[p];
      for (const c of [ties.strong, ties.weak, ties.follow]) {
        expect(c.trust).toBeGreaterThanOrEqual(0);
        expect(c.trust).toBeLessThanOrEqual(1);
        expect(c.visibility).toBeGreaterThanOrEqual(0);
        expect(c.visibility).toBeLessThanOrEqual(1);
      }
      expect(fatigueTolerance).toBeGreaterThan(0);
    }
  });

  it('the broadcast feed hides followed accounts most; group chats show nearly everything but tire fast', () => {
    const feed = PLATFORM_PRESETS['broadcast-feed'].ties;
    expect(feed.follow.visibility).toBeLessThan(feed.strong.visibility);
    const chats = PLATFORM_PRESETS['group-chats'];
    expect(chats.ties.strong.visibility).toBeGreaterThanOrEqual(0.9);
    expect(chats.fatigueTolerance).toBeLessThan(PLATFORM_PRESETS.neutral.fatigueTolerance);
  });

  it('fatigue tolerance: explicit value, else the platform', () => {
    expect(resolveFatigueTolerance(exactModel({ fatigue: { tolerance: 4 } }))).toBe(4);
    expect(resolveFatigueTolerance(exactModel({ platform: 'group-chats', fatigue: { tolerance: null } }))).toBe(1.5);
  });
});

describe('relevanceByCommunity', () => {
  const withCommunities = buildGraph(4, new EdgeBuffer(), { community: Int32Array.from([0, 1, 2, 2]), communityCount: 3 });
  const without = buildGraph(4, new EdgeBuffer());

  it('one number for everyone', () => {
    expect(Array.from(relevanceByCommunity(0.4, withCommunities))).toEqual([0.4, 0.4, 0.4]);
  });

  it('a list by community id; communities past its end get 1', () => {
    expect(Array.from(relevanceByCommunity([0.2, 0.5], withCommunities))).toEqual([0.2, 0.5, 1]);
  });

  it('a default with exceptions; unknown ids are ignored', () => {
    expect(Array.from(relevanceByCommunity({ default: 0.1, byCommunity: { '2': 0.9, '7': 0.3 } }, withCommunities))).toEqual([0.1, 0.1, 0.9]);
  });

  it('a network without communities is community 0', () => {
    expect(Array.from(relevanceByCommunity([0.3, 0.8], without))).toEqual([0.3]);
  });
});
