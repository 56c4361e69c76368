/**
 * Checking a scenario's `uncertainty` against the validated scenario: every path names numbers
 * of this scenario that are unknowns of the world, no field is drawn twice, and every value a
 * distribution can draw is one the field accepts. Defaults are filled (a normal's or
 * lognormal's truncation bounds become the field's range), so a result's scenario re-runs as is.
 *
 * Which paths may be uncertain: the world's parameters — `model.…` (what calibration fits) and
 * `network.…` other than its sizes and counts (mixing, mean degree, exponents, KOL reach) — and
 * the content's (`strategies[…].content.…` but its waves): how appealing, relevant and
 * promotional people find a piece of content is not known before launch either. A strategy's
 * other levers (seed counts, KOL hires, rewards, ads, timing) are decisions the strategist
 * makes: to ask "what if I seeded 50?" compare it as a strategy or sweep it. Sizes and counts
 * are refused because seed counts, node lists, per-community relevance and the memory limits
 * are checked against them: a world of another size is another scenario, not an unknown of
 * this one.
 *
 * The field's range is the validator's own: the field is set to NaN in a copy and the range
 * the validator states for it is read back, so no table can drift from the schemas; then the
 * whole scenario is validated with the field at each end of the distribution's bounds (which
 * also catches limits across fields, e.g. a mean degree below the node count).
 */
import type { Scenario } from '../core/scenario';
import type { SingleDistribution, UncertaintyEntry } from '../core/uncertainty/uncertaintySpec';
import { isIntegerField } from '../sweep/integerFields';
import { expandParamPath, formatPath, parseParamPath, withValues, type ConcretePath } from '../sweep/paramPath';
import { SweepInputError } from '../sweep/sweepError';
import { problem } from './issues';
import type { Reason, ScenarioProblem } from './reasons';
import type { ScenarioCheck } from './validateScenario';
import type { ParsedEntry } from './uncertaintySchema';

type Check = (input: unknown) => ScenarioCheck;
type PathPart = string | number;

/** May `field` (concrete) be uncertain? See the module comment. */
function isUncertainField(scenario: Scenario, field: ConcretePath): boolean {
  if (field[0] === 'model') return true;
  if (field[0] === 'network') return !isIntegerField(scenario, field);
  return field[0] === 'strategies' && field[2] === 'content' && field[3] !== 'waves';
}

/** The scenario without its uncertainty: what probes and end checks validate. */
function certain(scenario: Scenario): Scenario {
  const { uncertainty: _ignored, ...rest } = scenario;
  return rest as Scenario;
}

const RANGE_CODES = new Set(['numberRange', 'intRange', 'evenIntRange', 'positiveNumber', 'relevance']);

/** The range the validator states for `field`, or null when it states none. */
function fieldRange(base: Scenario, field: ConcretePath, check: Check): { min: number; max: number } | null {
  const probed = check(withValues(base, [field], NaN));
  if (probed.ok) return null;
  const at = formatPath(field);
  for (const p of probed.problems) {
    if (p.path !== at || !RANGE_CODES.has(p.reason.code)) continue;
    const r = p.reason as Extract<Reason, { min?: number; max: number }>;
    return { min: 'min' in r && typeof r.min === 'number' ? r.min : 0, max: r.max };
  }
  return null;
}

interface Resolved {
  fields: ConcretePath[];
  min: number;
  max: number;
}

/** Resolve one path; problems are reported at `at`. */
function resolvePath(base: Scenario, path: string, at: readonly PathPart[], check: Check, problems: ScenarioProblem[]): Resolved | null {
  let fields: ConcretePath[];
  try {
    fields = expandParamPath(base, parseParamPath(path));
  } catch (error) {
    if (!(error instanceof SweepInputError)) throw error;
    const kind = /not a parameter path|parameter path:/.test(error.message) ? 'syntax' : /not a numeric field/.test(error.message) ? 'notNumber' : 'unknown';
    problems.push(problem(at, { code: 'uncertainPath', problem: kind }));
    return null;
  }
  if (fields.some((f) => !isUncertainField(base, f))) {
    problems.push(problem(at, { code: 'uncertainNotWorld' }));
    return null;
  }
  let min = -Infinity;
  let max = Infinity;
  for (const f of fields) {
    const range = fieldRange(base, f, check);
    if (range === null) {
      problems.push(problem(at, { code: 'uncertainPath', problem: 'notNumber' }));
      return null;
    }
    min = Math.max(min, range.min);
    max = Math.min(max, range.max);
  }
  return { fields, min, max };
}

