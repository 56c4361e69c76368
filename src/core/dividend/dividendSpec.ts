/**
 * The "dividend" model: social dividend = information × relationship chain × interaction.
 *
 * This file is the model's contract: the world-level spec (`scenario.model`, kind "dividend"),
 * the strategy-level levers (extra fields on each strategy) and their defaults; their ranges are
 * in dividendRanges.ts. The scenario schema is generated from DIVIDEND_*_DEFAULTS and
 * DIVIDEND_*_RANGES. Every default is tied to a published finding in the README ("The dividend
 * model"); the evidence suite (`npm run evidence`, src/evidence/) re-runs those findings on the model.
 *
 * ── Mechanics (one step = one hour) ─────────────────────────────────────────────────────────
 * Waves. Every brand-initiated push is a wave with a start step and an id: one per entry of
 *   `content.waves` (the seed users post), one for the hired KOLs, one for the "AB group" second
 *   wave, one for paid ads. A wave's posters post at its start step; a muted poster does not.
 * Exposure. A post by i at step t exposes each out-neighbour j (arc a: i→j) who has not muted;
 *   j sees it with probability visibility(tie kind) × arc weight (× the KOL engagement factor for
 *   a hired KOL's post; coin draw('div:visible', a, wave)). On a seen exposure of j at t:
 *   1. first contact: j is reached at t (reachedBy = the poster);
 *   2. fatigue: annoyance += promotional × rewardSpam; past j's tolerance j mutes (churned) and
 *      from then on sees, shares and buys nothing;
 *   3. dose (interaction): j's dose, fading with conversion.memoryHalfLife, gains
 *      trust(tie) × relevance × (rewarded post ? 1 − rewards.receiverDiscount : 1), times
 *      conversion.repeatWeight when j has seen this source (this arc) before. j buys once
 *      P(dose) = plateau · dᵏ / (dᵏ + halfDoseᵏ) (k = steepness) reaches j's own uniform draw u_j
 *      (drawn once per (seed, run, person)): the chance to have bought at dose d is P(d);
 *   4. sharing on sight (information): unless j already decided to share in this wave, j shares
 *      with probability min(1, quality × relevance × trust(tie) × engagement_j × novelty ×
 *      rewardLift(tie)) (coin draw('div:share', a, wave)); novelty = 0.5^(age/halfLife), age =
 *      t − the wave's start. A decision at t is posted at t + delay_j, the response delay
 *      (lognormal, median response.medianHours, σ response.spread, at least 1 hour; drawn per
 *      (run, person, wave)); a post due after the last step never happens.
 * Advocacy. A person whom the campaign tipped into buying recommends it to their audience with
 *   probability `advocacy` (coin per (run, person)): a post in the wave of the exposure that
 *   tipped them, after their response delay (unless they already decided to share in it).
 * Brand replies. When a sharer's post appears, the brand answers with probability brandReplies:
 *   a dose from the brand source (trust ties.brand.trust).
 * Ads. At every step in [ads.from, ads.to] each unmuted person is shown an ad with probability
 *   ads.reach (whether or not they saw one before; geometric skipping, O(n·reach)); the n-th
 *   impression adds ties.ads.trust × relevance × w(n), w(n) = (n/N)·e^(1−n/N) with N =
 *   adResponse.peakFrequency (wear-in to N, wear-out after); annoyance grows by
 *   max(promotional, ADS_MIN_PROMOTIONAL) per impression; the first impression of a wave may
 *   prompt a share (chance as on sight with the ads' trust). Each impression is paid.
 * Organic demand. A share `organicDemand` of people buy during the simulated period without any
 *   campaign, at a uniform step of it (drawn per (seed, run, person) by geometric skipping).
 *   They buy in every world; a campaign can only make them buy sooner (acceleration).
 *   incrementalConverted = conversions − organic buyers = conversions the campaign caused.
 * Traits. Per person and run: u_j (buying), fatigue tolerance (lognormal), response delays;
 *   per person and seed only (a world trait a brand can observe before launch): engagement
 *   (lognormal, mean 1), which core-fans seeding ranks by.
 * KOLs. A hired KOL (ranks kols.fromRank … fromRank + hire − 1) posts at kols.step; each follower
 *   sees it with visibility × min(1, (followers / KOL_REFERENCE_AUDIENCE)^(−kolEngagementDecay)).
 *   Fee: kolBaseFee + kolFeePerFollower × followers. KOL accounts are never seed users.
 * Rewards (per organic share): with x = rewardPerShare / valuePerConversion, the share chance
 *   × 1 + rewards.maxLift · x/(x + rewards.halfSize) (× rewards.strongTieShare of that lift on
 *   strong ties); receivers discount the rewarded post's dose; annoyance per exposure ×
 *   (1 + rewards.spam · x/(x + halfSize)).
 * The run stops early when nothing is queued, no wave is scheduled later and the ads are over;
 *   organic purchases still land on their steps.
 *
 * Choices made where the brief left room (kept explainable for a strategist or a class):
 * - Novelty decays from the start of each wave, not of the campaign: a re-post is a new post.
 * - Second-wave posters count as seed users (class "seed", paid costPerSeed each).
 * - rewardPerShare is paid for organic shares only (seed users and KOLs are paid by fee).
 * - relevance given as a list: entry c is community c's; communities past the end get 1.
 * - `ties` and `fatigue.tolerance` are overrides of the platform preset.
 * - Attribution is last touch (the exposure that crossed the person's threshold) and counts
 *   incremental conversions only (organic buyers are the baseline, accelerated or not).
 * - Organic buyers buy on their own schedule and do not advocate.
 * - Hired KOLs are paid when booked, even if their step lies beyond the simulated horizon.
 */
