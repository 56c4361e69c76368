/**
 * The world of one run index under a scenario's uncertainty: the values it draws
 * (src/core/uncertainty/drawUncertainty.ts) set into a copy of the scenario. Only the objects
 * along the drawn paths are copied (src/sweep/paramPath.ts), so a run whose draws touch no
 * `network.…` field keeps the very same network spec — the worker's network cache still
 * recognises it and the one shared network is generated once — while a drawn network parameter
 * changes the spec and so gives that run its own network (generated from the same random
 * stream: common random numbers across parameter values).
 */
import { rootKey, type StreamKey } from '../core/random';
import type { Scenario } from '../core/scenario';
import { drawUncertainValues, prepareDraws, type PreparedDraws } from '../core/uncertainty/drawUncertainty';
import { uncertainPaths } from '../core/uncertainty/uncertaintySpec';
import { isIntegerField } from '../sweep/integerFields';
import { expandParamPath, parseParamPath, withValues, type ConcretePath } from '../sweep/paramPath';

/** A scenario's uncertainty, resolved once. */
export interface UncertaintyPlan {
  /** The drawn paths, in order (CSV columns, sensitivity rows). */
  paths: string[];
  /** Per path, the concrete fields it sets (one per strategy for `strategies[*]…`). */
  fields: ConcretePath[][];
  /** Per path, whether its field takes whole numbers (the draw is rounded). */
  integer: boolean[];
  draws: PreparedDraws;
  root: StreamKey;
}

/** The plan of a validated scenario, or null when it declares no uncertainty. */
export function planUncertainty(scenario: Scenario): UncertaintyPlan | null {
  const entries = scenario.uncertainty;
  if (entries === undefined || entries.length === 0) return null;
  const paths = uncertainPaths(entries);
  const fields = paths.map((p) => expandParamPath(scenario, parseParamPath(p)));
  const integer = fields.map((fs) => fs.every((f) => isIntegerField(scenario, f)));
  return { paths, fields, integer, draws: prepareDraws(entries, integer), root: rootKey(scenario.seed) };
}

/** The values run `run` simulates, one per plan path (whole-number fields rounded). */
export function drawnValues(plan: UncertaintyPlan, run: number): number[] {
  return drawUncertainValues(plan.draws, plan.root, run).map((v, k) => (plan.integer[k] ? Math.round(v) : v));
}

/** The scenario of run `run`: the drawn values set, everything else shared with `scenario`. */
export function scenarioForRun(scenario: Scenario, plan: UncertaintyPlan, run: number): Scenario {
  let variant: unknown = scenario;
  drawnValues(plan, run).forEach((value, k) => {
    variant = withValues(variant, plan.fields[k], value);
  });
  return variant as Scenario;
}

/** Every run's drawn values: draws[run][k] for plan path k. */
export function drawsByRun(plan: UncertaintyPlan, runs: number): number[][] {
  return Array.from({ length: runs }, (_, run) => drawnValues(plan, run));
}
