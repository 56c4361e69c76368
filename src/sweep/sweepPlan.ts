/**
 * Planning a sweep: one or two numeric parameters of a scenario, each over a grid of values,
 * give a list of grid points; each point is a full scenario variant, RE-VALIDATED with
 * validateScenario so a value outside a field's range is reported with the field's path
 * (`at strategies[0].content.quality = 1.2: strategies[0].content.quality: must be a number
 * between 0 and 1 (got 1.2)`) before anything is simulated.
 *
 * Every variant keeps the base scenario's seed and run count, so grid point A's run 7 and grid
 * point B's run 7 happen in the same world with the same per-agent and per-arc draws (common
 * random numbers): the curve moves only because the parameter moved, which is what makes it smooth.
 */
import type { Scenario } from '../core/scenario';
import { problemLine } from '../scenario/problemText';
import { checkScenario } from '../scenario/validateScenario';
import { isIntegerField } from './integerFields';
import { expandParamPath, formatPath, parseParamPath, withValues, type ConcretePath } from './paramPath';
import { drawnField } from './uncertainFields';
import { SweepInputError } from './sweepError';
import { gridValues, MAX_SWEEP_POINTS } from './sweepGrid';

/** What the user asks for one parameter. */
export interface SweepParamSpec {
  /** Parameter path, e.g. `strategies[*].content.quality`. */
  path: string;
  from: number;
  to: number;
  /** Grid points, ends included. */
  steps: number;
}

/** A parameter as planned. */
export interface SweepParam extends SweepParamSpec {
  /** The concrete fields it sets (one per strategy for `strategies[*]…`). */
  fields: string[];
  /** Whole-number field: values were rounded. */
  integer: boolean;
  /** The grid values, in order. */
  values: number[];
}

/** One grid point: a value per parameter and the validated scenario variant. */
export interface SweepPoint {
  /** Position in the plan (parameter 0 varies slowest). */
  index: number;
  /** Index into each parameter's `values`. */
  coords: number[];
  /** The parameter values of this point. */
  values: number[];
  scenario: Scenario;
}

export interface SweepPlan {
  /** The base scenario (after the strategy filter), what every point varies. */
  base: Scenario;
  params: SweepParam[];
  points: SweepPoint[];
}

export interface SweepPlanOptions {
  /** Keep only this strategy (by name); parameter paths still count strategies of the full scenario. */
  strategy?: string;
}

/** Plan a 1-D or 2-D sweep of `base` (a validated scenario). Throws SweepInputError for bad input. */
export function planSweep(base: Scenario, specs: readonly SweepParamSpec[], options: SweepPlanOptions = {}): SweepPlan {
  if (specs.length < 1 || specs.length > 2) throw new SweepInputError('a sweep takes one or two parameters (--param)');
  const keep = options.strategy === undefined ? null : strategyIndex(base, options.strategy);
  const resolved = specs.map((spec) => {
    let fields = expandParamPath(base, parseParamPath(spec.path));
    if (keep !== null) {
      // Fields of the strategies left out would change nothing that is simulated.
      fields = fields.filter((f) => f[0] !== 'strategies' || f[1] === keep);
      if (fields.length === 0)
        throw new SweepInputError(`${spec.path}: does not touch strategy "${options.strategy}" (strategies[${keep}]); use strategies[${keep}]… or strategies[*]…`);
    }
    const drawn = drawnField(base, fields);
    if (drawn !== null)
      throw new SweepInputError(`${spec.path}: ${drawn.field} is drawn per run by the scenario's uncertainty (${drawn.path}); sweep it or draw it, not both`);
    const integer = fields.every((f) => isIntegerField(base, f));
    return { spec, fields, integer, values: gridValues(spec.from, spec.to, spec.steps, integer, spec.path) };
  });
  if (resolved.length === 2) {
    const [a, b] = resolved.map((r) => new Set(r.fields.map((f) => formatPath(f))));
    const shared = [...a].find((f) => b.has(f));
    if (shared !== undefined) throw new SweepInputError(`the two parameters both set ${shared}; sweep two different fields`);
  }
  const count = resolved.reduce((n, r) => n * r.values.length, 1);
  if (count > MAX_SWEEP_POINTS) throw new SweepInputError(`the sweep has ${count} grid points; at most ${MAX_SWEEP_POINTS} are allowed`);

  const params: SweepParam[] = resolved.map((r) => ({ ...r.spec, fields: r.fields.map((f) => formatPath(f)), integer: r.integer, values: r.values }));
  const points: SweepPoint[] = [];
  const coordsList: number[][] = resolved.length === 1 ? resolved[0].values.map((_, i) => [i]) : resolved[0].values.flatMap((_, i) => resolved[1].values.map((_, j) => [i, j]));
  for (const coords of coordsList) {
    let variant: unknown = base;
    const values = coords.map((c, p) => resolved[p].values[c]);
    resolved.forEach((r, p) => {
      variant = withValues(variant, r.fields, values[p]);
    });
    if (keep !== null) variant = keepStrategy(variant as Scenario, keep);
    points.push({ index: points.length, coords, values, scenario: validated(variant, params, values) });
  }
  return { base: keep === null ? base : validated(keepStrategy(base, keep), [], []), params, points };
}

/** Position of the strategy called `name`; SweepInputError listing the names when there is none. */
export function strategyIndex(scenario: Scenario, name: string): number {
  const index = scenario.strategies.findIndex((s) => s.name === name);
  if (index < 0) {
    const names = scenario.strategies.map((s) => JSON.stringify(s.name)).join(', ');
    throw new SweepInputError(`--strategy: no strategy named ${JSON.stringify(name.slice(0, 100))} (the scenario has ${names})`);
  }
  return index;
}

function keepStrategy(scenario: Scenario, index: number): Scenario {
  return { ...scenario, strategies: [scenario.strategies[index]] } as Scenario;
}

/** Validate a variant; its first problem becomes the error, prefixed with the grid point. */
function validated(variant: unknown, params: readonly SweepParamSpec[], values: readonly number[]): Scenario {
  const result = checkScenario(variant);
  if (result.ok) return result.scenario;
  const at = params.map((p, i) => `${p.path} = ${values[i]}`).join(', ');
  const extra = result.problems.length - 1;
  const more = extra > 0 ? ` (and ${extra} more problems)` : '';
  const [first] = result.problems;
  throw new SweepInputError(`${at ? `at ${at}: ` : ''}${problemLine(first)}${more}`, { kind: 'gridPoint', at, problem: first, more: extra });
}

export type { ConcretePath };
