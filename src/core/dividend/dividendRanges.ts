/**
 * What the scenario validator accepts in the dividend model's numeric fields: the range of each
 * field by dotted path, and the retired field names of scenario version 1 it refuses. The model's
 * contract (types, defaults, mechanics) is dividendSpec.ts; these bounds live apart because only
 * the validation side reads them (scenario schemas, the sweep's integer fields, the page's editors).
 */
import { MAX_SEED_WAVES } from './dividendSpec';

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
  'conversion.plateau': UNIT,
  'conversion.halfDose': { min: 0.01, max: 100 },
  'conversion.steepness': { min: 0.5, max: 8 },
  'conversion.repeatWeight': UNIT,
  'conversion.memoryHalfLife': { min: 0, max: 100_000 },
  advocacy: UNIT,
  organicDemand: { min: 0, max: 0.5 },
  'response.medianHours': { min: 1, max: 1000 },
  'response.spread': { min: 0, max: 3 },
  'fatigue.tolerance': { min: 0.01, max: 100 },
  'fatigue.spread': { min: 0, max: 3 },
  'adResponse.peakFrequency': { min: 1, max: 50 },
  kolEngagementDecay: UNIT,
  'rewards.maxLift': { min: 0, max: 20 },
  'rewards.halfSize': { min: 0.001, max: 10 },
  'rewards.strongTieShare': UNIT,
  'rewards.receiverDiscount': UNIT,
  'rewards.spam': { min: 0, max: 10 },
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
  'kols.fromRank': { min: 1, max: 10_000, integer: true },
  'kols.step': STEP,
  'secondWave.step': STEP,
  'secondWave.count': { min: 0, max: 2_010_000, integer: true },
  'incentives.rewardPerShare': { min: 0, max: 1e6 },
  brandReplies: UNIT,
  'ads.reach': UNIT,
  'ads.from': STEP,
  'ads.to': STEP,
};

/**
 * Fields of the first dividend model (scenario version 1) that this model replaced: reading them
 * silently would change what a file means, so the validator refuses each with its replacement.
 */
export const RETIRED_MODEL_FIELDS: Readonly<Record<string, string>> = {
  'conversion.threshold': 'conversion.halfDose and conversion.plateau (buying is dose–response now)',
  'conversion.spread': 'conversion.steepness (each person draws a uniform buying threshold)',
  socialProof: 'conversion.repeatWeight and conversion.steepness (distinct sources add dose)',
  rewardLift: 'rewards.maxLift and rewards.halfSize (diminishing returns in the reward)',
  rewardAnnoyance: 'rewards.spam',
};
