/**
 * What the Analyse area asks for, checked before anything is simulated: the sweep (over the
 * levers of sweepLevers.ts), best-seeds and frontier forms with messages that name the field, and
 * strategy cards made from a result (a frontier point, a greedy seed set) within the 8-strategy
 * cap. Pure: no DOM, no workers.
 *
 * Form errors are message keys with parameters (`analysis.error.*` in the catalogue), worded in
 * the UI language when shown (analysisMessages.ts).
 */
import type { Scenario } from '../../../core/scenario';
import { MAX_STRATEGIES } from '../../../scenario/limits';
import { MAX_FRONTIER_LEVELS, type FrontierLevels } from '../../../sweep/frontierPlan';
import { MAX_SWEEP_POINTS, MAX_SWEEP_STEPS } from '../../../sweep/sweepGrid';
import type { SweepParamSpec } from '../../../sweep/sweepPlan';
import { expandParamPath, parseParamPath } from '../../../sweep/paramPath';
import { SweepInputError } from '../../../sweep/sweepError';
import type { MessageKey } from '../../i18n/t';
import { GREEDY_DEFAULTS, MAX_GREEDY_SAMPLES } from '../../../core/influence/lazyGreedy';
import { OPIMC_DEFAULTS } from '../../../core/influence/opimc';
import { normaliseColors, strategiesOf, uniqueName, type Draft, type Json, type StrategiesState } from '../draft';
import type { BestSeedsRequest } from '../../../runtime/bestSeedsJob';
import { leverPath, leversFor } from './sweepLevers';
import { checkBestSeedsRequest, type BestSeedsProblem, type KolsMode } from '../../../runtime/bestSeedsRules';

/** Messages of the form errors. */
export type FormErrorKey = Extract<MessageKey, `analysis.error.${string}`>;
/** Names of the form fields in messages ("Parameter from"). */
export type FormLabelKey = Extract<MessageKey, `analysis.field.${string}`>;

/**
 * A problem with one field of a form: which field (its id in the form) and why, as a message
 * key and its parameters (numbers as text: they are echoed as typed). `label` names the field.
 */
export interface FieldError {
  field: string;
  key: FormErrorKey;
  params: Record<string, string>;
  label?: FormLabelKey;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The sweep form as typed (text of each input). */
export interface SweepForm {
  lever: string;
  strategy: string; // index or 'all'
  from: string;
  to: string;
  steps: string;
  /** Second parameter's lever id, or '' for a 1-D sweep. */
  lever2: string;
  from2: string;
  to2: string;
  steps2: string;
}

/** A form field as a number, or an error naming it; `check` bounds it (and asks for a whole number). */
function numberField(errors: FieldError[], field: string, label: FormLabelKey, text: string, check?: { min: number; max: number; integer?: boolean }): number {
  const trimmed = text.trim();
  const n = trimmed === '' ? NaN : Number(trimmed);
  if (!check) {
    if (!Number.isFinite(n)) errors.push({ field, key: 'analysis.error.number', params: {}, label });
    return n;
  }
  const range = { min: String(check.min), max: String(check.max) };
  const kind = check.integer ? 'wholeNumberRange' : 'numberRange';
  if (!Number.isFinite(n)) errors.push({ field, key: `analysis.error.${kind}`, params: range, label });
  else if ((check.integer && !Number.isInteger(n)) || n < check.min || n > check.max)
    errors.push({ field, key: `analysis.error.${kind}Got`, params: { ...range, got: trimmed }, label });
  return n;
}

/** Whether every field `path` names in `scenario` holds a number (a relevance given per community does not). */
function sweepable(scenario: Scenario, path: string): boolean {
  try {
    expandParamPath(scenario, parseParamPath(path));
    return true;
  } catch (error) {
    if (error instanceof SweepInputError) return false;
    throw error;
  }
}

/** Check the sweep form against `scenario`; the parameter specs for planSweep when valid. */
export function validateSweepForm(form: SweepForm, scenario: Scenario): FormResult<SweepParamSpec[]> {
  const errors: FieldError[] = [];
  const levers = leversFor(scenario);
  const strategy = form.strategy === 'all' ? 'all' : Number(form.strategy);
  if (strategy !== 'all' && !(Number.isInteger(strategy) && strategy >= 0 && strategy < scenario.strategies.length))
    errors.push({ field: 'strategy', key: 'analysis.error.strategyOrAll', params: { n: String(scenario.strategies.length) } });
  const one = (suffix: '' | '2'): SweepParamSpec | null => {
    const l = levers.find((x) => x.id === form[`lever${suffix}`]);
    if (!l) {
      errors.push({ field: `lever${suffix}`, key: 'analysis.error.chooseLever', params: {}, label: `analysis.field.lever${suffix}` });
      return null;
    }
    const from = numberField(errors, `from${suffix}`, `analysis.field.from${suffix}`, form[`from${suffix}`]);
    const to = numberField(errors, `to${suffix}`, `analysis.field.to${suffix}`, form[`to${suffix}`]);
    const steps = numberField(errors, `steps${suffix}`, `analysis.field.steps${suffix}`, form[`steps${suffix}`], { min: 2, max: MAX_SWEEP_STEPS, integer: true });
    const path = leverPath(l, strategy === 'all' || Number.isNaN(strategy) ? 'all' : strategy);
    // A lever the scenario gives as a list (relevance per community) cannot be swept as one number.
    if (errors.length === 0 && !sweepable(scenario, path))
      errors.push({ field: `lever${suffix}`, key: 'analysis.error.leverNotNumber', params: {}, label: `analysis.field.lever${suffix}` });
    return { path, from, to, steps };
  };
  const first = one('');
  const second = form.lever2 ? one('2') : null;
  if (first && second && first.path === second.path) errors.push({ field: 'lever2', key: 'analysis.error.sameLever', params: {} });
  if (errors.length === 0 && second && first!.steps * second.steps > MAX_SWEEP_POINTS)
    errors.push({ field: 'steps2', key: 'analysis.error.gridTooLarge', params: { points: String(first!.steps * second.steps), max: String(MAX_SWEEP_POINTS) } });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: second ? [first!, second] : [first!] };
}