import type { SeedingSpec } from '../seeding/seedingSpec';
import { MAX_WAVES as LAYOUT_MAX_WAVES } from './agentLayout';

/** How people see each other's posts on the simulated platform; a preset of `ties` and fatigue. */
export type Platform = 'neutral' | 'broadcast-feed' | 'private-circles' | 'group-chats';
export const PLATFORMS = ['neutral', 'broadcast-feed', 'private-circles', 'group-chats'] as const satisfies readonly Platform[];

/** Trust and visibility of one tie kind. */
export interface TieChannel {
  /** Dose one exposure through this tie adds (before relevance), and a factor of its share chance. [0, 1]. */
  trust: number;
  /** Share of posts an audience member actually sees (feed ranking, muted groups…). [0, 1]. */
  visibility: number;
}

/** Resolved trust and visibility of every channel. */
export interface TieSettings {
  strong: TieChannel;
  weak: TieChannel;
  follow: TieChannel;
  /** Brand replies: dose added by one reply from the official account. [0, 1]. */
  brand: { trust: number };
  /** Paid ads: dose of one ad impression at the peak of its wear-in curve, and factor of its share chance. [0, 1]. */
  ads: { trust: number };
}

/** Per-field overrides of the platform preset; a missing field keeps the preset's value. */
export interface TieOverrides {
  strong?: Partial<TieChannel>;
  weak?: Partial<TieChannel>;
  follow?: Partial<TieChannel>;
  brand?: Partial<{ trust: number }>;
  ads?: Partial<{ trust: number }>;
}

/** Money, in one currency unit of the user's choice. */
export interface DividendEconomics {
  /** Paid once per seed user (and per second-wave poster). ≥ 0. */
  costPerSeed: number;
  /** Fixed fee per hired KOL (agency, samples). ≥ 0. */
  kolBaseFee: number;
  /** Fee per follower (audience arc) of each hired KOL (rate cards). ≥ 0. */
  kolFeePerFollower: number;
  /** Price of one ad impression (CPM / 1000). ≥ 0. */
  costPerImpression: number;
  /** Value of one conversion (margin per order). ≥ 0. */
  valuePerConversion: number;
}

/** Buying: dose–response over distinct sources. */
export interface ConversionSpec {
  /** The most word of mouth ever sells to one person: P(bought) as the dose grows without bound. [0, 1] (0 = nobody buys through the campaign). */
  plateau: number;
  /** Dose at which P(bought) is half the plateau (one fully trusted friend's post = dose 1). (0, 100]. */
  halfDose: number;
  /** Hill exponent: 1 = diminishing returns from the first source; ≥ 2 = threshold-like (complex contagion). [0.5, 8]. */
  steepness: number;
  /** Dose of a repeat exposure from a source already seen, relative to a new source. [0, 1]. */
  repeatWeight: number;
  /** Hours for the dose to halve; null or 0 = no fading. [0, 100000]. */
  memoryHalfLife: number | null;
}

/** Response delays (hours from seeing to posting), lognormal. */
export interface ResponseSpec {
  /** Median hours from seeing a post to re-posting it (≥ 1). */
  medianHours: number;
  /** Lognormal σ of the delay; 0 = every delay equals the median. */
  spread: number;
}

/** Rewards per share (referral rewards, red packets). */
export interface RewardSpec {
  /** Largest relative rise of the share chance a reward can buy (on weak ties and follows). [0, 20]. */
  maxLift: number;
  /** Reward, as a share of valuePerConversion, that buys half of maxLift. (0, 10]. */
  halfSize: number;
  /** Share of the lift that applies on strong ties (friends recommend anyway). [0, 1]. */
  strongTieShare: number;
  /** Fraction of a rewarded post's dose the receiver discounts (suspected motive). [0, 1]. */
  receiverDiscount: number;
  /** Extra annoyance per exposure at the full reward effect (rewarded sharing feels like spam). [0, 10]. */
  spam: number;
}

