/**
 * The per-run numbers a scenario reports, by model: their column names (stable English
 * identifiers, the same in the JSON `runs` rows, the `summary` keys and the per-run CSV) and
 * what each means. Canonical models report the base five; the dividend model reports every key
 * of DIVIDEND_METRICS, with the attribution counts named `convertedBy…` so a spreadsheet column
 * says what it counts.
 */
import { DIVIDEND_METRICS, type DividendMetric } from '../core/dividend/dividendOutcome';
import type { Scenario } from '../core/scenario';

/** Columns of every model, first in every row. */
export const BASE_RUN_COLUMNS = ['reached', 'shared', 'converted', 'churned', 'steps'] as const;

/** Dividend metrics published under another name. */
const RENAMED: Partial<Record<DividendMetric, string>> = {
  attributionSeed: 'convertedBySeed',
  attributionKol: 'convertedByKol',
  attributionOrganic: 'convertedByOrganic',
  attributionAds: 'convertedByAds',
};

/** A dividend metric and the column it is published as. */
export interface DividendColumn {
  column: string;
  metric: DividendMetric;
}

/**
 * Every dividend metric in DIVIDEND_METRICS order: reached, shared, converted, then the lift and
 * its parts beside the total (incrementalConverted, organicBuyers, accelerated, lostOrganic), then
 * churned, steps and the rest. Collected per run by name, so the order is only presentation.
 */
export const DIVIDEND_RUN_COLUMNS: readonly DividendColumn[] = (Object.keys(DIVIDEND_METRICS) as DividendMetric[]).map((metric) => ({
  column: RENAMED[metric] ?? metric,
  metric,
}));

/** What each column means (the README's column table is generated from the same words). */
export const RUN_COLUMN_DOCS: Readonly<Record<string, string>> = {
  reached: 'agents who saw the content at least once (seeds and KOLs included)',
  shared: 'agents who shared it (canonical models: activated, seeds included)',
  converted: 'agents who bought (canonical models: the same as shared)',
  churned: 'agents who muted the campaign (canonical models: 0)',
  steps: 'last step at which anything changed',
  ...Object.fromEntries(
    DIVIDEND_RUN_COLUMNS.filter((c) => !(BASE_RUN_COLUMNS as readonly string[]).includes(c.column)).map((c) => [c.column, DIVIDEND_METRICS[c.metric]]),
  ),
};

const DIVIDEND_COLUMN_NAMES: readonly string[] = DIVIDEND_RUN_COLUMNS.map((c) => c.column);

/** The per-run columns of a scenario's model, in order. */
export function runColumnsOf(scenario: Pick<Scenario, 'model'>): readonly string[] {
  return scenario.model.kind === 'dividend' ? DIVIDEND_COLUMN_NAMES : BASE_RUN_COLUMNS;
}
