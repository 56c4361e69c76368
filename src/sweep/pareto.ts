/**
 * The Pareto frontier of (cost, conversions): the allocations no other allocation beats on both
 * counts — none costs no more AND converts at least as many, with one of the two strictly better.
 * Everything below the frontier wastes money: a frontier point buys as many conversions for less.
 */

/** A point to rank: mean cost and mean conversions; ineligible points (over budget) are ignored. */
export interface CostValuePoint {
  cost: number;
  value: number;
  eligible: boolean;
}

/**
 * Indices of the frontier points, by increasing cost (and so increasing value). Exact duplicates
 * keep the first index only; points with a non-finite cost or value are never on the frontier.
 */
export function paretoFrontier(points: readonly CostValuePoint[]): number[] {
  const order = points
    .map((p, i) => i)
    .filter((i) => points[i].eligible && Number.isFinite(points[i].cost) && Number.isFinite(points[i].value))
    // Cheapest first; at equal cost the best first, so a worse point at the same cost is dominated.
    .sort((a, b) => points[a].cost - points[b].cost || points[b].value - points[a].value || a - b);
  const frontier: number[] = [];
  let best = -Infinity;
  for (const i of order) {
    if (points[i].value > best) {
      frontier.push(i);
      best = points[i].value;
    }
  }
  return frontier;
}
