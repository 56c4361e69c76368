/**
 * The boundary between untrusted scenario JSON (files, URLs, uploads, UI state) and the core.
 * Reports every problem as one `path: reason` line, fills defaults, and builds the Scenario
 * only from the schemas' output objects — user objects are never copied or merged, so keys
 * such as `__proto__` or `constructor` are reported as unknown fields and otherwise ignored.
 *
 * `checkScenario` gives the problems as data (path + reason code, reasons.ts) for the app to
 * word in its language; `validateScenario` gives the same problems as English lines (the CLI's).
 */
import { RETIRED_MODEL_FIELDS } from '../core/dividend/dividendRanges';
import type { NetworkSpec } from '../core/networks/networkSpec';
import type { DividendStrategy, Scenario, StrategySpec } from '../core/scenario';
import { checkDividendStrategies, dividendNetworkProblems } from './dividendChecks';
import { dividendStrategiesSchema, dividendStrategySchema } from './dividendStrategySchema';
import { invalidJsonProblem, parseBoundedJson } from './boundedJson';
import { isPlainObject } from './fields';
import { capProblems, issuesToProblems, problem } from './issues';
import { problemLine } from './problemText';
import type { ScenarioProblem } from './reasons';
import { MAX_STRATEGIES, MAX_TIMELINE_CELLS, MAX_UPLOAD_SCENARIO_LENGTH, MIN_STRATEGIES } from './limits';
import { modelSchema, modelWarnings, type ScenarioModel } from './modelSchema';
import { checkNetwork, type NetworkSize } from './networkChecks';
import { networkSchema } from './networkSchema';
import { topLevelSchema } from './schema';
import { checkStrategies } from './strategyChecks';
import { strategiesSchema, strategySchema } from './strategySchema';
import { checkUncertainty } from './uncertaintyChecks';
import { parseUncertainty } from './uncertaintySchema';

export type ValidationResult =
  | { ok: true; scenario: Scenario; warnings: string[] }
  | { ok: false; errors: string[] };

/** A validation with its problems and warnings as data. */
export type ScenarioCheck =
  | { ok: true; scenario: Scenario; warnings: ScenarioProblem[] }
  | { ok: false; problems: ScenarioProblem[] };

/** Validate a parsed JSON value as a scenario file (format v1); problems as English `path: reason` lines. */
export function validateScenario(input: unknown): ValidationResult {
  return inEnglish(checkScenario(input));
}

/** The English lines of a check. */
function inEnglish(check: ScenarioCheck): ValidationResult {
  return check.ok
    ? { ok: true, scenario: check.scenario, warnings: check.warnings.map(problemLine) }
    : { ok: false, errors: check.problems.map(problemLine) };
}