/** `scenario.model` for the dividend model. */
export interface DividendModelSpec {
  kind: 'dividend';
  /** Platform preset of tie trust/visibility and fatigue. */
  platform: Platform;
  /** Overrides of the preset's tie settings. Default {} (the preset as is). */
  ties: TieOverrides;
  conversion: ConversionSpec;
  /** Chance that a person the campaign tipped into buying recommends it to their audience. [0, 1]. */
  advocacy: number;
  /** Share of people who buy during the simulated period with no campaign at all. [0, 0.5]. */
  organicDemand: number;
  response: ResponseSpec;
  fatigue: {
    /** Median annoyance an agent tolerates before muting; missing/null = the platform's. (0, 100]. */
    tolerance?: number | null;
    /** Lognormal σ of the per-agent tolerance. [0, 3]. */
    spread: number;
  };
  /** Ad response: the impression at which an ad works best (wear-in before, wear-out after). [1, 50]. */
  adResponse: { peakFrequency: number };
  /** Engagement of a KOL's followers falls as (followers / 1000)^(−decay). [0, 1]. */
  kolEngagementDecay: number;
  rewards: RewardSpec;
  /** Lognormal σ of per-agent engagement (mean 1), a factor of the share chance; a world trait core-fans ranks by. [0, 3]. */
  engagementSpread: number;
  economics: DividendEconomics;
}

/** Relevance of the content: one value, one per community (index = community id), or a default with exceptions. */
export type RelevanceSpec = number | number[] | { default: number; byCommunity: Record<string, number> };

/** The content (information). */
export interface ContentSpec {
  /** Appeal: the share chance per seen exposure from a fully trusted tie. [0, 1]. */
  quality: number;
  /** Fit to each community's interest, [0, 1]: multiplies share chance and dose. Default 1. */
  relevance: RelevanceSpec;
  /** How ad-like it feels: annoyance added per exposure. [0, 1]. */
  promotional: number;
  /** Novelty half-life in hours: share chance × 0.5^(age/halfLife); null or 0 = no decay. [0, 10000]. */
  halfLife: number | null;
  /** Steps at which the seed users post (again). Each is a wave; agents share at most once per wave. At most 26 entries. */
  waves: number[];
}

/** The strategy-level levers of the dividend model (extra fields on each strategy; defaults = lever off). */
export interface DividendStrategySpec {
  content: ContentSpec;
  /** Hire `hire` KOL accounts of ranks fromRank, fromRank+1, … (1 = the largest); they post at `step`. */
  kols: { hire: number; fromRank: number; step: number };
  /** "AB group": at `step`, the `count` sharers who reached most people first post again as a new wave. Default null. */
  secondWave: { step: number; count: number } | null;
  /** Reward paid per organic share (currency). Default 0. */
  incentives: { rewardPerShare: number };
  /** Share of sharers the official account replies to. [0, 1], default 0. */
  brandReplies: number;
  /** Paid ads: share of the population shown an ad per hour, from step `from` to `to` (inclusive; null = to the end). Default reach 0. */
  ads: { reach: number; from: number; to: number | null };
}

/** Seeding methods of a dividend strategy: the engine's plus "core-fans" (most engaged agents of the most relevant communities). */
export type DividendSeedingMethod = SeedingSpec['method'] | 'core-fans';
export interface DividendSeedingSpec extends Omit<SeedingSpec, 'method'> {
  method: DividendSeedingMethod;
}

/** Content of an ad is at least this promotional, whatever the organic content's setting. */
export const ADS_MIN_PROMOTIONAL = 0.25;
/** At most this many waves per run: the per-agent "shared in wave w" flags fill the state word after its flags (agentLayout.ts). */
export const MAX_WAVES = LAYOUT_MAX_WAVES;
/** content.waves may hold at most this many entries (KOL, second-wave and ads waves take the other 3). */
export const MAX_SEED_WAVES = MAX_WAVES - 3;
/** Audience size at which a KOL's followers engage like a friend's audience (the nano tier's upper end). */
export const KOL_REFERENCE_AUDIENCE = 1000;

export const DIVIDEND_MODEL_DEFAULTS: DividendModelSpec = {
  kind: 'dividend',
  platform: 'private-circles',
  ties: {},
  conversion: { plateau: 0.08, halfDose: 2, steepness: 1, repeatWeight: 0.25, memoryHalfLife: 504 },
  advocacy: 0.1,
  organicDemand: 0.001,
  response: { medianHours: 6, spread: 1.65 },
  fatigue: { tolerance: null, spread: 0.5 },
  adResponse: { peakFrequency: 5 },
  kolEngagementDecay: 0.2,
  rewards: { maxLift: 0.5, halfSize: 0.02, strongTieShare: 0.3, receiverDiscount: 0.15, spam: 1 },
  engagementSpread: 0.5,
  economics: { costPerSeed: 20, kolBaseFee: 20, kolFeePerFollower: 0.01, costPerImpression: 0.01, valuePerConversion: 50 },
};

export const DIVIDEND_STRATEGY_DEFAULTS: DividendStrategySpec = {
  content: { quality: 0.015, relevance: 1, promotional: 0.2, halfLife: 24, waves: [0] },
  kols: { hire: 0, fromRank: 1, step: 0 },
  secondWave: null,
  incentives: { rewardPerShare: 0 },
  brandReplies: 0,
  ads: { reach: 0, from: 0, to: null },
};

/** Thrown for a world the model cannot simulate; `path` names the scenario field to fix. */
export class DividendModelError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'DividendModelError';
  }
}
