/**
 * The calibration panel's form as data: the strategy that ran, the fitted parameters (path and
 * prior range, as `lab calibrate --fit PATH=LO:HI`), the particle, generation and run counts, and
 * the uploaded observed timeline. Validation turns it into exactly what the CLI would build from
 * the same arguments (planFit, parseObservedCsv, the same limits), so the page and the CLI
 * calibrate the same problem. Also "Use this world": the draft with the posterior means written
 * into every fitted field.
 */
import { checkObservedAgainst } from '../../../calibration/abcSmc';
import { ABC_LIMITS, DEFAULT_ABC_OPTIONS, type AbcOptions } from '../../../calibration/abcOptions';
import { CalibrationInputError } from '../../../calibration/calibrationError';
import type { CalibrationText } from '../../../calibration/calibrationText';
import type { CalibrationResult } from '../../../calibration/calibrationResult';
import { planFit, type FitPlan, type FitSpec } from '../../../calibration/fitParams';
import { parseObservedCsv, type ObservedTimeline } from '../../../calibration/observedTimeline';
import type { Scenario } from '../../../core/scenario';
import type { MessageKey } from '../../i18n/t';
import { posteriorEntry } from '../../../calibration/posteriorUncertainty';
import { setPath, type Draft, type Json } from '../draft';

/** One fitted parameter as typed: path and the prior's ends (text, as in the inputs). */
export interface FitRow {
  path: string;
  lo: string;
  hi: string;
}

export interface CalibrationForm {
  /** Index of the strategy that ran. */
  strategy: string;
  fits: FitRow[];
  particles: string;
  generations: string;
  runsPerParticle: string;
}

/** The uploaded observed file: its name and text, parsed (or the parser's message). */
export interface ObservedFile {
  name: string;
  timeline: ObservedTimeline | null;
  /** The parser's problem (as data: names the line and column), when the file is mis-shaped. */
  error: CalibrationText | null;
}

/** A problem with the form: a message key, its parameters, and the control it belongs to. */
export interface CalibrationFormError {
  field: string;
  key: MessageKey;
  /** Numbers, texts, or an engine problem worded in the page's language. */
  params: Record<string, string | number | CalibrationText>;
}

/** What a valid form gives: the CLI's inputs. */
export interface CalibrationRequest {
  plan: FitPlan;
  specs: FitSpec[];
  observed: ObservedTimeline;
  options: AbcOptions;
  /** Name of the strategy that ran (`--strategy`). */
  strategy: string;
}

/** Suggested parameters for the dividend model, with the prior ranges of the README's worked example. */
export const SUGGESTED_FITS: readonly { path: string; lo: number; hi: number }[] = [
  { path: 'strategies[{s}].content.quality', lo: 0.05, hi: 0.5 },
  { path: 'model.conversion.plateau', lo: 0.02, hi: 0.3 },
  { path: 'model.advocacy', lo: 0, hi: 0.6 },
  { path: 'model.organicDemand', lo: 0, hi: 0.01 },
  { path: 'network.mixing', lo: 0.02, hi: 0.5 },
  { path: 'strategies[{s}].content.relevance', lo: 0.2, hi: 1 },
];

/** A suggested path for strategy `s`. */
export function suggestedPath(path: string, s: number): string {
  return path.replace('{s}', String(s));
}

/** The form a scenario starts with: the worked example's three parameters (or the first one for a canonical model) and the CLI's defaults. */
export function defaultCalibrationForm(scenario: Scenario | null): CalibrationForm {
  const dividend = scenario?.model.kind !== undefined && scenario.model.kind === 'dividend';
  const fits = (dividend ? SUGGESTED_FITS.slice(0, 3) : []).map((f) => ({ path: suggestedPath(f.path, 0), lo: String(f.lo), hi: String(f.hi) }));
  return {
    strategy: '0',
    fits: fits.length ? fits : [{ path: '', lo: '', hi: '' }],
    particles: String(DEFAULT_ABC_OPTIONS.particles),
    generations: String(DEFAULT_ABC_OPTIONS.generations),
    runsPerParticle: String(DEFAULT_ABC_OPTIONS.runsPerParticle),
  };
}

/** The fit rows moved to another strategy: `strategies[i]` becomes `strategies[s]`. */
export function withStrategy(form: CalibrationForm, s: number): CalibrationForm {
  return { ...form, strategy: String(s), fits: form.fits.map((f) => ({ ...f, path: f.path.replace(/^strategies\[\d+\]/, `strategies[${s}]`) })) };
}

