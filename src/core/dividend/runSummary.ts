/**
 * Turning the final state of a dividend run into its outcome: money, the shape of the cascade
 * (peak, time to half, depth, R), attribution, concentration and the three factors.
 */
import type { Graph } from '../graph';
import type { Timeline } from '../runOutcome';
import { CLASS_ADS, CLASS_KOL, CLASS_ORGANIC, CLASS_SEED, type Campaign } from './campaign';
import type { DividendModelSpec, DividendStrategySpec } from './dividendSpec';
import type { DividendScratch } from './dividendScratch';
import type { DividendMetric, DividendRunOutcome } from './dividendOutcome';
import { campaignCosts, campaignReturns } from './economics';

/** Share of sharers counted as "key people" by `concentration` (the 80/20 lesson). */
export const TOP_SHARER_SHARE = 0.2;

export interface RunState {
  graph: Graph;
  model: DividendModelSpec;
  strategy: DividendStrategySpec;
  scratch: DividendScratch;
  campaign: Campaign;
  timeline: Timeline;
  /** Last step at which anything changed. */
  steps: number;
  /** Seed users paid for (strategy seeds + second-wave posters). */
  seedUsers: number;
  kols: Int32Array;
  /** Organic buyers of the run (the no-campaign world's conversions). */
  organicBuyers: number;
  trace: boolean;
}

export function summariseRun(r: RunState): DividendRunOutcome {
  const { campaign: c, scratch: s, graph } = r;
  let kolFollowers = 0;
  for (const k of r.kols) kolFollowers += graph.offsets[k + 1] - graph.offsets[k];
  const costs = campaignCosts(r.model.economics, {
    seedUsers: r.seedUsers,
    kols: r.kols.length,
    kolFollowers,
    rewardedShares: c.rewardedShares,
    rewardPerShare: r.strategy.incentives.rewardPerShare,
    impressions: c.impressions,
  });
  const incremental = c.converted - r.organicBuyers;
  const returns = campaignReturns(r.model.economics, costs.total, incremental);
  const attribution = {
    seed: c.attribution[CLASS_SEED],
    kol: c.attribution[CLASS_KOL],
    organic: c.attribution[CLASS_ORGANIC],
    ads: c.attribution[CLASS_ADS],
  };
  const factors = {
    information: c.shareDecisions > 0 ? c.shareChanceSum / c.shareDecisions : null,
    relationship: c.posts > 0 ? c.exposuresDelivered / c.posts : null,
    interaction: c.reached > 0 ? incremental / c.reached : null,
  };
  const { peakStep, timeToHalf } = reachShape(r.timeline.reached);
  const R = c.earlySharers > 0 ? c.earlyRecruits / c.earlySharers : null;
  const concentration = referralConcentration(s, c.shared);

  const metrics: Record<DividendMetric, number | null> = {
    reached: c.reached,
    shared: c.shared,
    converted: c.converted,
    incrementalConverted: incremental,
    organicBuyers: r.organicBuyers,
    accelerated: c.accelerated,
    lostOrganic: c.lostOrganic,
    churned: c.churned,
    steps: r.steps,
    cost: costs.total,
    costSeeds: costs.seeds,
    costKols: costs.kols,
    costRewards: costs.rewards,
    costAds: costs.ads,
    revenue: returns.revenue,
    roi: returns.roi,
    costPerConversion: returns.costPerConversion,
    peakStep,
    timeToHalf,
    depth: c.maxGeneration,
    R,
    attributionSeed: attribution.seed,
    attributionKol: attribution.kol,
    attributionOrganic: attribution.organic,
    attributionAds: attribution.ads,
    concentration,
    impressions: c.impressions,
    rewardedShares: c.rewardedShares,
    posts: c.posts,
    exposures: c.exposuresDelivered,
    brandReplies: c.replies,
    information: factors.information,
    relationship: factors.relationship,
    interaction: factors.interaction,
  };

  const outcome: DividendRunOutcome = {
    reached: c.reached,
    shared: c.shared,
    converted: c.converted,
    churned: c.churned,
    incrementalConverted: incremental,
    organicBuyers: r.organicBuyers,
    accelerated: c.accelerated,
    lostOrganic: c.lostOrganic,
    steps: r.steps,
    timeline: r.timeline,
    cost: costs.total,
    costs,
    ...returns,
    peakStep,
    timeToHalf,
    depth: c.maxGeneration,
    R,
    attribution,
    concentration,
    impressions: c.impressions,
    rewardedShares: c.rewardedShares,
    posts: c.posts,
    exposures: c.exposuresDelivered,
    brandReplies: c.replies,
    factors,
    metrics,
  };
  if (r.trace)
    outcome.trace = {
      reachedStep: s.reachedStep.slice(),
      sharedStep: s.sharedStep.slice(),
      convertedStep: s.convertedStep.slice(),
      mutedStep: s.mutedStep.slice(),
      reachedBy: s.reachedBy.slice(),
    };
  return outcome;
}

/** Peak step (most newly reached, earliest on ties) and first step with half the final reach. */
function reachShape(reached: Int32Array): { peakStep: number | null; timeToHalf: number | null } {
  const final = reached.length > 0 ? reached[reached.length - 1] : 0;
  if (final === 0) return { peakStep: null, timeToHalf: null };
  let peakStep = 0;
  let peak = -1;
  let timeToHalf: number | null = null;
  for (let t = 0; t < reached.length; t++) {
    const gained = reached[t] - (t > 0 ? reached[t - 1] : 0);
    if (gained > peak) {
      peak = gained;
      peakStep = t;
    }
    if (timeToHalf === null && 2 * reached[t] >= final) timeToHalf = t;
  }
  return { peakStep, timeToHalf };
}

/**
 * Share of referred conversions (converted agents whose reachedBy is a node) referred by the
 * top 20% of sharers (ceil), ranked by conversions referred. Null when none was referred.
 */
export function referralConcentration(s: DividendScratch, sharers: number): number | null {
  const { convertedStep, reachedBy, tally } = s;
  const n = s.nodeCount;
  let referrers = 0;
  let referred = 0;
  let most = 0;
  for (let j = 0; j < n; j++) {
    if (convertedStep[j] < 0) continue;
    const by = reachedBy[j];
    if (by < 0) continue;
    const count = ++tally[by];
    if (count === 1) referrers++;
    if (count > most) most = count;
    referred++;
  }
  if (referred === 0) return null;
  // The top referrers' total from a histogram of the referral counts (counts ≤ most, a node's
  // audience size): no sort, and the same integer sum as summing the sorted largest counts.
  // The second pass meets every referrer, records its count once and leaves `tally` all zero.
  const histogram = new Int32Array(most + 1);
  for (let j = 0; j < n; j++) {
    if (convertedStep[j] < 0) continue;
    const by = reachedBy[j];
    if (by < 0 || tally[by] === 0) continue;
    histogram[tally[by]]++;
    tally[by] = 0;
  }
  let top = Math.min(referrers, Math.ceil(TOP_SHARER_SHARE * Math.max(sharers, referrers)));
  let inTop = 0;
  for (let count = most; count > 0 && top > 0; count--) {
    const k = Math.min(histogram[count], top);
    inTop += k * count;
    top -= k;
  }
  return inTop / referred;
}
