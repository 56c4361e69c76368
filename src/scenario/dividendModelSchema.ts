/**
 * Scenario section `model` for `kind: "dividend"`: the world-level settings of the dividend
 * model (platform, tie trust/visibility overrides, conversion, fatigue, social proof, reward
 * effects, engagement, economics). Every range and default comes from DIVIDEND_MODEL_RANGES and
 * DIVIDEND_MODEL_DEFAULTS (src/core/dividend/dividendSpec.ts, which also documents the mechanics).
 *
 * `ties` holds overrides of the platform preset: a missing channel or field keeps the preset's
 * value, so the validated scenario keeps only what the user wrote (the core resolves the rest).
 */
import { z } from 'zod';
import { DIVIDEND_MODEL_DEFAULTS, PLATFORMS } from '../core/dividend/dividendSpec';
import { DIVIDEND_MODEL_RANGES } from '../core/dividend/dividendRanges';
import { objectField, oneOfField } from './fields';
import { RangeTable } from './rangedFields';

/** Ranges and defaults of the dividend model's world fields. */
export const dividendModelRanges = new RangeTable(DIVIDEND_MODEL_RANGES, DIVIDEND_MODEL_DEFAULTS);
const R = dividendModelRanges;

/** One tie kind's override: trust and/or visibility. */
const channelOverride = objectField(
  {
    trust: R.field('ties.*.trust').optional(),
    visibility: R.field('ties.*.visibility').optional(),
  },
  { fields: '{trust?, visibility?}' },
);

/** Brand replies and ads have a trust only (visibility does not apply). */
const trustOverride = objectField({ trust: R.field('ties.*.trust').optional() }, { fields: '{trust?}' });

const ties = objectField(
  {
    strong: channelOverride.optional(),
    weak: channelOverride.optional(),
    follow: channelOverride.optional(),
    brand: trustOverride.optional(),
    ads: trustOverride.optional(),
  },
  { fields: '{strong?, weak?, follow?, brand?, ads?}' },
);

/** The `model` section of a dividend scenario (kind "dividend"). */
export const dividendModelShape = objectField({
  kind: z.literal('dividend'),
  platform: oneOfField(PLATFORMS).default(() => R.defaultOf<(typeof PLATFORMS)[number]>('platform')),
  ties: ties.prefault({}),
  conversion: objectField(
    {
      plateau: R.withDefault('conversion.plateau'),
      halfDose: R.withDefault('conversion.halfDose'),
      steepness: R.withDefault('conversion.steepness'),
      repeatWeight: R.withDefault('conversion.repeatWeight'),
      // null or 0 = the dose never fades.
      memoryHalfLife: R.field('conversion.memoryHalfLife').nullable().default(() => R.defaultOf<number>('conversion.memoryHalfLife')),
    },
    { fields: '{plateau, halfDose, steepness, repeatWeight, memoryHalfLife}' },
  ).prefault({}),
  advocacy: R.withDefault('advocacy'),
  organicDemand: R.withDefault('organicDemand'),
  response: objectField(
    { medianHours: R.withDefault('response.medianHours'), spread: R.withDefault('response.spread') },
    { fields: '{medianHours, spread}' },
  ).prefault({}),
  fatigue: objectField(
    {
      // null (or missing) = the platform's tolerance.
      tolerance: R.field('fatigue.tolerance').nullable().default(null),
      spread: R.withDefault('fatigue.spread'),
    },
    { fields: '{tolerance, spread}' },
  ).prefault({}),
  adResponse: objectField({ peakFrequency: R.withDefault('adResponse.peakFrequency') }, { fields: '{peakFrequency}' }).prefault({}),
  kolEngagementDecay: R.withDefault('kolEngagementDecay'),
  rewards: objectField(
    {
      maxLift: R.withDefault('rewards.maxLift'),
      halfSize: R.withDefault('rewards.halfSize'),
      strongTieShare: R.withDefault('rewards.strongTieShare'),
      receiverDiscount: R.withDefault('rewards.receiverDiscount'),
      spam: R.withDefault('rewards.spam'),
    },
    { fields: '{maxLift, halfSize, strongTieShare, receiverDiscount, spam}' },
  ).prefault({}),
  engagementSpread: R.withDefault('engagementSpread'),
  economics: objectField(
    {
      costPerSeed: R.withDefault('economics.costPerSeed'),
      kolBaseFee: R.withDefault('economics.kolBaseFee'),
      kolFeePerFollower: R.withDefault('economics.kolFeePerFollower'),
      costPerImpression: R.withDefault('economics.costPerImpression'),
      valuePerConversion: R.withDefault('economics.valuePerConversion'),
    },
    { fields: '{costPerSeed, kolBaseFee, kolFeePerFollower, costPerImpression, valuePerConversion}' },
  ).prefault({}),
});