/** Validate the scenario with `fields` at `value`; the first problem's reason, or null. */
function endProblem(base: Scenario, fields: readonly ConcretePath[], value: number, check: Check): Reason | null {
  const checked = check(withValues(base, fields, value));
  return checked.ok ? null : checked.problems[0].reason;
}

/**
 * Check parsed entries against the validated scenario: the entries with defaults filled, or
 * null with the problems added.
 */
export function checkUncertainty(entries: readonly ParsedEntry[], scenario: Scenario, check: Check, problems: ScenarioProblem[]): UncertaintyEntry[] | null {
  const base = certain(scenario);
  const from = problems.length;
  const drawnBy = new Map<string, string>();
  const out: UncertaintyEntry[] = [];

  const claim = (resolved: Resolved, at: readonly PathPart[]) => {
    for (const f of resolved.fields) {
      const key = formatPath(f);
      const other = drawnBy.get(key);
      if (other !== undefined) {
        problems.push(problem(at, { code: 'uncertainTwice', other }));
        return;
      }
      drawnBy.set(key, formatPath(at));
    }
  };

  /** Both ends inside the field's range and accepted by the validator. */
  const checkEnds = (resolved: Resolved, path: string, low: number, high: number, at: readonly PathPart[]): boolean => {
    const integer = resolved.fields.every((f) => isIntegerField(base, f));
    for (const [end, value] of [['low', low], ['high', high]] as const) {
      const v = integer ? Math.round(value) : value;
      if (v < resolved.min || v > resolved.max) {
        problems.push(problem([...at, end], { code: 'uncertainRange', field: path, min: resolved.min, max: resolved.max, got: { kind: 'value', text: String(value) } }));
        return false;
      }
      const reason = endProblem(base, resolved.fields, v, check);
      if (reason !== null) {
        problems.push(problem([...at, end], reason));
        return false;
      }
    }
    return true;
  };

  entries.forEach((entry, i) => {
    const d = entry.distribution;
    if (d.kind === 'posterior') {
      const resolvedAll: Resolved[] = [];
      d.paths.forEach((path, k) => {
        const at = ['uncertainty', i, 'distribution', 'paths', k];
        const resolved = resolvePath(base, path, at, check, problems);
        if (resolved === null) return;
        claim(resolved, at);
        resolvedAll.push(resolved);
        let lo = Infinity;
        let hi = -Infinity;
        let outside = -1;
        d.particles.forEach((p, j) => {
          const v = p.values[k];
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          if (outside < 0 && (v < resolved.min || v > resolved.max)) outside = j;
        });
        if (outside >= 0) {
          problems.push(
            problem(['uncertainty', i, 'distribution', 'particles', outside, 'values', k], {
              code: 'uncertainRange',
              field: path,
              min: resolved.min,
              max: resolved.max,
              got: { kind: 'value', text: String(d.particles[outside].values[k]) },
            }),
          );
          return;
        }
        for (const v of [lo, hi]) {
          const reason = endProblem(base, resolved.fields, v, check);
          if (reason !== null) {
            problems.push(problem(at, reason));
            return;
          }
        }
      });
      if (resolvedAll.length === d.paths.length)
        out.push({ distribution: { kind: 'posterior', paths: [...d.paths], particles: d.particles.map((p) => ({ weight: p.weight, values: [...p.values] })) } });
      return;
    }
    const path = entry.path!;
    const at = ['uncertainty', i, 'path'];
    const resolved = resolvePath(base, path, at, check, problems);
    if (resolved === null) return;
    claim(resolved, at);
    const dAt = ['uncertainty', i, 'distribution'];
    let filled: SingleDistribution;
    if (d.kind === 'uniform') filled = { kind: 'uniform', low: d.low, high: d.high };
    else if (d.kind === 'normal') filled = { kind: 'normal', mean: d.mean, sd: d.sd, low: d.low ?? resolved.min, high: d.high ?? resolved.max };
    else filled = { kind: 'lognormal', median: d.median, sigma: d.sigma, low: d.low ?? Math.max(0, resolved.min), high: d.high ?? resolved.max };
    if (!(filled.high > filled.low)) {
      problems.push(problem([...dAt, 'high'], { code: 'lowBelowHigh', low: filled.low, got: { kind: 'value', text: String(filled.high) } }));
      return;
    }
    if (filled.kind === 'lognormal' && filled.low < 0) {
      problems.push(problem([...dAt, 'low'], { code: 'uncertainRange', field: path, min: 0, max: resolved.max, got: { kind: 'value', text: String(filled.low) } }));
      return;
    }
    if (!checkEnds(resolved, path, filled.low, filled.high, dAt)) return;
    out.push({ path, distribution: filled });
  });
  return problems.length > from ? null : out;
}
