/**
 * Scenario file format v1: the top-level fields. The sections `network`, `model` and
 * `strategies` have their own schemas (networkSchema.ts, modelSchema.ts, strategySchema.ts)
 * and are parsed separately by validateScenario, so a bad network does not hide a bad strategy.
 *
 * {
 *   "version": 1,                 required; this build reads version 1
 *   "name": "…",                  required, 1–100 characters
 *   "description": "…",           optional, ≤ 5000 characters, default ""
 *   "translations": {"zh-CN": {"name", "description"}}   optional: the title and description in another UI language
 *   "seed": "…",                  optional random seed, 1–200 characters (a number is turned into text), default "dividend-lab"
 *   "runs": 100,                  optional Monte Carlo runs per strategy, 1–10000, default 100
 *   "steps": 100,                 optional steps per run, 1–10000, default 100
 *   "network": {"kind": …},       required
 *   "model": {"kind": …},         required; independent-cascade, linear-threshold, bass or dividend
 *   "strategies": [{"name", "seeding": {"method", "count", "nodes"?}}]   required, 1–8
 * }
 * With `model.kind: "dividend"` each strategy may also carry the dividend levers (content, kols,
 * secondWave, incentives, brandReplies, ads; dividendStrategySchema.ts) and seed by core-fans.
 */
import { customField, integerField, objectField, stringField } from './fields';
import { withInput } from './reasons';
import {
  DEFAULT_RUNS,
  DEFAULT_SEED,
  DEFAULT_STEPS,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RUNS,
  MAX_SEED_LENGTH,
  MAX_STEPS,
  READABLE_VERSIONS,
  SCENARIO_VERSION,
} from './limits';

const versionField = customField<number>(
  (v) => typeof v === 'number' && READABLE_VERSIONS.includes(v),
  (input) =>
    typeof input === 'number'
      ? { code: 'unsupportedVersion', version: input, expected: SCENARIO_VERSION }
      : withInput({ code: 'oneOf', values: READABLE_VERSIONS.map(String) }, input),
);

/** Any text; a plain number is accepted and kept as its decimal text (so 42 and "42" are the same seed). */
const seedField = customField<string | number>(
  (v) =>
    (typeof v === 'string' && v.length >= 1 && v.length <= MAX_SEED_LENGTH) ||
    (typeof v === 'number' && Number.isFinite(v)),
  { code: 'textLength', min: 1, max: MAX_SEED_LENGTH },
).transform((v) => String(v));

/** Present, whatever its value: the section schemas judge the value. */
const sectionPlaceholder = customField<unknown>((v) => v !== undefined, () => ({ code: 'required' }));

/** Top-level fields of a scenario file. */
export const topLevelSchema = objectField(
  {
    // Read as written (1 or 2), written back as the current version.
    version: versionField.transform((): typeof SCENARIO_VERSION => SCENARIO_VERSION),
    name: stringField(1, MAX_NAME_LENGTH),
    description: stringField(0, MAX_DESCRIPTION_LENGTH).default(''),
    // Optional: how the page titles the scenario in another UI language (a preset's Chinese name).
    translations: objectField(
      { 'zh-CN': objectField({ name: stringField(1, MAX_NAME_LENGTH), description: stringField(0, MAX_DESCRIPTION_LENGTH).default('') }, { fields: '{name, description}' }) },
      { fields: '{zh-CN}' },
    ).optional(),
    seed: seedField.default(DEFAULT_SEED),
    runs: integerField(1, MAX_RUNS).default(DEFAULT_RUNS),
    steps: integerField(1, MAX_STEPS).default(DEFAULT_STEPS),
    network: sectionPlaceholder,
    model: sectionPlaceholder,
    strategies: sectionPlaceholder,
    // Optional; its own schema and checks (uncertaintySchema.ts, uncertaintyChecks.ts).
    uncertainty: customField<unknown>(() => true, { code: 'required' }).optional(),
  },
  // validateScenario refuses anything but a plain object before this schema runs.
);

export { networkSchema, NETWORK_KINDS } from './networkSchema';
export { modelSchema, MODEL_KINDS } from './modelSchema';
export { strategiesSchema, SEEDING_METHODS } from './strategySchema';
