/**
 * The "dividend" model: social dividend = information × relationship chain × interaction.
 *
 * This file is the model's contract: the world-level spec (`scenario.model`, kind "dividend"),
 * the strategy-level levers (extra fields on each strategy), their defaults and their ranges.
 * The scenario schema is generated from DIVIDEND_*_DEFAULTS and DIVIDEND_*_RANGES.
 *
 * ── Mechanics (one step = one hour) ─────────────────────────────────────────────────────────
 * Posting events ("waves"). Every brand-initiated push is a wave with a start step and an id:
 *   one wave per entry of `content.waves` (the seed users post), one for the hired KOLs
 *   (`kols.step`), one for the "AB group" second wave, one for paid ads. At most 29 waves.
 *   A wave's posters post at its start step; a muted poster does not post.
 * A post by i at step t exposes each out-neighbour j (arc a: i→j) who has not muted; the
 *   exposure is seen with probability visibility(tie kind of a) × arc weight
 *   (coin: draw('div:visible', a, wave)).
 * Paid ads: at every step in [ads.from, ads.to], every agent not reached yet is reached by an
 *   ad with probability ads.reach (Bass's external influence), visited by geometric skipping
 *   with a stream keyed by (run, 'div:ads', step), so its cost is O(n·reach), not O(n).
 * On a seen exposure of j at step t:
 *   1. first exposure: j is reached at t, reachedBy[j] = the poster (REACHED_BY_ADS for an ad);
 *   2. exposures[j] += 1; annoyance[j] += promotional × (1 + rewardAnnoyance × rewardPerShare)
 *      (an ad adds max(promotional, ADS_MIN_PROMOTIONAL) instead: ads feel like ads);
 *      if annoyance[j] > tolerance[j], j mutes the campaign at t (churned) and from then on
 *      sees, shares and converts nothing;
 *   3. trust[j] += trust(tie kind) × relevance(j's community) × (1 + socialProof × (exposures[j] − 1));
 *      once trust[j] ≥ threshold[j], j converts at t; the conversion is credited to the class of
 *      the poster of that exposure (last touch): seed, kol, organic or ads;
 *   4. unless j already decided to share in this wave, it shares with probability
 *      min(1, quality × relevance × trust(tie kind) × engagement[j] × 0.5^(age/halfLife)
 *      × (1 + rewardLift × rewardPerShare)) (coin: draw('div:share', a, wave); an ad uses
 *      draw('div:adshare', j, wave)); age = t − the wave's start step. A sharer posts at t+1 in
 *      the same wave (so each wave is a fresh push whose novelty decays as it circulates);
 *   5. when the sharer's post appears (t+1), the brand answers it with probability
 *      brandReplies (draw('div:brand', j, wave)): trust[j] += brand trust, which may convert j
 *      (credited to the channel whose post j is sharing).
 * Shares are counted when the post happens (t+1). Seed users, hired KOLs and second-wave
 *   posters are reached when they first post (reachedBy = REACHED_BY_BRAND) but gain no trust
 *   by posting: they convert, if at all, through exposures like anyone else.
 * Per-agent traits are lognormal and drawn per agent from the run only (never from the
 *   strategy), so strategies compared on the same run share the world (common random numbers):
 *   threshold (median conversion.threshold, σ conversion.spread), tolerance (median
 *   fatigue.tolerance, σ fatigue.spread), engagement (mean 1, σ engagementSpread).
 * Random draws, all keyed by purposeKey(root, run, purpose): 'div:visible' and 'div:share'
 *   (entity = arc, sub = wave), 'div:adshare' and 'div:brand' (entity = agent, sub = wave),
 *   'div:traits' (entity = agent, sub = trait), 'div:ads' (a stream per step),
 *   'div:secondwave' and 'div:corefans' (tie-break hashes per agent).
 * The run stops early when nothing is queued, no wave is scheduled later and the ads are over.
 * Fully mixed networks are refused (DividendModelError): the model needs explicit ties and
 *   tie kinds, and materialising n² arcs is out of the question.
 * Timeline: step 0 holds what happened during step 0 (seeds posting and their audience seeing
 *   it). The canonical models count only the seeds at step 0; final values are comparable.
 *
 * Choices made where the brief left room (kept explainable for a strategist or a class):
 * - Novelty decays from the start of each wave, not of the campaign: a re-post is a new post.
 * - Second-wave posters count as seed users (class "seed", paid costPerSeed each).
 * - rewardPerShare is paid for organic shares only (seed users and KOLs are paid by fee).
 * - relevance given as a list: entry c is community c's; communities past the end get 1.
 *   On a network without communities everyone is in community 0.
 * - `ties` and `fatigue.tolerance` are overrides of the platform preset: leave a field out
 *   to keep the preset's value (see platformPresets.ts).
 * - Attribution is last touch (the exposure that crossed the threshold). A conversion tipped by
 *   a brand reply goes to the channel whose post the agent was sharing: replies add to a chain,
 *   they do not start one.
 * - Buyers keep sharing and can still mute later (they then count as converted and churned).
 *   An agent who mutes after deciding to share never posts.
 * - Ads reach only agents not reached yet, so an agent sees at most one ad (one impression).
 * - Hired KOLs are paid when booked, even if their step lies beyond the simulated horizon.
 * - `depth` follows the who-reached-whom tree; `R` follows the who-recruited-whom tree (the
 *   poster whose exposure triggered an agent's first share): R is a reproduction number.
 * - `concentration` only counts conversions referred by a sharer (not by ads or the brand).
 */
