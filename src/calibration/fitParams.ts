/**
 * What a calibration fits: numeric paths of the scenario (the same paths as a sweep,
 * src/sweep/paramPath.ts — `strategies[0].content.quality`, `model.conversion.plateau`,
 * `strategies[*].seeding.count`), each with a uniform prior range LO:HI. The rest of the scenario
 * stays as set. Both ends of every range are validated like a sweep's grid points before anything
 * runs, and so is every candidate the algorithm proposes (a candidate the validator refuses —
 * possible only through a rule across fields — has prior density 0).
 *
 * Whole-number fields (counts, steps) are fitted on a continuous latent value drawn uniformly on
 * [LO − ½, HI + ½) and rounded, so every whole number of the range has the same prior mass;
 * results report the rounded value that was simulated.
 */
import type { Scenario } from '../core/scenario';
import { problemLine } from '../scenario/problemText';
import { checkScenario } from '../scenario/validateScenario';
import { isIntegerField } from '../sweep/integerFields';
import { drawnField } from '../sweep/uncertainFields';
import { expandParamPath, formatPath, parseParamPath, withValues, type ConcretePath } from '../sweep/paramPath';
import { SweepInputError } from '../sweep/sweepError';
import { strategyIndex } from '../sweep/sweepPlan';
import { CalibrationInputError, shownText } from './calibrationError';

/** A parameter as the user gives it. */
export interface FitSpec {
  path: string;
  lo: number;
  hi: number;
}

/** A parameter as planned. */
export interface FitParameter extends FitSpec {
  /** The concrete fields it sets (one per strategy for `strategies[*]…`). */
  fields: string[];
  /** Whole-number field: the latent value is rounded. */
  integer: boolean;
}

/** Most parameters fitted at once (ABC needs many more simulations per added dimension). */
export const MAX_FIT_PARAMETERS = 8;

/** Paths that are not parameters of the world or the campaign. */
const NOT_FITTABLE = new Set(['runs', 'steps', 'version']);

/** `strategies[0].content.quality=0.05:0.4` → {path, lo, hi}. */
export function parseFitSpec(text: string): FitSpec {
  const eq = text.lastIndexOf('=');
  const bad = (why: string) => new CalibrationInputError(`--fit ${shownText(text, 80)}: ${why}; write PATH=LO:HI, e.g. --fit strategies[0].content.quality=0.05:0.4`);
  if (eq <= 0) throw bad('no "="');
  const path = text.slice(0, eq).trim();
  const range = text.slice(eq + 1).split(':');
  if (range.length !== 2) throw bad('the range needs exactly one ":"');
  const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
  const [lo, hi] = range.map((r) => (number.test(r) ? Number(r) : NaN));
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) throw bad('LO and HI must be numbers');
  if (!(lo < hi)) throw new CalibrationInputError(`--fit ${shownText(text, 80)}: LO must be below HI (got ${lo}:${hi})`);
  return { path, lo, hi };
}

/** The fitted parameters and the base scenario they vary. */
export interface FitPlan {
  /** The scenario every candidate varies (only the fitted strategy, runs = runs per particle). */
  base: Scenario;
  params: FitParameter[];
  /** Per parameter, the concrete fields it sets, as resolved against the full scenario. */
  concrete: ConcretePath[][];
}

/**
 * Resolve and check the parameters against `scenario` (validated). `strategy` names the strategy
 * that ran (default: the only one); `runsPerParticle` becomes the candidates' run count.
 */
