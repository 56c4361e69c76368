/**
 * Sanity guidance: results outside published ranges, and the lever that most likely causes them.
 * Pure: the summary rows and the scenario in, notes out (worded by verdictText.ts).
 *
 * Rules (each per strategy):
 * - more than 5 % of the people reached buy because of the campaign — e-commerce and
 *   recommendation benchmarks are 2–3 % (Leskovec, Adamic & Huberman 2007; the evidence suite's
 *   `conversion-rate` finding: 2.4 % at the defaults);
 * - ROI above +500 % — influencer-marketing claims are about +480 % (5.78 returned per 1 spent,
 *   Influencer Marketing Hub), and they are the optimistic end;
 * - a cost per extra sale below 1 — a sale for less than the price of a sample.
 * The lever named first is the setting of the scenario most likely behind it, in the rule's own
 * order of suspects; the others found set unusually are listed after it.
 */
import { DIVIDEND_MODEL_DEFAULTS } from '../../../core/dividend/dividendSpec';
import type { DividendScenario } from '../../../core/scenario';
import type { StrategySummary } from './strategySummary';

/** Published ranges the rules check against. */
const SANITY_LIMITS = {
  /** Share of reached people who buy because of the campaign. */
  liftShareOfReached: 0.05,
  /** ROI as a ratio: +500 %. */
  roi: 5,
  /** Cost per extra sale, in the scenario's money. */
  costPerSale: 1,
} as const;

/** Settings that push results past the published ranges. */
export type Lever = 'platformNeutral' | 'adsTrust' | 'quality' | 'prices' | 'buyingCurve';

/** Quality from this on is "great content" or beyond (0.2–0.4 in the README's calibration; ordinary content is 0.015). */
const QUALITY_SUSPECT = 0.2;
/** Ads trust above this is over three times the presets' calibrated 0.015. */
const ADS_TRUST_SUSPECT = 0.05;
/** A price below this share of its default (or a value per sale above its inverse) is cheap. */
const PRICE_SUSPECT_SHARE = 0.5;
/** A plateau above this multiple of the default, or a half-dose below its inverse, buys too easily. */
const CURVE_SUSPECT_FACTOR = 2;

export type SanityRule = 'liftShareOfReached' | 'roi' | 'costPerSale';

/** The suspects of each rule, most likely first. */
const SUSPECTS: Record<SanityRule, readonly Lever[]> = {
  liftShareOfReached: ['platformNeutral', 'adsTrust', 'buyingCurve', 'quality'],
  roi: ['prices', 'platformNeutral', 'quality', 'buyingCurve', 'adsTrust'],
  costPerSale: ['prices', 'platformNeutral', 'quality', 'buyingCurve', 'adsTrust'],
};

export interface SanityNote {
  rule: SanityRule;
  /** Strategy index. */
  strategy: number;
  /** The strategy's value (a share, a ratio, money). */
  value: number;
  /** The limit it crossed. */
  limit: number;
  /** Levers set unusually, most likely first; empty when none is. */
  levers: Lever[];
}

/** The levers of strategy `i` that are set unusually (in no particular order). */
export function unusualLevers(scenario: DividendScenario, i: number): Set<Lever> {
  const model = scenario.model;
  const s = scenario.strategies[i];
  const out = new Set<Lever>();
  if (model.platform === 'neutral') out.add('platformNeutral');
  const adsTrust = model.ties.ads?.trust;
  if (s.ads.reach > 0 && adsTrust !== undefined && adsTrust > ADS_TRUST_SUSPECT) out.add('adsTrust');
  if (s.content.quality >= QUALITY_SUSPECT) out.add('quality');
  const prices = model.economics;
  const base = DIVIDEND_MODEL_DEFAULTS.economics;
  const cheap = (value: number, normal: number) => value < PRICE_SUSPECT_SHARE * normal;
  if (
    prices.valuePerConversion > base.valuePerConversion / PRICE_SUSPECT_SHARE ||
    (s.seeding.count > 0 && cheap(prices.costPerSeed, base.costPerSeed)) ||
    (s.kols.hire > 0 && (cheap(prices.kolBaseFee, base.kolBaseFee) || cheap(prices.kolFeePerFollower, base.kolFeePerFollower))) ||
    (s.ads.reach > 0 && cheap(prices.costPerImpression, base.costPerImpression))
  )
    out.add('prices');
  const curve = model.conversion;
  const normal = DIVIDEND_MODEL_DEFAULTS.conversion;
  if (curve.plateau > CURVE_SUSPECT_FACTOR * normal.plateau || curve.halfDose < normal.halfDose / CURVE_SUSPECT_FACTOR) out.add('buyingCurve');
  return out;
}

/** Every note of every strategy, in strategy order then rule order. */
export function sanityNotes(summaries: readonly StrategySummary[], scenario: DividendScenario): SanityNote[] {
  const notes: SanityNote[] = [];
  summaries.forEach((s, i) => {
    const crossed: [SanityRule, number | null, number][] = [
      ['liftShareOfReached', s.liftShareOfReached, SANITY_LIMITS.liftShareOfReached],
      ['roi', s.roi, SANITY_LIMITS.roi],
      ['costPerSale', s.costPerSale, SANITY_LIMITS.costPerSale],
    ];
    for (const [rule, value, limit] of crossed) {
      if (value === null || !Number.isFinite(value)) continue;
      const out = rule === 'costPerSale' ? value < limit : value > limit;
      if (!out) continue;
      const unusual = unusualLevers(scenario, i);
      notes.push({ rule, strategy: i, value, limit, levers: SUSPECTS[rule].filter((l) => unusual.has(l)) });
    }
  });
  return notes;
}