import type { SeedingSpec } from '../seeding/seedingSpec';

/** How people see each other's posts on the simulated platform; a preset of `ties` and fatigue. */
export type Platform = 'neutral' | 'broadcast-feed' | 'private-circles' | 'group-chats';
export const PLATFORMS = ['neutral', 'broadcast-feed', 'private-circles', 'group-chats'] as const satisfies readonly Platform[];

/** Trust and visibility of one tie kind. */
export interface TieChannel {
  /** Weight of one exposure through this tie in the viewer's accumulated trust, and a factor of its share chance. [0, 1]. */
  trust: number;
  /** Share of posts an audience member actually sees (feed ranking, muted groups…). [0, 1]. */
  visibility: number;
}

/** Resolved trust and visibility of every channel. */
export interface TieSettings {
  strong: TieChannel;
  weak: TieChannel;
  follow: TieChannel;
  /** Brand replies: trust added by one reply from the official account. [0, 1]. */
  brand: { trust: number };
  /** Paid ads / offline: trust of one ad exposure and factor of its share chance. [0, 1]. */
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
  /** Paid once per seed user (and per second-wave poster). ≥ 0, default 20. */
  costPerSeed: number;
  /** Fixed fee per hired KOL. ≥ 0, default 500. */
  kolBaseFee: number;
  /** Fee per follower (audience arc) of each hired KOL. ≥ 0, default 0.05. */
  kolFeePerFollower: number;
  /** Price of one ad impression (one agent reached by an ad). ≥ 0, default 0.02. */
  costPerImpression: number;
  /** Value of one conversion (margin per order). ≥ 0, default 50. */
  valuePerConversion: number;
}

/** `scenario.model` for the dividend model. */
export interface DividendModelSpec {
  kind: 'dividend';
  /** Platform preset of tie trust/visibility and fatigue. Default "neutral" (everything 1: the textbook cascade). */
  platform: Platform;
  /** Overrides of the preset's tie settings. Default {} (the preset as is). */
  ties: TieOverrides;
  conversion: {
    /** Median accumulated trust an agent needs to buy. (0, 50], default 2.5: one stranger rarely sells, three friends usually do. */
    threshold: number;
    /** Lognormal σ of the per-agent threshold; 0 = everyone has exactly the median. [0, 3], default 0.5. */
    spread: number;
  };
  fatigue: {
    /** Median annoyance an agent tolerates before muting; missing/null = the platform's (3, group chats 1.5). (0, 100]. */
    tolerance?: number | null;
    /** Lognormal σ of the per-agent tolerance. [0, 3], default 0.5. */
    spread: number;
  };
  /** The k-th exposure counts (1 + socialProof·(k−1)) × its trust: several sharers convince more than one. [0, 5], default 0.3. */
  socialProof: number;
  /** Share chance × (1 + rewardLift × reward) per currency unit of reward per share. [0, 10], default 0.3. */
  rewardLift: number;
  /** Annoyance per exposure × (1 + rewardAnnoyance × reward): rewarded sharing feels like spam. [0, 10], default 0.3. */
  rewardAnnoyance: number;
  /** Lognormal σ of per-agent engagement (mean 1), a factor of the share chance; used by core-fans seeding. [0, 3], default 0.5. */
  engagementSpread: number;
  economics: DividendEconomics;
}

/** Relevance of the content: one value, one per community (index = community id), or a default with exceptions. */
export type RelevanceSpec = number | number[] | { default: number; byCommunity: Record<string, number> };

/** The content (information). */
export interface ContentSpec {
  /** Appeal: the base share chance per exposure. [0, 1], default 0.3. */
  quality: number;
  /** Fit to each community's interest, [0, 1]: multiplies share chance and trust gained. Default 1. */
  relevance: RelevanceSpec;
  /** How ad-like it feels: annoyance added per exposure. [0, 1], default 0.2. */
  promotional: number;
  /** Novelty half-life in hours: share chance × 0.5^(age/halfLife); null or 0 = no decay. [0, 10000], default 24. */
  halfLife: number | null;
  /** Steps at which the seed users post (again). Each is a wave; agents share at most once per wave. Default [0]; at most 26 entries. */
  waves: number[];
}

