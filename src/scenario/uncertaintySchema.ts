/**
 * The shape of the scenario's `uncertainty` list (the paths and ranges are judged against the
 * validated scenario in uncertaintyChecks.ts):
 *
 *   "uncertainty": [
 *     { "path": "model.conversion.plateau", "distribution": { "kind": "uniform", "low": 0.05, "high": 0.2 } },
 *     { "path": "model.advocacy", "distribution": { "kind": "normal", "mean": 0.2, "sd": 0.05 } },
 *     { "path": "network.mixing", "distribution": { "kind": "lognormal", "median": 0.2, "sigma": 0.4, "high": 0.6 } },
 *     { "distribution": { "kind": "posterior", "paths": ["strategies[*].content.quality", "model.conversion.plateau"],
 *                         "particles": [{ "weight": 0.01, "values": [0.19, 0.11] }, …] } }
 *   ]
 *
 * normal and lognormal take optional truncation bounds `low`/`high` (default: the field's range).
 */
import { z } from 'zod';
import { customField, isPlainObject, kindUnion, numberField, objectField, positiveNumberField, reasonFor } from './fields';
import { issuesToProblems, problem } from './issues';
import { describeValue, type ScenarioProblem } from './reasons';
import { MAX_PATH_LENGTH } from '../sweep/paramPath';

/** Most entries of `uncertainty` (each adds a dimension the runs must cover). */
const MAX_UNCERTAIN_ENTRIES = 16;
/** Most paths of one posterior (a calibration fits at most 8). */
const MAX_POSTERIOR_PATHS = 8;
/** Most particles of one posterior (a calibration keeps at most 20,000). */
const MAX_PARTICLES = 20_000;
/** Largest magnitude of a distribution's number (fields never exceed 1e9). */
const MAX_UNCERTAIN_NUMBER = 1e12;
/** Largest sigma of a lognormal (e^10 ≈ 22,000-fold either side is already no information). */
const MAX_LOG_SIGMA = 10;

const DISTRIBUTION_KINDS = ['uniform', 'normal', 'lognormal', 'posterior'] as const;

const anyNumber = numberField(-MAX_UNCERTAIN_NUMBER, MAX_UNCERTAIN_NUMBER);
const pathText = customField<string>((v) => typeof v === 'string' && v.length >= 1 && v.length <= MAX_PATH_LENGTH, {
  code: 'textLength',
  min: 1,
  max: MAX_PATH_LENGTH,
});

const uniform = objectField({ kind: z.literal('uniform'), low: anyNumber, high: anyNumber });
const normal = objectField({
  kind: z.literal('normal'),
  mean: anyNumber,
  sd: positiveNumberField(MAX_UNCERTAIN_NUMBER),
  low: anyNumber.optional(),
  high: anyNumber.optional(),
});
const lognormal = objectField({
  kind: z.literal('lognormal'),
  median: positiveNumberField(MAX_UNCERTAIN_NUMBER),
  sigma: positiveNumberField(MAX_LOG_SIGMA),
  low: anyNumber.optional(),
  high: anyNumber.optional(),
});
const particle = objectField(
  {
    weight: numberField(0, MAX_UNCERTAIN_NUMBER),
    values: z.array(anyNumber, { error: (issue) => reasonFor({ code: 'valuesLength', count: 0 }, issue.input) }),
  },
  { fields: '{weight, values}' },
);
const posterior = objectField({
  kind: z.literal('posterior'),
  paths: z
    .array(pathText, { error: (issue) => reasonFor({ code: 'posteriorPaths', max: MAX_POSTERIOR_PATHS }, issue.input) })
    .min(1, { error: (issue) => reasonFor({ code: 'posteriorPaths', max: MAX_POSTERIOR_PATHS }, issue.input) })
    .max(MAX_POSTERIOR_PATHS, { error: (issue) => reasonFor({ code: 'posteriorPaths', max: MAX_POSTERIOR_PATHS }, issue.input) }),
  particles: z
    .array(particle, { error: (issue) => reasonFor({ code: 'particleList', max: MAX_PARTICLES }, issue.input) })
    .min(1, { error: (issue) => reasonFor({ code: 'particleList', max: MAX_PARTICLES }, issue.input) }),
});

const distribution = kindUnion([uniform, normal, lognormal, posterior], DISTRIBUTION_KINDS);

const entry = objectField({ path: pathText.optional(), distribution }, { fields: '{path, distribution}' });

export type ParsedEntry = z.output<typeof entry>;

/**
 * Parse the raw `uncertainty` value: its entries, or null with the problems added. Checks that
 * need no scenario are made here: list sizes, low < high, a path exactly where one belongs, one
 * value per path in every particle, weights that add up to more than 0.
 */
export function parseUncertainty(raw: unknown, problems: ScenarioProblem[]): ParsedEntry[] | null {
  const listReason = { code: 'uncertaintyList', max: MAX_UNCERTAIN_ENTRIES } as const;
  if (!Array.isArray(raw) || raw.length > MAX_UNCERTAIN_ENTRIES) {
    problems.push(problem(['uncertainty'], Array.isArray(raw) ? { ...listReason, got: { kind: 'value', text: String(raw.length) } } : { ...listReason, got: describeValue(raw) }));
    return null;
  }
  const from = problems.length;
  const entries: ParsedEntry[] = [];
  raw.forEach((value, i) => {
    // A hostile million particles costs nothing: refused before parsing.
    const d = isPlainObject(value) && isPlainObject(value.distribution) ? value.distribution : null;
    if (d !== null && Array.isArray(d.particles) && d.particles.length > MAX_PARTICLES) {
      problems.push(problem(['uncertainty', i, 'distribution', 'particles'], { code: 'particleList', max: MAX_PARTICLES, got: { kind: 'value', text: String(d.particles.length) } }));
      return;
    }
    const parsed = entry.safeParse(value);
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, ['uncertainty', i]));
      return;
    }
    const e = parsed.data;
    const at = ['uncertainty', i] as const;
    const dist = e.distribution;
    if (dist.kind === 'posterior') {
      if (e.path !== undefined) problems.push(problem([...at, 'path'], { code: 'posteriorNoPath' }));
      let total = 0;
      dist.particles.forEach((p, j) => {
        total += p.weight;
        if (p.values.length !== dist.paths.length)
          problems.push(problem([...at, 'distribution', 'particles', j, 'values'], { code: 'valuesLength', count: dist.paths.length }));
      });
      if (!(total > 0)) problems.push(problem([...at, 'distribution', 'particles'], { code: 'weightsSum' }));
    } else {
      if (e.path === undefined) problems.push(problem([...at, 'path'], { code: 'required' }));
      if (dist.low !== undefined && dist.high !== undefined && !(dist.high > dist.low))
        problems.push(problem([...at, 'distribution', 'high'], { code: 'lowBelowHigh', low: dist.low, got: { kind: 'value', text: String(dist.high) } }));
    }
    entries.push(e);
  });
  return problems.length > from ? null : entries;
}