/** Read an uploaded file's text as an observed timeline. */
export function readObservedFile(name: string, text: string): ObservedFile {
  try {
    return { name, timeline: parseObservedCsv(text), error: null };
  } catch (error) {
    if (error instanceof CalibrationInputError) return { name, timeline: null, error: error.text };
    throw error;
  }
}

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Check the form against the scenario; the request equals what `lab calibrate` plans from the same arguments. */
export function validateCalibrationForm(
  form: CalibrationForm,
  observed: ObservedFile | null,
  scenario: Scenario,
): { ok: true; value: CalibrationRequest } | { ok: false; errors: CalibrationFormError[] } {
  const errors: CalibrationFormError[] = [];
  const whole = (field: keyof typeof ABC_LIMITS, text: string): number => {
    const [min, max] = ABC_LIMITS[field];
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || n < min || n > max) {
      errors.push({ field, key: 'calibration.error.whole', params: { label: `calibration.field.${field}`, min, max, got: text.trim() } });
      return NaN;
    }
    return n;
  };
  const options: AbcOptions = {
    ...DEFAULT_ABC_OPTIONS,
    particles: whole('particles', form.particles),
    generations: whole('generations', form.generations),
    runsPerParticle: whole('runsPerParticle', form.runsPerParticle),
  };
  const s = Number(form.strategy);
  if (!Number.isInteger(s) || s < 0 || s >= scenario.strategies.length) errors.push({ field: 'strategy', key: 'calibration.error.strategy', params: { n: scenario.strategies.length } });
  const specs: FitSpec[] = [];
  form.fits.forEach((row, i) => {
    const n = i + 1;
    if (row.path.trim() === '') return void errors.push({ field: `fit-${i}-path`, key: 'calibration.error.path', params: { n } });
    const lo = NUMBER.test(row.lo) ? Number(row.lo) : NaN;
    const hi = NUMBER.test(row.hi) ? Number(row.hi) : NaN;
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return void errors.push({ field: `fit-${i}-lo`, key: 'calibration.error.range', params: { n } });
    if (!(lo < hi)) return void errors.push({ field: `fit-${i}-lo`, key: 'calibration.error.order', params: { n, lo, hi } });
    specs.push({ path: row.path.trim(), lo, hi });
  });
  if (form.fits.length === 0) errors.push({ field: 'fits', key: 'calibration.error.noFit', params: {} });
  if (observed === null) errors.push({ field: 'observed', key: 'calibration.error.noObserved', params: {} });
  else if (observed.timeline === null) errors.push({ field: 'observed', key: 'calibration.error.observed', params: { name: observed.name, problem: observed.error ?? '' } });
  if (errors.length) return { ok: false, errors };
  const strategy = scenario.strategies[s].name;
  try {
    // The observed campaign ran in one world: calibrate without the scenario's `uncertainty` (after
    // "Use this world" it holds the previous posterior, which a new calibration replaces).
    const { uncertainty: _drawn, ...world } = scenario;
    void _drawn;
    const plan = planFit(world, specs, { strategy, runsPerParticle: options.runsPerParticle });
    checkObservedAgainst(observed!.timeline!, plan.base);
    return { ok: true, value: { plan, specs, observed: observed!.timeline!, options, strategy } };
  } catch (error) {
    if (!(error instanceof CalibrationInputError)) throw error;
    return { ok: false, errors: [{ field: 'plan', key: 'calibration.error.plan', params: { problem: error.text } }] };
  }
}

/** The `lab calibrate` command that computes the same result (the scenario saved as FILE). */
export function cliCommand(request: Pick<CalibrationRequest, 'specs' | 'options' | 'strategy'>, observedName: string, strategies: number): string {
  const quote = (s: string) => (/^[\w.,:=/[\]*+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  const parts = ['npm run lab -- calibrate scenario.json', `--observed ${quote(observedName)}`];
  for (const f of request.specs) parts.push(`--fit ${quote(`${f.path}=${f.lo}:${f.hi}`)}`);
  const o = request.options;
  parts.push(`--particles ${o.particles}`, `--generations ${o.generations}`, `--runs-per-particle ${o.runsPerParticle}`);
  if (strategies > 1) parts.push(`--strategy ${quote(request.strategy)}`);
  return parts.join(' ');
}

/** A posterior mean as it goes into the draft: whole numbers rounded, others to 4 significant digits. */
export function roundedMean(mean: number, integer: boolean): number {
  return integer ? Math.round(mean) : Number(mean.toPrecision(4));
}

/** The draft with every fitted field set to its posterior mean. */
export function applyPosteriorMeans(draft: Draft, result: Pick<CalibrationResult, 'parameters'>): Draft {
  let next = draft;
  for (const p of result.parameters) for (const field of p.fields) next = setPath(next, field, roundedMean(p.mean, p.integer));
  return next;
}

/**
 * "Use this world": the posterior means in the fields (what the controls show) and the posterior
 * itself as the scenario's `uncertainty` (replacing any there), so each run of the comparison
 * draws one posterior particle and its bands, intervals and robustness include what the campaign
 * left unknown — the same entry `lab run --uncertainty-from` builds.
 */
export function applyPosterior(draft: Draft, result: CalibrationResult): Draft {
  const next = applyPosteriorMeans(draft, result);
  const posterior = posteriorEntry(result);
  return posterior.ok ? setPath(next, 'uncertainty', [posterior.entry as Json]) : next;
}