/** The strategy a sweep form keeps (its name), or undefined for all: a sweep of one strategy simulates only it. */
export function sweepStrategyName(form: Pick<SweepForm, 'strategy'>, scenario: Scenario): string | undefined {
  if (form.strategy === 'all') return undefined;
  return scenario.strategies[Number(form.strategy)]?.name;
}

export interface BestSeedsForm {
  strategy: string;
  k: string;
  samples: string;
  /** celf (absent: celf): CELF on `samples` live-edge samples; imm: OPIM-C with `epsilon` and `delta`. */
  method?: 'celf' | 'imm';
  /** Absent: the CLI's default (OPIMC_DEFAULTS.epsilon). */
  epsilon?: string;
  /** Blank or absent: 1/n (the CLI's default). */
  delta?: string;
  /** imm only: KOL accounts not considered (absent, the CLI's default) or hired at their fee (--kols at-fee). */
  kols?: KolsMode;
}

/** A shared-rules problem (bestSeedsRules.ts) as the form's error under its field. */
function seedsFieldError(p: BestSeedsProblem, typed: BestSeedsForm): FieldError {
  switch (p.kind) {
    case 'needsDividend':
      return { field: 'strategy', key: 'analysis.error.seedsNeedDividend', params: {} };
    case 'resample':
      return { field: 'strategy', key: 'analysis.error.seedsResample', params: {} };
    case 'noStrategy':
      return { field: 'strategy', key: 'analysis.error.strategy', params: { n: String(p.count) } };
    case 'range': {
      const field = p.field === 'samples' ? 'samples' : 'k';
      const range = { min: String(p.min), max: String(p.max), got: typed[field].trim() };
      // k's limit is this network's seed users, and the message says so.
      if (p.field === 'k') return { field, key: 'analysis.error.seedsK', params: range };
      return { field, key: 'analysis.error.wholeNumberRangeGot', params: range, label: 'analysis.field.samples' };
    }
    case 'fraction':
      return { field: p.field, key: 'analysis.error.fraction', params: { got: (typed[p.field] ?? '').trim() }, label: `analysis.field.${p.field}` };
    // The form offers "at their fee" with OPIM-C only; the rule is the CLI's all the same.
    case 'atFeeNeedsImm':
      return { field: 'kols', key: 'analysis.error.atFeeNeedsImm', params: {} };
    case 'atFeeNeedsDividend':
      return { field: 'kols', key: 'analysis.error.seedsNeedDividend', params: {} };
    case 'atFeeNeedsPrice':
      return { field: 'kols', key: 'analysis.error.atFeeNeedsPrice', params: { got: String(p.got) } };
  }
}

/**
 * Check the best-seeds form by the rules the CLI uses too (checkBestSeedsRequest): the dividend
 * model, one shared network, k between 1 and this network's seed users, the samples. Text that is
 * not a number is the form's own problem; everything else is the shared rules'.
 */
