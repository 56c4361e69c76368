/**
 * What one dividend run produced: the common RunOutcome (reached, shared, converted, churned,
 * timeline) plus money, shape of the cascade, attribution and the three factors of
 * "social dividend = information × relationship chain × interaction".
 */
import type { RunOutcome } from '../runOutcome';
import type { CampaignCosts } from './economics';

/** reachedBy code: reached first by a paid ad (or offline). */
export const REACHED_BY_ADS = -2;
/** reachedBy code: reached by the brand itself (seed users, hired KOLs recruited to post). */
export const REACHED_BY_BRAND = -3;

/** Campaign-caused conversions by the class of the poster of the exposure that tipped them over (last touch); organic buyers are not counted. */
export interface Attribution {
  seed: number;
  kol: number;
  organic: number;
  ads: number;
}

/** The three factors, one number each. */
export interface DividendFactors {
  /** Information: mean share probability per exposure that could lead to a share. */
  information: number | null;
  /** Relationship chain: mean number of seen exposures delivered per post. */
  relationship: number | null;
  /** Interaction: incremental conversions per reached agent. */
  interaction: number | null;
}

/** Per-node replay data (the animation): steps are −1 when it never happened. */
export interface DividendTrace {
  reachedStep: Int32Array;
  sharedStep: Int32Array;
  convertedStep: Int32Array;
  mutedStep: Int32Array;
  /** Who reached the node first: a node index, REACHED_BY_ADS (−2), REACHED_BY_BRAND (−3), or −1 = never reached. */
  reachedBy: Int32Array;
}

export interface DividendRunOutcome extends RunOutcome {
  /** Conversions the campaign caused: converted − the organic buyers of the no-campaign world on this run (can be negative when annoyed organic buyers mute). */
  incrementalConverted: number;
  /** Organic buyers of this run: who buys during the period with no campaign (the baseline). */
  organicBuyers: number;
  /** Organic buyers the campaign made buy sooner (acceleration, not lift). */
  accelerated: number;
  /** Organic buyers who muted the campaign and so did not buy. */
  lostOrganic: number;
  /** Total cost (currency). */
  cost: number;
  costs: CampaignCosts;
  revenue: number;
  /** (revenue − cost) / cost with revenue from incremental conversions; null when cost is 0. */
  roi: number | null;
  /** cost / incremental conversions; null when the campaign caused none. */
  costPerConversion: number | null;
  /** Step with the most newly reached agents (earliest on ties); null when nobody was reached. */
  peakStep: number | null;
  /** First step at which reached ≥ half its final value; null when nobody was reached. */
  timeToHalf: number | null;
  /** Longest chain in the who-reached-whom tree (seeds, KOLs and ad-reached agents are generation 0). */
  depth: number;
  /** Mean number of sharers directly recruited by each sharer of sharing generations 0–2; null without sharers. */
  R: number | null;
  attribution: Attribution;
  /** Share of referred conversions whose referrer (reachedBy) is among the top 20% of sharers by conversions referred; null with none. */
  concentration: number | null;
  /** Ad impressions. */
  impressions: number;
  /** Organic shares paid a reward. */
  rewardedShares: number;
  /** Posts made (a node posting in two waves counts twice). */
  posts: number;
  /** Seen exposures delivered by posts (ads excluded). */
  exposures: number;
  /** Brand replies sent. */
  brandReplies: number;
  factors: DividendFactors;
  /** Every numeric per-run metric, flat, for generic aggregation; keys in DIVIDEND_METRICS. */
  metrics: Record<DividendMetric, number | null>;
  /** Present when the run was asked for a trace. */
  trace?: DividendTrace;
}

/** Keys of `metrics`, with their meaning (the per-run CSV columns of a dividend scenario). */
export const DIVIDEND_METRICS = {
  reached: 'agents who saw the content at least once (seed users and KOLs included)',
  shared: 'agents who posted it at least once',
  converted: 'agents who bought (organic buyers included)',
  incrementalConverted: 'conversions the campaign caused: converted minus the organic buyers of the same run without a campaign',
  organicBuyers: 'people who buy during the period without any campaign (same for every strategy of a run)',
  accelerated: 'organic buyers the campaign made buy sooner (not incremental)',
  lostOrganic: 'organic buyers who muted the campaign and did not buy',
  churned: 'agents who muted the campaign',
  steps: 'last step at which anything changed',
  cost: 'total cost (currency)',
  costSeeds: 'cost of seed users (incl. second-wave posters)',
  costKols: 'KOL fees',
  costRewards: 'rewards paid per share',
  costAds: 'ad impressions',
  revenue: 'incremental conversions × value per conversion',
  roi: '(revenue − cost) / cost, on incremental conversions; empty when cost is 0',
  costPerConversion: 'cost / incremental conversions; empty when the campaign caused none',
  peakStep: 'step with the most newly reached agents',
  timeToHalf: 'first step at which half the final reach was reached',
  depth: 'longest who-reached-whom chain',
  R: 'sharers recruited per sharer (generations 0–2): above 1 the cascade tips',
  attributionSeed: 'campaign-caused conversions tipped by a seed user’s post',
  attributionKol: 'campaign-caused conversions tipped by a hired KOL’s post',
  attributionOrganic: 'campaign-caused conversions tipped by an organic share or recommendation',
  attributionAds: 'campaign-caused conversions tipped by an ad',
  concentration: 'share of referred conversions referred by the top 20% of sharers',
  impressions: 'ad impressions',
  rewardedShares: 'organic shares paid a reward',
  posts: 'posts made (all waves)',
  exposures: 'seen exposures delivered by posts',
  brandReplies: 'replies from the brand account',
  information: 'mean share chance per exposure (information factor)',
  relationship: 'seen exposures per post (relationship-chain factor)',
  interaction: 'incremental conversions per reached agent (interaction factor)',
} as const;

export type DividendMetric = keyof typeof DIVIDEND_METRICS;
