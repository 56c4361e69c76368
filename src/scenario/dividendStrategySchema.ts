/**
 * The dividend levers of a strategy (extra fields on each strategy of a dividend scenario):
 * content {quality, relevance, promotional, halfLife, waves}, kols {hire, step}, secondWave
 * {step, count} | null, incentives {rewardPerShare}, brandReplies, ads {reach, from, to}.
 * Ranges and defaults come from DIVIDEND_STRATEGY_RANGES / DIVIDEND_STRATEGY_DEFAULTS
 * (src/core/dividend/dividendSpec.ts); a missing lever is off. Checks that need the network or
 * the step count (KOLs to hire, communities, steps) are in dividendChecks.ts.
 */
import { z } from 'zod';
import { DIVIDEND_STRATEGY_DEFAULTS, type RelevanceSpec } from '../core/dividend/dividendSpec';
import { DIVIDEND_STRATEGY_RANGES } from '../core/dividend/dividendRanges';
import { isPlainObject, objectField, reasonFor, stringField } from './fields';
import { encodeReason, withInput, type Reason } from './reasons';
import { MAX_NAME_LENGTH, MAX_NODES, MIN_MEAN_COMMUNITY_SIZE } from './limits';
import { RangeTable } from './rangedFields';
import { dividendSeedingSchema, strategyListSchema } from './strategySchema';

/** Ranges and defaults of the dividend strategy levers. */
export const dividendStrategyRanges = new RangeTable(DIVIDEND_STRATEGY_RANGES, DIVIDEND_STRATEGY_DEFAULTS);
const R = dividendStrategyRanges;

/** More relevance entries than any network can have communities. */
const MAX_RELEVANCE_ENTRIES = Math.floor(MAX_NODES / MIN_MEAN_COMMUNITY_SIZE);

const relevanceRange = R.range('content.relevance');
const inRelevanceRange = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= relevanceRange.min && v <= relevanceRange.max;
/** The relevance bounds, as reasons carry them. */
const bounds = { min: relevanceRange.min, max: relevanceRange.max };

/** Why a relevance value is not acceptable, or null. Community ids are checked against the network later. */
function relevanceProblem(v: unknown): Reason | null {
  if (inRelevanceRange(v)) return null;
  if (Array.isArray(v)) {
    if (v.length > MAX_RELEVANCE_ENTRIES) return { code: 'relevanceTooMany', max: MAX_RELEVANCE_ENTRIES };
    const bad = v.findIndex((x) => !inRelevanceRange(x));
    return bad < 0 ? null : { code: 'relevanceEntry', index: bad, ...bounds };
  }
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    const unknown = keys.find((k) => k !== 'default' && k !== 'byCommunity');
    if (unknown !== undefined) return { code: 'relevanceUnknownField' };
    if (!inRelevanceRange(v.default)) return { code: 'relevanceDefault', ...bounds };
    if (v.byCommunity === undefined) return null;
    if (!isPlainObject(v.byCommunity)) return { code: 'byCommunityObject' };
    const ids = Object.keys(v.byCommunity);
    if (ids.length > MAX_RELEVANCE_ENTRIES) return { code: 'byCommunityTooMany', max: MAX_RELEVANCE_ENTRIES };
    for (const id of ids) {
      if (!/^(0|[1-9]\d{0,8})$/.test(id)) return { code: 'byCommunityKeys' };
      if (!inRelevanceRange(v.byCommunity[id])) return { code: 'byCommunityValue', id, ...bounds };
    }
    return null;
  }
  return withInput({ code: 'relevance', ...bounds }, v);
}

/** content.relevance: the output is rebuilt from the checked input, never the user's object itself. */
const relevanceField = z
  .unknown()
  .superRefine((v, ctx) => {
    const reason = relevanceProblem(v);
    if (reason !== null) ctx.addIssue({ code: 'custom', message: encodeReason(reason) });
  })
  .transform((v): RelevanceSpec => {
    if (typeof v === 'number') return v;
    if (Array.isArray(v)) return v.map(Number);
    const o = v as { default: number; byCommunity?: Record<string, unknown> };
    const byCommunity: Record<string, number> = {};
    // Keys are digits only (checked above), so no key can touch a prototype.
    for (const id of Object.keys(o.byCommunity ?? {})) byCommunity[id] = Number(o.byCommunity![id]);
    return { default: o.default, byCommunity };
  });

const wavesRange = R.range('content.waves.length');
const wavesField = z
  .array(R.field('content.waves[]'), { error: (issue) => reasonFor({ code: 'stepList' }, issue.input) })
  .max(wavesRange.max, { error: encodeReason({ code: 'tooManyWaves', max: wavesRange.max }) });

const content = objectField(
  {
    quality: R.withDefault('content.quality'),
    relevance: relevanceField.default(() => R.defaultOf<number>('content.relevance')),
    promotional: R.withDefault('content.promotional'),
    halfLife: R.field('content.halfLife').nullable().default(() => R.defaultOf<number>('content.halfLife')),
    waves: wavesField.default(() => R.defaultOf<number[]>('content.waves')),
  },
  { fields: '{quality, relevance, promotional, halfLife, waves}' },
);

const kols = objectField(
  { hire: R.withDefault('kols.hire'), fromRank: R.withDefault('kols.fromRank'), step: R.withDefault('kols.step') },
  { fields: '{hire, fromRank, step}' },
);

const secondWave = objectField(
  { step: R.field('secondWave.step'), count: R.field('secondWave.count') },
  { fields: '{step, count}', orNull: true },
);

const incentives = objectField({ rewardPerShare: R.withDefault('incentives.rewardPerShare') }, { fields: '{rewardPerShare}' });

const ads = objectField(
  {
    reach: R.withDefault('ads.reach'),
    from: R.withDefault('ads.from'),
    to: R.field('ads.to').nullable().default(null),
  },
  { fields: '{reach, from, to}' },
);

/** One strategy of a dividend scenario: name, seeding (core-fans allowed) and the levers, defaults filled. */
export const dividendStrategySchema = objectField(
  {
    name: stringField(1, MAX_NAME_LENGTH),
    seeding: dividendSeedingSchema,
    content: content.prefault({}),
    kols: kols.prefault({}),
    secondWave: secondWave.nullable().default(null),
    incentives: incentives.prefault({}),
    brandReplies: R.withDefault('brandReplies'),
    ads: ads.prefault({}),
  },
  { fields: '{name, seeding, content?, kols?, secondWave?, incentives?, brandReplies?, ads?}' },
);

/** The `strategies` section of a dividend scenario. */
export const dividendStrategiesSchema = strategyListSchema(dividendStrategySchema);
