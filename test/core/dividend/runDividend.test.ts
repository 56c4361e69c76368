/**
 * Exact fixtures of the dividend model: tiny hand-made graphs where every probability is 0 or 1
 * and every trait is exactly its median, so each count and step is known in advance.
 */
import { describe, expect, it } from 'vitest';
import { fullyMixedGraph, TIE_FOLLOW } from '../../../src/core/graph';
import { rootKey } from '../../../src/core/random';
import { ADS_MIN_PROMOTIONAL, DividendModelError } from '../../../src/core/dividend/dividendSpec';
import { REACHED_BY_ADS, REACHED_BY_BRAND } from '../../../src/core/dividend/dividendOutcome';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { arcGraph, exactModel, exactStrategy, NOBODY_BUYS, pathGraph, seedsOf } from './helpers';

const root = rootKey('fixtures');

describe('runDividend on a path 0–1–2–3–4 seeded at 0 (quality 1, everyone buys at the first exposure, delays 1 hour)', () => {
  const out = runDividend(pathGraph(5), exactModel(), exactStrategy(), seedsOf(0), 6, root, 0, { trace: true });

  it('spreads one hop per step; the timeline is cumulative and filled after the early stop', () => {
    expect(Array.from(out.timeline.reached)).toEqual([2, 3, 4, 5, 5, 5, 5]);
    expect(Array.from(out.timeline.shared)).toEqual([1, 2, 3, 4, 5, 5, 5]);
    // 1 converts at 0 (the seed's post); the seed 0 and node 2 at 1 (node 1's post); then 3, 4.
    expect(Array.from(out.timeline.converted)).toEqual([1, 3, 4, 5, 5, 5, 5]);
    expect(Array.from(out.timeline.churned)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(out.steps).toBe(4);
  });

  it('traces who reached whom and when', () => {
    const tr = out.trace!;
    expect(Array.from(tr.reachedStep)).toEqual([0, 0, 1, 2, 3]);
    expect(Array.from(tr.sharedStep)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(tr.convertedStep)).toEqual([1, 0, 1, 2, 3]);
    expect(Array.from(tr.mutedStep)).toEqual([-1, -1, -1, -1, -1]);
    expect(Array.from(tr.reachedBy)).toEqual([REACHED_BY_BRAND, 0, 1, 2, 3]);
  });

  it('measures the shape of the cascade', () => {
    expect(out.depth).toBe(4);
    expect(out.R).toBe(1); // sharers 0, 1, 2 (generations 0–2) recruited 1, 2, 3
    expect(out.peakStep).toBe(0);
    expect(out.timeToHalf).toBe(1);
    expect(out.posts).toBe(5);
    expect(out.exposures).toBe(8); // 1 + 2 + 2 + 2 + 1
    expect(out.factors).toEqual({ information: 1, relationship: 8 / 5, interaction: 1 });
  });

  it('attributes conversions to the last touch and measures concentration', () => {
    expect(out.attribution).toEqual({ seed: 1, kol: 0, organic: 4, ads: 0 });
    // 4 referred conversions, one per referrer 0..3; the top 20% of 5 sharers is 1 sharer.
    expect(out.concentration).toBe(0.25);
  });

  it('does the money with a calculator', () => {
    expect(out.costs).toEqual({ seeds: 10, kols: 0, rewards: 0, ads: 0, total: 10 });
    expect(out.revenue).toBe(35);
    expect(out.roi).toBe(2.5);
    expect(out.costPerConversion).toBe(2);
  });

  it('flattens every metric', () => {
    expect(out.metrics.reached).toBe(5);
    expect(out.metrics.attributionOrganic).toBe(4);
    expect(out.metrics.relationship).toBe(1.6);
    expect(out.metrics.roi).toBe(2.5);
  });
});

describe('fatigue', () => {
  // Seeds 0, 1, 2 → node 3 → node 4. Promotional 1, tolerance 2.5: the third exposure mutes 3.
  const g = arcGraph(5, [
    [0, 3],
    [1, 3],
    [2, 3],
    [3, 4],
  ]);
  const m = exactModel({ fatigue: { tolerance: 2.5 }, conversion: NOBODY_BUYS });
  const spammy = exactStrategy({ content: { promotional: 1, waves: [0, 2] } });
  const out = runDividend(g, m, spammy, seedsOf(0, 1, 2), 4, root, 0, { trace: true });

  it('mutes an agent past its tolerance, cancelling its pending share', () => {
    expect(out.churned).toBe(1);
    expect(out.trace!.mutedStep[3]).toBe(0);
    expect(out.trace!.reachedStep[4]).toBe(-1); // 3 decided to share but muted before posting
    expect(out.shared).toBe(3);
    expect(Array.from(out.timeline.churned)).toEqual([1, 1, 1, 1, 1]);
  });

  it('a muted agent sees nothing more, even from a later wave', () => {
    expect(out.posts).toBe(6); // the seeds post twice
    expect(out.exposures).toBe(3); // only the three at step 0
    expect(out.converted).toBe(0);
  });

  it('rewards make each exposure more annoying: × (1 + spam · x/(x + halfSize))', () => {
    // Reward 1 for a product worth 7: x = 1/7 = halfSize, effect size 0.5; spam 1 → × 1.5.
    const m2 = exactModel({ fatigue: { tolerance: 2.5 }, conversion: NOBODY_BUYS, rewards: { halfSize: 1 / 7, spam: 1 } });
    const rewarded = exactStrategy({ content: { promotional: 1 }, incentives: { rewardPerShare: 1 } });
    const tr = runDividend(g, m2, rewarded, seedsOf(0, 1), 2, root, 0, { trace: true }).trace!;
    expect(tr.mutedStep[3]).toBe(0); // 1.5 + 1.5 = 3 > 2.5 after only two exposures
  });
});

describe('waves', () => {
  it('a later wave re-exposes the audience and allows sharing again, once per wave', () => {
    const out = runDividend(pathGraph(2), exactModel(), exactStrategy({ content: { waves: [0, 3] } }), seedsOf(0), 6, root, 0, {
      trace: true,
    });
    // 0 posts at 0 and 3; 1 shares in wave 0 (posting at 1) and again in wave 1 (posting at 4).
    expect(out.posts).toBe(4);
    expect(out.shared).toBe(2); // distinct sharers
    expect(out.trace!.sharedStep[1]).toBe(1);
    expect(out.steps).toBe(1); // the second wave changes no count: both had shared and converted
    expect(out.exposures).toBe(4);
  });

  it('an agent exposed twice in one wave shares once', () => {
    // 0 → 1, 0 → 2, 1 → 3, 2 → 3: node 3 is exposed twice at step 1 but posts once.
    const g = arcGraph(4, [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
    const out = runDividend(g, exactModel(), exactStrategy(), seedsOf(0), 4, root, 0);
    expect(out.posts).toBe(4);
    expect(out.factors.information).toBe(1); // 3 decisions (1, 2, and 3 once)
  });

  it('novelty decays from the start of the wave', () => {
    // Path 0–1–2, half-life 1: node 1 decides at age 0 (p = 1), node 2 at age 1 (p = 0.5).
    const out = runDividend(pathGraph(3), exactModel(), exactStrategy({ content: { halfLife: 1 } }), seedsOf(0), 4, root, 0);
    expect(out.factors.information).toBe(0.75);
  });

  it('rewards lift the share chance: 0.25 × (1 + maxLift 6 × size 0.5) = 1', () => {
    // Reward 7 for a product worth 7: x = 1, halfSize 1 → size 0.5; strong ties get all of it here.
    const m = exactModel({ rewards: { maxLift: 6, halfSize: 1, strongTieShare: 1 } });
    const s = exactStrategy({ content: { quality: 0.25 }, incentives: { rewardPerShare: 7 } });
    const out = runDividend(pathGraph(5), m, s, seedsOf(0), 8, root, 0);
    expect(out.shared).toBe(5);
    expect(out.rewardedShares).toBe(4); // organic shares only
    expect(out.costs.rewards).toBe(28);
  });

  it('strong ties get strongTieShare of the reward lift: 0.25 × (1 + 6 × 0.5 × 0) = 0.25', () => {
    const m = exactModel({ rewards: { maxLift: 6, halfSize: 1, strongTieShare: 0 } });
    const s = exactStrategy({ content: { quality: 0.25 }, incentives: { rewardPerShare: 7 } });
    const out = runDividend(pathGraph(3), m, s, seedsOf(0), 8, root, 0);
    // Every decision is made at the plain chance 0.25 (no novelty decay).
    expect(out.factors.information).toBe(0.25);
  });
});

describe('KOLs', () => {
  // Five ordinary nodes; KOL 5 is followed by all five, KOL 6 by node 0.
  const arcs: [number, number, number][] = [0, 1, 2, 3, 4].map((v) => [5, v, TIE_FOLLOW]);
  arcs.push([6, 0, TIE_FOLLOW]);
  const g = arcGraph(7, arcs, { kolNodes: Int32Array.from([5, 6]) });

  it('the hired KOL posts at its step and is paid base fee + per follower', () => {
    const s = exactStrategy({ content: { quality: 0 }, kols: { hire: 1, step: 3 } });
    const out = runDividend(g, exactModel(), s, seedsOf(), 6, root, 0, { trace: true });
    expect(Array.from(out.timeline.reached)).toEqual([0, 0, 0, 6, 6, 6, 6]);
    expect(out.trace!.reachedBy[5]).toBe(REACHED_BY_BRAND);
    expect(out.attribution).toEqual({ seed: 0, kol: 5, organic: 0, ads: 0 });
    expect(out.costs.kols).toBe(100 + 0.5 * 5);
    expect(out.depth).toBe(1);
  });

  it('hiring more KOLs than exist hires them all', () => {
    const s = exactStrategy({ content: { quality: 0 }, kols: { hire: 10, step: 0 } });
    const out = runDividend(g, exactModel(), s, seedsOf(), 2, root, 0);
    expect(out.costs.kols).toBe(2 * 100 + 0.5 * 6);
    expect(out.posts).toBe(2);
  });

  it('kols.fromRank picks ranks: hire 1 from rank 2 hires the second account only', () => {
    const s = exactStrategy({ content: { quality: 0 }, kols: { hire: 1, fromRank: 2, step: 0 } });
    const out = runDividend(g, exactModel(), s, seedsOf(), 2, root, 0, { trace: true });
    expect(out.costs.kols).toBe(100 + 0.5 * 1); // KOL 6, one follower
    expect(out.trace!.reachedBy[6]).toBe(REACHED_BY_BRAND);
    expect(out.trace!.reachedStep[5]).toBe(-1); // the largest was not hired
    expect(out.reached).toBe(2);
  });

  it('a rank range past the last account hires the accounts that exist', () => {
    const s = exactStrategy({ content: { quality: 0 }, kols: { hire: 5, fromRank: 2, step: 0 } });
    expect(runDividend(g, exactModel(), s, seedsOf(), 2, root, 0).costs.kols).toBe(100 + 0.5);
  });

  it('a KOL with 4000 followers and decay 0.5 is seen by (4000/1000)^(−0.5) = half of them', () => {
    const n = 4001;
    const big = arcGraph(
      n,
      Array.from({ length: n - 1 }, (_, i): [number, number, number] => [0, i + 1, TIE_FOLLOW]),
      { kolNodes: Int32Array.from([0]) },
    );
    const s = exactStrategy({ content: { quality: 0 }, kols: { hire: 1, step: 0 } });
    const out = runDividend(big, exactModel({ kolEngagementDecay: 0.5 }), s, seedsOf(), 1, root, 0);
    // Binomial(4000, 0.5): sd 31.6; ±4 sd.
    expect(Math.abs(out.exposures - 2000)).toBeLessThan(4 * 31.6);
    expect(out.costs.kols).toBe(100 + 0.5 * 4000); // paid for the whole audience
  });
});

describe('second wave ("AB group")', () => {
  it('re-seeds the sharers who reached most people first', () => {
    // Seed 0 reaches 2, 3, 4 first; seed 1 reaches 5. Nobody shares organically.
    const g = arcGraph(6, [
      [0, 2],
      [0, 3],
      [0, 4],
      [1, 5],
    ]);
    const s = exactStrategy({ content: { quality: 0 }, secondWave: { step: 2, count: 1 } });
    const m = exactModel({ conversion: NOBODY_BUYS });
    const out = runDividend(g, m, s, seedsOf(0, 1), 4, root, 0, { trace: true });
    expect(out.posts).toBe(3); // 0, 1, then 0 again
    expect(out.exposures).toBe(7);
    expect(out.costs.seeds).toBe(30); // two seeds + one second-wave poster
  });
});

describe('paid ads', () => {
  it('reach 1 shows every unmuted person an ad at every ad step, reached before or not, and each is paid', () => {
    const g = arcGraph(6, [[0, 1]]);
    const s = exactStrategy({ content: { quality: 0 }, ads: { reach: 1, from: 2, to: 5 } });
    const out = runDividend(g, exactModel(), s, seedsOf(0), 6, root, 0, { trace: true });
    expect(Array.from(out.timeline.reached)).toEqual([2, 2, 6, 6, 6, 6, 6]);
    // 6 people × 4 steps (annoyance ADS_MIN_PROMOTIONAL ≤ 0.5 each: at least 3 − 4 × 0.5 = 1 left, nobody mutes).
    expect(ADS_MIN_PROMOTIONAL).toBeLessThanOrEqual(0.5);
    expect(out.impressions).toBe(24);
    expect(out.churned).toBe(0);
    expect(Array.from(out.trace!.reachedBy)).toEqual([REACHED_BY_BRAND, 0, ...Array(4).fill(REACHED_BY_ADS)]);
    // Node 1 bought on the seed's post; the seed itself and 2–5 on their first ad.
    expect(out.attribution).toEqual({ seed: 1, kol: 0, organic: 0, ads: 5 });
    expect(out.costs.ads).toBe(24 * 0.25);
    expect(out.steps).toBe(2);
  });

  it('ad-reached agents share into the ads wave; an ad feels at least ADS_MIN_PROMOTIONAL promotional', () => {
    const g = arcGraph(3, [[0, 1]]);
    const s = exactStrategy({ content: { promotional: 0.1 }, ads: { reach: 1, from: 0, to: 0 } });
    const m = exactModel({ fatigue: { tolerance: ADS_MIN_PROMOTIONAL + 0.05 }, conversion: NOBODY_BUYS });
    const out = runDividend(g, m, s, seedsOf(), 3, root, 0, { trace: true });
    // All three see the ad at step 0 (annoyance ADS_MIN_PROMOTIONAL, not 0.1: 0.05 left) and decide
    // to share (quality 1). At step 1 node 0 posts first: node 1 gets 0.1 more and mutes before its
    // own post.
    expect(out.impressions).toBe(3);
    expect(Array.from(out.trace!.reachedBy)).toEqual([REACHED_BY_ADS, REACHED_BY_ADS, REACHED_BY_ADS]);
    expect(out.trace!.mutedStep[1]).toBe(1);
    expect(Array.from(out.trace!.sharedStep)).toEqual([1, -1, 1]);
    expect(out.R).toBe(0); // ad-recruited sharers are generation 0 and recruited nobody
  });
});

describe('platforms and visibility', () => {
  it('a hidden tie kind delivers nothing', () => {
    const m = exactModel({ ties: { strong: { visibility: 0 } } });
    const out = runDividend(pathGraph(3), m, exactStrategy(), seedsOf(0), 3, root, 0);
    expect(out.reached).toBe(1);
    expect(out.exposures).toBe(0);
  });

  it('about `visibility` of the audience sees a post (10 000 followers, private circles 0.35)', () => {
    const n = 10_001;
    const g = arcGraph(n, Array.from({ length: n - 1 }, (_, i): [number, number] => [0, i + 1]));
    const m = exactModel({ platform: 'private-circles' });
    const out = runDividend(g, m, exactStrategy({ content: { quality: 0 } }), seedsOf(0), 1, root, 0);
    // Binomial(10 000, 0.35): sd 47.7; ±4 sd.
    expect(Math.abs(out.exposures - 3500)).toBeLessThan(4 * 48);
  });

  it('refuses a fully mixed population', () => {
    expect(() => runDividend(fullyMixedGraph(10), exactModel(), exactStrategy(), seedsOf(0), 3, root, 0)).toThrow(DividendModelError);
  });
});