export function planFit(scenario: Scenario, specs: readonly FitSpec[], options: { strategy?: string; runsPerParticle: number }): FitPlan {
  if (specs.length === 0) throw new CalibrationInputError('missing --fit PATH=LO:HI (e.g. --fit strategies[0].content.quality=0.05:0.4)');
  if (specs.length > MAX_FIT_PARAMETERS) throw new CalibrationInputError(`at most ${MAX_FIT_PARAMETERS} --fit parameters (got ${specs.length})`);
  let keep = 0;
  if (options.strategy !== undefined) keep = sweepError(() => strategyIndex(scenario, options.strategy!));
  else if (scenario.strategies.length > 1) {
    const names = scenario.strategies.map((s) => JSON.stringify(s.name)).join(', ');
    throw new CalibrationInputError(`the scenario has ${scenario.strategies.length} strategies (${names}); name the one that ran with --strategy NAME`);
  }
  const concrete: ConcretePath[][] = [];
  const params: FitParameter[] = specs.map((spec) => {
    const steps = sweepError(() => parseParamPath(spec.path));
    let fields = sweepError(() => expandParamPath(scenario, steps));
    if (fields.some((f) => NOT_FITTABLE.has(String(f[0])))) throw new CalibrationInputError(`${shownText(spec.path, 80)}: not a parameter of the world or the campaign; it cannot be fitted`);
    // Fields of strategies that did not run change nothing that is simulated.
    fields = fields.filter((f) => f[0] !== 'strategies' || f[1] === keep);
    if (fields.length === 0) throw new CalibrationInputError(`${shownText(spec.path, 80)}: does not touch the strategy that ran (strategies[${keep}])`);
    const drawn = drawnField(scenario, fields);
    if (drawn !== null)
      throw new CalibrationInputError(`${shownText(spec.path, 80)}: ${drawn.field} is drawn per run by the scenario's uncertainty (${drawn.path}); fit it or draw it, not both`);
    const integer = fields.every((f) => isIntegerField(scenario, f));
    if (integer && !(Math.round(spec.lo) < Math.round(spec.hi)))
      throw new CalibrationInputError(`--fit ${shownText(spec.path, 80)}: a whole-number field needs LO and HI at least one whole number apart (got ${spec.lo}:${spec.hi})`);
    concrete.push(fields);
    return { ...spec, fields: fields.map((f) => formatPath(f)), integer };
  });
  const seen = new Map<string, string>();
  for (const p of params) {
    for (const f of p.fields) {
      if (seen.has(f)) throw new CalibrationInputError(`${shownText(p.path, 80)} and ${shownText(seen.get(f)!, 80)} both set ${f}; fit each field once`);
      seen.set(f, p.path);
    }
  }
  const plan: FitPlan = { base: keepStrategy({ ...scenario, runs: options.runsPerParticle } as Scenario, keep, scenario), params, concrete };
  // Both ends of every range must be values the field can take (the interior then is, for ranged fields).
  for (const end of ['lo', 'hi'] as const) {
    const values = params.map((p) => (p.integer ? Math.round(p[end]) : p[end]));
    for (let i = 0; i < params.length; i++) {
      const only = params.map((p, j) => (j === i ? values[i] : midpoint(p)));
      const checked = candidateCheck(plan, only);
      if (!checked.ok) throw new CalibrationInputError(`--fit ${shownText(params[i].path, 80)}=${params[i].lo}:${params[i].hi}: at ${end === 'lo' ? 'LO' : 'HI'} = ${values[i]}: ${checked.problem}`);
    }
  }
  return plan;
}

function midpoint(p: FitParameter): number {
  const m = (p.lo + p.hi) / 2;
  return p.integer ? Math.round(m) : m;
}

function sweepError<T>(f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof SweepInputError) throw new CalibrationInputError(error.message);
    throw error;
  }
}

/** Keep strategy `keep` of `original` in `scenario`. */
function keepStrategy(scenario: Scenario, keep: number, original: Scenario): Scenario {
  return { ...scenario, strategies: [original.strategies[keep]] } as Scenario;
}

/** The latent range of a parameter: [lo, hi], or [lo − ½, hi + ½) for whole numbers. */
export function latentRange(p: FitParameter): [number, number] {
  return p.integer ? [Math.round(p.lo) - 0.5, Math.round(p.hi) + 0.5] : [p.lo, p.hi];
}

/** The value simulated for a latent value: itself, or rounded (and kept within the range) for whole numbers. */
export function simulatedValue(p: FitParameter, latent: number): number {
  if (!p.integer) return latent;
  return Math.min(Math.round(p.hi), Math.max(Math.round(p.lo), Math.round(latent)));
}

/** True when every latent value lies in its prior range. */
export function insidePrior(params: readonly FitParameter[], latent: readonly number[]): boolean {
  return params.every((p, i) => {
    const [lo, hi] = latentRange(p);
    return latent[i] >= lo && (p.integer ? latent[i] < hi : latent[i] <= hi);
  });
}

/** Validate the candidate with these simulated values: its scenario, or the first problem. */
export function candidateCheck(plan: FitPlan, values: readonly number[]): { ok: true; scenario: Scenario } | { ok: false; problem: string } {
  let variant: unknown = plan.base;
  // Concrete paths were resolved against the full scenario: a strategy index becomes 0 here.
  plan.concrete.forEach((fields, i) => {
    variant = withValues(
      variant,
      fields.map((f) => (f[0] === 'strategies' ? ['strategies', 0, ...f.slice(2)] : f)),
      values[i],
    );
  });
  const result = checkScenario(variant);
  if (result.ok) return { ok: true, scenario: result.scenario };
  const extra = result.problems.length - 1;
  return { ok: false, problem: `${problemLine(result.problems[0])}${extra > 0 ? ` (and ${extra} more problems)` : ''}` };
}