/** The strategy-level levers of the dividend model (extra fields on each strategy; defaults = lever off). */
export interface DividendStrategySpec {
  content: ContentSpec;
  /** Hire the `hire` largest KOL accounts (graph.kolNodes, in rank order); they post at `step`. Default {hire: 0, step: 0}. */
  kols: { hire: number; step: number };
  /** "AB group": at `step`, the `count` sharers who reached most people first post again as a new wave. Default null. */
  secondWave: { step: number; count: number } | null;
  /** Reward paid per organic share (currency): raises share chance, costs money, adds annoyance. Default 0. */
  incentives: { rewardPerShare: number };
  /** Share of sharers the official account replies to; a reply adds ties.brand.trust. [0, 1], default 0. */
  brandReplies: number;
  /** Paid ads/offline: per-step chance that an unreached agent is reached, from step `from` to `to` (inclusive; null = to the end). Default reach 0. */
  ads: { reach: number; from: number; to: number | null };
}

/** Seeding methods of a dividend strategy: the engine's plus "core-fans" (most engaged agents of the most relevant communities). */
export type DividendSeedingMethod = SeedingSpec['method'] | 'core-fans';
export interface DividendSeedingSpec extends Omit<SeedingSpec, 'method'> {
  method: DividendSeedingMethod;
}

/** Content of an ad is at least this promotional, whatever the organic content's setting. */
export const ADS_MIN_PROMOTIONAL = 0.5;
/** At most this many waves per run (the per-agent "shared in wave w" flags share one 32-bit word with 3 state flags). */
export const MAX_WAVES = 29;
/** content.waves may hold at most this many entries (KOL, second-wave and ads waves take the other 3). */
export const MAX_SEED_WAVES = MAX_WAVES - 3;

export const DIVIDEND_MODEL_DEFAULTS: DividendModelSpec = {
  kind: 'dividend',
  platform: 'neutral',
  ties: {},
  conversion: { threshold: 2.5, spread: 0.5 },
  fatigue: { tolerance: null, spread: 0.5 },
  socialProof: 0.3,
  rewardLift: 0.3,
  rewardAnnoyance: 0.3,
  engagementSpread: 0.5,
  economics: { costPerSeed: 20, kolBaseFee: 500, kolFeePerFollower: 0.05, costPerImpression: 0.02, valuePerConversion: 50 },
};

export const DIVIDEND_STRATEGY_DEFAULTS: DividendStrategySpec = {
  content: { quality: 0.3, relevance: 1, promotional: 0.2, halfLife: 24, waves: [0] },
  kols: { hire: 0, step: 0 },
  secondWave: null,
  incentives: { rewardPerShare: 0 },
  brandReplies: 0,
  ads: { reach: 0, from: 0, to: null },
};

/** Bounds of a numeric field; `integer` fields are steps or counts. */
export interface FieldRange {
  min: number;
  max: number;
  integer?: boolean;
}

const UNIT: FieldRange = { min: 0, max: 1 };
const MONEY: FieldRange = { min: 0, max: 1e9 };
const STEP: FieldRange = { min: 0, max: 10_000, integer: true };

/** Ranges of the model's numeric fields, by dotted path inside `model` (`ties.*` applies to each channel). */
export const DIVIDEND_MODEL_RANGES: Record<string, FieldRange> = {
  'ties.*.trust': UNIT,
  'ties.*.visibility': UNIT,
  'conversion.threshold': { min: 0, max: 50 },
  'conversion.spread': { min: 0, max: 3 },
  'fatigue.tolerance': { min: 0.01, max: 100 },
  'fatigue.spread': { min: 0, max: 3 },
  socialProof: { min: 0, max: 5 },
  rewardLift: { min: 0, max: 10 },
  rewardAnnoyance: { min: 0, max: 10 },
  engagementSpread: { min: 0, max: 3 },
  'economics.costPerSeed': MONEY,
  'economics.kolBaseFee': MONEY,
  'economics.kolFeePerFollower': MONEY,
  'economics.costPerImpression': MONEY,
  'economics.valuePerConversion': MONEY,
};

/** Ranges of a strategy's numeric dividend fields, by dotted path inside the strategy (`[]` = each entry). */
export const DIVIDEND_STRATEGY_RANGES: Record<string, FieldRange> = {
  'content.quality': UNIT,
  'content.relevance': UNIT,
  'content.promotional': UNIT,
  'content.halfLife': { min: 0, max: 10_000 },
  'content.waves[]': STEP,
  'content.waves.length': { min: 0, max: MAX_SEED_WAVES, integer: true },
  'kols.hire': { min: 0, max: 10_000, integer: true },
  'kols.step': STEP,
  'secondWave.step': STEP,
  'secondWave.count': { min: 0, max: 2_010_000, integer: true },
  'incentives.rewardPerShare': { min: 0, max: 1e6 },
  brandReplies: UNIT,
  'ads.reach': UNIT,
  'ads.from': STEP,
  'ads.to': STEP,
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

/** Why a network kind cannot host the dividend model, or null when it can (for the validator). */
export function dividendNetworkProblem(networkKind: string): string | null {
  return networkKind === 'fully-mixed'
    ? 'the dividend model needs explicit ties (strong/weak/follow); use erdos-renyi with a high mean degree instead of fully-mixed'
    : null;
}