/** Validate a parsed JSON value as a scenario file (format v1); problems and warnings as data. */
export function checkScenario(input: unknown): ScenarioCheck {
  if (!isPlainObject(input)) {
    const got = input === null ? ({ kind: 'null' } as const) : Array.isArray(input) ? ({ kind: 'list' } as const) : { kind: 'type' as const, type: typeof input };
    return { ok: false, problems: [problem([], { code: 'scenarioObject', got })] };
  }
  const problems: ScenarioProblem[] = [];
  const warnings: ScenarioProblem[] = [];

  const top = topLevelSchema.safeParse(input);
  if (!top.success) append(problems, issuesToProblems(top.error.issues));

  const network = parseSection(networkSchema, input.network, 'network', problems);
  let networkSpec: NetworkSpec | null = null;
  let networkSize: NetworkSize | null = null;
  if (network !== null) {
    const checked = checkNetwork(network);
    append(problems, checked.problems);
    append(warnings, checked.warnings);
    networkSpec = checked.spec;
    networkSize = checked.size;
  }

  const modelProblemsFrom = problems.length;
  const model: ScenarioModel | null = parseSection(modelSchema, input.model, 'model', problems);
  retireDividendFields(problems, modelProblemsFrom);
  if (model !== null) append(warnings, modelWarnings(model));
  // Strategies are read for the model the file names, even when the model section has its own problems.
  const dividend = isPlainObject(input.model) && input.model.kind === 'dividend';
  if (dividend) append(problems, dividendNetworkProblems(networkSize));
  if (dividend && input.version === 1) warnings.push(problem(['version'], { code: 'dividendVersion1' }));
  const listSchema = dividend ? dividendStrategiesSchema : strategiesSchema;
  const itemSchema = dividend ? dividendStrategySchema : strategySchema;

  let strategies: (StrategySpec | DividendStrategy)[] | null = null;
  if (Array.isArray(input.strategies) && input.strategies.length > MAX_STRATEGIES) {
    // Checked before parsing so a hostile list of a million strategies costs nothing.
    problems.push(
      problem(['strategies'], { code: 'strategyList', min: MIN_STRATEGIES, max: MAX_STRATEGIES, got: { kind: 'value', text: String(input.strategies.length) } }),
    );
  } else {
    strategies = parseSection<(StrategySpec | DividendStrategy)[]>(listSchema, input.strategies, 'strategies', problems);
  }
  // Strategies that are fine on their own are checked against the network even when a sibling is not.
  const each: (StrategySpec | DividendStrategy | null)[] =
    strategies ??
    (Array.isArray(input.strategies) && input.strategies.length <= MAX_STRATEGIES
      ? input.strategies.map((s) => {
          const parsed = itemSchema.safeParse(s);
          return parsed.success ? parsed.data : null;
        })
      : []);
  if (networkSize !== null) {
    const checked = checkStrategies(each, networkSize, dividend);
    append(problems, checked.problems);
    append(warnings, checked.warnings);
  }
  if (dividend) {
    const checked = checkDividendStrategies(each as (DividendStrategy | null)[], networkSize, top.success ? top.data.steps : null);
    append(problems, checked.problems);
    append(warnings, checked.warnings);
  }

  if (top.success && strategies !== null) {
    const cells = top.data.runs * top.data.steps * strategies.length;
    if (cells > MAX_TIMELINE_CELLS)
      problems.push(
        problem(['runs'], { code: 'timelineCells', max: MAX_TIMELINE_CELLS, runs: top.data.runs, steps: top.data.steps, strategies: strategies.length, cells }),
      );
  }

  const uncertainty = input.uncertainty === undefined ? null : parseUncertainty(input.uncertainty, problems);

  if (problems.length > 0 || !top.success || networkSpec === null || model === null || strategies === null)
    return { ok: false, problems: capProblems(problems) };

  const t = top.data;
  // The strategy schema was chosen by the model kind, so model and strategies always belong together.
  const scenario = {
    version: t.version,
    name: t.name,
    description: t.description,
    seed: t.seed,
    runs: t.runs,
    steps: t.steps,
    network: networkSpec,
    model,
    strategies,
  } as Scenario;
  if (t.translations !== undefined) scenario.translations = t.translations;
  if (uncertainty !== null) {
    // Paths and ranges are judged against the scenario itself (defaults filled).
    const checked = checkUncertainty(uncertainty, scenario, checkScenario, problems);
    if (checked === null) return { ok: false, problems: capProblems(problems) };
    scenario.uncertainty = checked;
  }
  return { ok: true, scenario, warnings };
}

/**
 * A field the first dividend model had and this one replaced is reported as retired, naming its
 * replacement, instead of as an unknown field (reading it silently would change the file's meaning).
 */
function retireDividendFields(problems: ScenarioProblem[], from: number): void {
  for (let k = from; k < problems.length; k++) {
    const p = problems[k];
    if (p.reason.code !== 'unknownField' || p.path === null || !p.path.startsWith('model.')) continue;
    const field = p.path.slice('model.'.length);
    if (Object.prototype.hasOwnProperty.call(RETIRED_MODEL_FIELDS, field))
      problems[k] = { path: p.path, reason: { code: 'retiredField', replacement: RETIRED_MODEL_FIELDS[field] } };
  }
}

/** Parse scenario text (a file's content, a URL parameter) with the bounded parser: invalid JSON or text over a bound is one problem. */
export function parseScenarioText(text: string): ValidationResult {
  return inEnglish(checkScenarioText(text));
}

/** `parseScenarioText` with problems as data. */
export function checkScenarioText(text: string): ScenarioCheck {
  const parsed = parseBoundedJson(text, { maxLength: MAX_UPLOAD_SCENARIO_LENGTH });
  return parsed.ok ? checkScenario(parsed.value) : { ok: false, problems: [parsed.problem] };
}

/**
 * `target.push(...items)` passes every item as an argument, and a few hundred thousand
 * arguments overflow the stack (200,000 unknown fields did): append one at a time.
 */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

export { invalidJsonProblem };

interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Parameters<typeof issuesToProblems>[0] } };
}

/** Parse one section; its problems are added (with the section's path) and null returned on failure. */
function parseSection<T>(schema: SafeParser<T>, value: unknown, name: string, problems: ScenarioProblem[]): T | null {
  if (value === undefined) return null; // reported as "required" by the top level
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  append(problems, issuesToProblems(result.error.issues, [name]));
  return null;
}
