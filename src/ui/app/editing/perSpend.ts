/**
 * The summary bar's numbers per strategy: mean extra sales, people reached and cost per run, and
 * the same per 1,000 of spend — the equal-budget view, where a strategy that spends twice as
 * much does not win by spending. Per 1,000 spent is a ratio of means (Σ ÷ Σ over the runs, as
 * the verdict's cost per extra sale), null for a strategy that spends nothing.
 */
import type { SimulationResult } from '../../../runtime/resultFormat';

export const SPEND_UNIT = 1000;

export interface SpendRow {
  /** Mean extra (incremental) sales per run; canonical models: mean conversions. */
  sales: number;
  reached: number;
  /** Mean cost per run; null when the model has no money. */
  cost: number | null;
  salesPerSpend: number | null;
  reachedPerSpend: number | null;
}

/** Per `SPEND_UNIT` of `cost`; null when nothing was spent. */
export function perSpend(amount: number, cost: number | null): number | null {
  if (cost === null || !Number.isFinite(cost) || cost <= 0 || !Number.isFinite(amount)) return null;
  return (amount / cost) * SPEND_UNIT;
}

function mean(summary: unknown, column: string): number | null {
  const v = (summary as Record<string, { mean?: unknown } | undefined> | undefined)?.[column]?.mean;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** One row per strategy of a (partial or complete) result. */
export function spendRows(result: SimulationResult): SpendRow[] {
  return result.strategies.map((s) => {
    const sales = mean(s.summary, 'incrementalConverted') ?? mean(s.summary, 'converted') ?? 0;
    const reached = mean(s.summary, 'reached') ?? 0;
    const cost = mean(s.summary, 'cost');
    return { sales, reached, cost, salesPerSpend: perSpend(sales, cost), reachedPerSpend: perSpend(reached, cost) };
  });
}
