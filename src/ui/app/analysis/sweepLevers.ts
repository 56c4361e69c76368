/**
 * The numeric levers a sweep can move in the Analyse area: each a path into the scenario with a
 * human label and a sensible default range, offered only where the scenario has that number (its
 * model and network kind, its KOL accounts). Labels are English; the panel translates them from
 * the controls' Chinese labels. Pure: no DOM.
 */
import type { Scenario } from '../../../core/scenario';

/** A numeric lever of the scenario a sweep can move. */
export interface Lever {
  /** Stable id (the path with `{s}` for the strategy part). */
  id: string;
  label: string;
  /** Path pattern; `{s}` is replaced by a strategy index or `*`. */
  path: string;
  /** Per-strategy lever (`strategies[{s}]…`). */
  perStrategy: boolean;
  /** Default range and grid points. */
  from: number;
  to: number;
  steps: number;
  /** Only for dividend scenarios. */
  dividendOnly: boolean;
}

const lever = (path: string, label: string, from: number, to: number, steps: number, dividendOnly = true): Lever => ({
  id: path,
  label,
  path,
  perStrategy: path.startsWith('strategies[{s}]'),
  from,
  to,
  steps,
  dividendOnly,
});

/** Every lever offered, in menu order. */
export const LEVERS: readonly Lever[] = [
  lever('strategies[{s}].content.quality', 'Content quality', 0, 1, 21),
  lever('strategies[{s}].seeding.count', 'Seed users', 0, 500, 21, false),
  lever('strategies[{s}].kols.hire', 'KOLs hired', 0, 10, 11),
  lever('strategies[{s}].incentives.rewardPerShare', 'Reward per share', 0, 5, 21),
  lever('strategies[{s}].brandReplies', 'Brand replies', 0, 1, 11),
  lever('strategies[{s}].ads.reach', 'Ad reach (per hour)', 0, 0.02, 11),
  lever('strategies[{s}].content.promotional', 'Promotional intensity', 0, 1, 11),
  lever('strategies[{s}].content.relevance', 'Relevance', 0, 1, 11),
  lever('network.mixing', 'Weak ties (mixing)', 0, 1, 11, false),
  lever('network.meanDegree', 'Mean ties per person', 2, 20, 10, false),
  lever('model.probability', 'Transmission probability (cascade)', 0, 0.3, 16, false),
];

/** The levers that exist in `scenario` (its model and network kind). */
export function leversFor(scenario: Scenario): Lever[] {
  const dividend = scenario.model.kind === 'dividend';
  const network = scenario.network as unknown as Record<string, unknown>;
  const model = scenario.model as unknown as Record<string, unknown>;
  const kols = scenario.network.kols?.count ?? 0;
  return LEVERS.filter((l) => {
    if (l.dividendOnly && !dividend) return false;
    // Hiring needs KOL accounts in the network; the range stops at their number.
    if (l.path.endsWith('kols.hire')) return kols > 0;
    if (l.path.startsWith('network.')) return typeof network[l.path.slice('network.'.length)] === 'number';
    if (l.path.startsWith('model.')) return typeof model[l.path.slice('model.'.length)] === 'number';
    return true;
  }).map((l) => (l.path.endsWith('kols.hire') ? { ...l, to: Math.min(l.to, kols), steps: Math.min(l.steps, kols + 1) } : l));
}

/** The concrete path of a lever for strategy `s` (an index, or 'all' for every strategy). */
export function leverPath(l: Lever, s: number | 'all'): string {
  return l.path.replace('{s}', s === 'all' ? '*' : String(s));
}

