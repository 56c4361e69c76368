/**
 * Money: what a strategy costs and what its conversions are worth.
 * Pure arithmetic so that the numbers in the UI can be checked with a calculator.
 */
import type { DividendEconomics } from './dividendSpec';

/** What was bought during one run. */
export interface CampaignPurchases {
  /** Seed users recruited (the strategy's seeds plus second-wave posters). */
  seedUsers: number;
  /** KOLs hired. */
  kols: number;
  /** Total audience (followers = out-arcs) of the hired KOLs. */
  kolFollowers: number;
  /** Organic shares paid a reward. */
  rewardedShares: number;
  /** Reward per share (currency). */
  rewardPerShare: number;
  /** Ad impressions (agents reached by an ad). */
  impressions: number;
}

/** Cost by item and in total (currency units). */
export interface CampaignCosts {
  seeds: number;
  kols: number;
  rewards: number;
  ads: number;
  total: number;
}

/** Cost of the purchases at the scenario's prices. */
export function campaignCosts(prices: DividendEconomics, bought: CampaignPurchases): CampaignCosts {
  const seeds = prices.costPerSeed * bought.seedUsers;
  const kols = prices.kolBaseFee * bought.kols + prices.kolFeePerFollower * bought.kolFollowers;
  const rewards = bought.rewardPerShare * bought.rewardedShares;
  const ads = prices.costPerImpression * bought.impressions;
  return { seeds, kols, rewards, ads, total: seeds + kols + rewards + ads };
}

/** Revenue, ROI and cost per conversion of a run. */
export interface CampaignReturns {
  revenue: number;
  /** (revenue − cost) / cost; null when nothing was spent. */
  roi: number | null;
  /** cost / conversions; null without conversions. */
  costPerConversion: number | null;
}

/**
 * Revenue, ROI and cost per conversion from the conversions the campaign caused (incremental:
 * total minus the no-campaign world's), never from totals — sales that would have happened anyway
 * are not the campaign's (Libai, Muller & Peres 2013).
 */
export function campaignReturns(prices: DividendEconomics, cost: number, incrementalConversions: number): CampaignReturns {
  const revenue = prices.valuePerConversion * incrementalConversions;
  return {
    revenue,
    roi: cost > 0 ? (revenue - cost) / cost : null,
    costPerConversion: incrementalConversions > 0 ? cost / incrementalConversions : null,
  };
}
