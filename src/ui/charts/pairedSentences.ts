/**
 * The words of a paired comparison, in the metric's direction: "B beats A in 87% of runs" /
 * "+120 conversions per run [95% CI 90–150]" where more is better, "B costs less than A in 90% of
 * runs" / "costs 300 less per run [95% CI 250–350]" where less is better (cost, cost per sale,
 * people who muted) — never "beats in 0 % of runs, −300 cost".
 */
import type { PairedComparison } from './chartData';
import { formatCount, formatInterval, formatMoney, formatPercent, isFiniteNumber } from './format';

export const PAIRED_TEXT = {
  baseline: 'Baseline',
  beats: '{b} beats {a} in {share} of runs',
  difference: '{diff} {noun} per run [95% CI {ci}]',
  /** Lower-is-better money (cost, cost per sale): who is cheaper, never "beats in 0 %". */
  cheaper: '{b} costs less than {a} in {share} of runs',
  /** Lower-is-better counts (people who muted). */
  fewer: '{b} has fewer {noun} than {a} in {share} of runs',
  costsLess: 'costs {amount} less per run [95% CI {ci}]',
  costsMore: 'costs {amount} more per run [95% CI {ci}]',
  costPerSaleLess: 'costs {amount} less per incremental sale [95% CI {ci}]',
  costPerSaleMore: 'costs {amount} more per incremental sale [95% CI {ci}]',
  fewerPerRun: '{amount} fewer {noun} per run [95% CI {ci}]',
  morePerRun: '{amount} more {noun} per run [95% CI {ci}]',
  noDifference: 'no difference',
  better: 'better',
  worse: 'worse',
  axis: 'Difference in {noun} per run vs {a}',
  needTwo: 'Add a second strategy to compare it with the baseline',
  /** Between signed interval bounds ("−30 to +50"). */
  to: ' to ',
};

/** Plural nouns for the usual metrics ("+120 conversions"). */
export const METRIC_NOUNS: Record<string, string> = {
  reached: 'people reached',
  shared: 'shares',
  converted: 'conversions',
  incrementalConverted: 'incremental sales',
  churned: 'people who muted',
  revenue: 'revenue',
  cost: 'cost',
  costPerConversion: 'cost per incremental sale',
  roi: 'ROI',
};

/** Metrics where less is better: their comparisons are worded as savings, not as wins. */
export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['churned', 'cost', 'costPerConversion']);

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** The value formatter for a metric's differences; `signed` puts "+" on positive values. */
export function differenceFormat(metric: string, locale?: string, currency?: string, signed = true): (v: number) => string {
  const plus = (v: number, text: string) => (signed && v > 0 ? `+${text}` : text);
  if (metric === 'roi') return (v) => plus(v, formatPercent(v, locale));
  if (metric === 'revenue' || metric === 'cost' || metric === 'costPerConversion') {
    return (v) => plus(v, formatMoney(v, locale, currency));
  }
  return (v) => plus(v, formatCount(v, locale));
}

/** "90–150" when both bounds are positive (as people say it), "−30 to +50" otherwise. */
function intervalText(lo: number, hi: number, metric: string, locale: string | undefined, currency: string | undefined, to: string): string {
  const unsigned = lo >= 0 && hi >= 0;
  return formatInterval(lo, hi, differenceFormat(metric, locale, currency, !unsigned), to);
}

/**
 * The two lines of a comparison row, worded in the metric's direction: for conversions "B beats A
 * in 87% of runs" / "+120 conversions per run [95% CI 90–150]"; for a cost "B costs less than A in
 * 90% of runs" / "costs 300 less per run [95% CI 250–350]" (the interval is of the saving), never
 * "beats in 0 % of runs, −300 cost". `c.shareBetter` is the share of runs where B's value is
 * HIGHER (ties half), so for lower-is-better metrics the share that reads "better" is 1 − it.
 */
export function comparisonSentences(
  c: PairedComparison,
  baseline: string,
  locale?: string,
  currency?: string,
  text = PAIRED_TEXT,
  nouns: Record<string, string> = METRIC_NOUNS,
): [string, string] {
  const words = { ...PAIRED_TEXT, ...text };
  const noun = nouns[c.metric] ?? METRIC_NOUNS[c.metric] ?? c.metric;
  const [lo, hi] = c.ci95 ?? [NaN, NaN];
  const to = words.to ?? PAIRED_TEXT.to;
  if (!LOWER_IS_BETTER.has(c.metric)) {
    const fmt = differenceFormat(c.metric, locale, currency);
    const first = fill(words.beats, { a: baseline, b: c.name, share: formatPercent(c.shareBetter, locale) });
    const second = fill(words.difference, { diff: isFiniteNumber(c.meanDifference) ? fmt(c.meanDifference) : 'n/a', noun, ci: intervalText(lo, hi, c.metric, locale, currency, to) });
    return [first, second];
  }
  const share = formatPercent(isFiniteNumber(c.shareBetter) ? 1 - c.shareBetter : NaN, locale);
  const money = c.metric !== 'churned';
  const first = fill(money ? words.cheaper : words.fewer, { a: baseline, b: c.name, share, noun });
  // A saving (B below A) is said as "less" with the interval of the saving (A − B); anything else as "more".
  const less = isFiniteNumber(c.meanDifference) && c.meanDifference < 0;
  const amount = isFiniteNumber(c.meanDifference) ? differenceFormat(c.metric, locale, currency, false)(Math.abs(c.meanDifference)) : 'n/a';
  const ci = less ? intervalText(-hi, -lo, c.metric, locale, currency, to) : intervalText(lo, hi, c.metric, locale, currency, to);
  const template = !money
    ? less ? words.fewerPerRun : words.morePerRun
    : c.metric === 'costPerConversion'
      ? less ? words.costPerSaleLess : words.costPerSaleMore
      : less ? words.costsLess : words.costsMore;
  return [first, fill(template, { amount, noun, ci })];
}