export function validateBestSeedsForm(form: BestSeedsForm, scenario: Scenario): FormResult<BestSeedsRequest> {
  const errors: FieldError[] = [];
  const parse = (field: 'k' | 'samples' | 'epsilon' | 'delta', label: FormLabelKey): number => numberField(errors, field, label, form[field] ?? '');
  const imm = form.method === 'imm';
  const request: BestSeedsRequest = {
    strategy: Number(form.strategy),
    k: parse('k', 'analysis.field.k'),
    // OPIM-C has no samples field: the CLI's default feeds the live-edge estimates beside the evaluation.
    samples: imm ? GREEDY_DEFAULTS.samples : parse('samples', 'analysis.field.samples'),
  };
  if (imm) {
    request.method = 'imm';
    request.epsilon = form.epsilon === undefined ? OPIMC_DEFAULTS.epsilon : parse('epsilon', 'analysis.field.epsilon');
    request.delta = (form.delta ?? '').trim() === '' ? null : parse('delta', 'analysis.field.delta');
  }
  // The choice is offered beside OPIM-C only (the CLI refuses --kols at-fee without --method imm: checkKolsMode).
  if (imm && form.kols === 'at-fee') request.kols = 'at-fee';
  for (const p of checkBestSeedsRequest(scenario, request)) {
    const error = seedsFieldError(p, form);
    if (!errors.some((e) => e.field === error.field && e.key === 'analysis.error.number')) errors.push(error);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: request };
}

export interface FrontierForm {
  strategy: string;
  budget: string;
  /** Levels per lever (one number for all four). */
  levels: string;
}

export interface FrontierRequest {
  strategy: string;
  budget: number;
  levels: FrontierLevels;
}

/** Check the budget frontier form. */
export function validateFrontierForm(form: FrontierForm, scenario: Scenario): FormResult<FrontierRequest> {
  const errors: FieldError[] = [];
  if (scenario.model.kind !== 'dividend') errors.push({ field: 'strategy', key: 'analysis.error.frontierNeedsDividend', params: {} });
  const index = Number(form.strategy);
  const strategy = scenario.strategies[index];
  if (!strategy) errors.push({ field: 'strategy', key: 'analysis.error.strategy', params: { n: String(scenario.strategies.length) } });
  else if (strategy.seeding.method === 'manual') errors.push({ field: 'strategy', key: 'analysis.error.frontierManual', params: {} });
  const budget = numberField(errors, 'budget', 'analysis.field.budget', form.budget, { min: 0.01, max: 1e12 });
  const n = numberField(errors, 'levels', 'analysis.field.levels', form.levels, { min: 1, max: MAX_FRONTIER_LEVELS, integer: true });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { strategy: strategy!.name, budget, levels: { seeds: n, kols: n, rewards: n, ads: n } } };
}

/** A card was added, or why not. */
export type CardResult = { ok: true; state: StrategiesState; name: string } | { ok: false; message: string };

export const CAP_MESSAGE = `A comparison holds at most ${MAX_STRATEGIES} strategies: delete one before adding this one.`;

/** Append `strategy` (a complete strategy object) as a new card with a unique name. */
function addStrategyCard(state: StrategiesState, strategy: Record<string, Json>, name: string): CardResult {
  const list = strategiesOf(state.draft);
  if (list.length >= MAX_STRATEGIES) return { ok: false, message: CAP_MESSAGE };
  const taken = list.map((s) => (s && typeof s === 'object' && !Array.isArray(s) && typeof s.name === 'string' ? s.name : ''));
  const unique = uniqueName(name, taken);
  const draft: Draft = { ...state.draft, strategies: [...list, { ...strategy, name: unique }] };
  return { ok: true, state: { draft, colors: normaliseColors([...state.colors, -1], list.length + 1) }, name: unique };
}

/** A card from a budget frontier point: the point's complete strategy (already named by its allocation). */
export function cardFromFrontierPoint(state: StrategiesState, strategy: { name: string }): CardResult {
  return addStrategyCard(state, structuredClone(strategy) as unknown as Record<string, Json>, strategy.name);
}

/**
 * A card from greedy seeds: strategy `index` of the draft with manual seeding on exactly these
 * people. With `kols` (KOLs at their fee) the card also hires that KOL range, exactly as the
 * evaluation's benchmark row did (bestSeedsJob.ts: the strategy's kols with hire and fromRank ≥ 1).
 */
export function cardFromSeeds(state: StrategiesState, index: number, seeds: readonly number[], label = 'greedy', kols?: { fromRank: number; hire: number }): CardResult {
  const base = strategiesOf(state.draft)[index];
  const source = base && typeof base === 'object' && !Array.isArray(base) ? base : {};
  const baseName = typeof source.name === 'string' ? source.name : `Strategy ${index + 1}`;
  const strategy: Record<string, Json> = { ...structuredClone(source), seeding: { method: 'manual', count: seeds.length, nodes: [...seeds] } };
  if (kols === undefined) return addStrategyCard(state, strategy, `${baseName} · ${label} ${seeds.length} seeds`);
  const own = source.kols && typeof source.kols === 'object' && !Array.isArray(source.kols) ? structuredClone(source.kols) : {};
  strategy.kols = { ...own, hire: kols.hire, fromRank: Math.max(1, kols.fromRank) };
  const hired = kols.hire === 0 ? '' : ` + KOL ${kols.fromRank}–${kols.fromRank + kols.hire - 1}`;
  return addStrategyCard(state, strategy, `${baseName} · ${label} ${seeds.length} seeds${hired}`);
}
