/** The calibration form: defaults, validation into exactly the CLI's plan, the CLI command, and "Use this world". */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ABC_OPTIONS } from '../../../../src/calibration/abcOptions';
import { planFit } from '../../../../src/calibration/fitParams';
import { applyPosterior, applyPosteriorMeans, cliCommand, defaultCalibrationForm, readObservedFile, roundedMean, suggestedPath, SUGGESTED_FITS, validateCalibrationForm, withStrategy } from '../../../../src/ui/app/analysis/calibrationForm';
import { tableNumber } from '../../../../src/ui/app/analysis/calibrationPosteriorView';
import { correlatedPairs, rangeEdges } from '../../../../src/ui/app/analysis/calibrationReading';
import { pointsInside } from '../../../../src/ui/charts/predictiveFit';
import { posteriorIntervalsHeight, GENERATION_ROW } from '../../../../src/ui/charts/posteriorIntervals';
import { messageIn } from '../../../../src/ui/i18n/t';
import { formErrorIn } from '../../../../src/ui/i18n/calibrationText';
import { smallWorld } from '../../../calibration/fixtures';

const CSV = 'step,reached,shared,converted\n0,20,20,1\n12,40,25,3\n24,60,30,5\n';

describe('calibration form', () => {
  it('starts with the worked example’s three parameters and the CLI defaults', () => {
    const form = defaultCalibrationForm(smallWorld());
    expect(form.fits.map((f) => f.path)).toEqual(['strategies[0].content.quality', 'model.conversion.plateau', 'model.advocacy']);
    expect(form.fits[0]).toMatchObject({ lo: '0.05', hi: '0.5' });
    expect([form.particles, form.generations, form.runsPerParticle]).toEqual(['200', '10', '10']);
    expect(withStrategy(form, 2).fits.map((f) => f.path)[0]).toBe('strategies[2].content.quality');
  });

  it('every suggested parameter can be fitted in a dividend world of communities', () => {
    for (const f of SUGGESTED_FITS) expect(() => planFit(smallWorld(), [{ path: suggestedPath(f.path, 0), lo: f.lo, hi: f.hi }], { runsPerParticle: 5 }), f.path).not.toThrow();
  });

  it('a valid form plans what lab calibrate plans from the same arguments', () => {
    const scenario = smallWorld();
    const form = { ...defaultCalibrationForm(scenario), particles: '50', generations: '4', runsPerParticle: '5' };
    const checked = validateCalibrationForm(form, readObservedFile('obs.csv', CSV), scenario);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const specs = [
      { path: 'strategies[0].content.quality', lo: 0.05, hi: 0.5 },
      { path: 'model.conversion.plateau', lo: 0.02, hi: 0.3 },
      { path: 'model.advocacy', lo: 0, hi: 0.6 },
    ];
    expect(checked.value.specs).toEqual(specs);
    expect(checked.value.options).toEqual({ ...DEFAULT_ABC_OPTIONS, particles: 50, generations: 4, runsPerParticle: 5 });
    expect(checked.value.plan).toEqual(planFit(scenario, specs, { runsPerParticle: 5 }));
    expect(cliCommand(checked.value, 'obs.csv', 1)).toBe(
      'npm run lab -- calibrate scenario.json --observed obs.csv --fit strategies[0].content.quality=0.05:0.5 --fit model.conversion.plateau=0.02:0.3 --fit model.advocacy=0:0.6 --particles 50 --generations 4 --runs-per-particle 5',
    );
    expect(cliCommand(checked.value, 'my obs.csv', 2)).toContain("--observed 'my obs.csv'");
  });

  it('names each problem, in both languages', () => {
    const scenario = smallWorld();
    const form = { ...defaultCalibrationForm(scenario), particles: '5', fits: [{ path: 'model.advocacy', lo: '0.6', hi: '0.1' }, { path: '', lo: '', hi: '' }] };
    const checked = validateCalibrationForm(form, null, scenario);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const words = checked.errors.map((e) => formErrorIn(e.key, e.params, 'en'));
    expect(words).toEqual([
      'Particles: must be a whole number between 10 and 20,000 (got "5")',
      'Parameter 1: From must be below To (got 0.6 to 0.1)',
      'Parameter 2: give a path, e.g. model.advocacy',
      'Observed timeline: upload a CSV file first',
    ]);
    expect(formErrorIn(checked.errors[1].key, checked.errors[1].params, 'zh-CN')).toBe('第 1 个参数：“从”必须小于“到”（当前为 0.6 到 0.1）');
  });

  it('a mis-shaped file and a plan the engine refuses keep the engine’s words (line and column, path and reason), in either language', () => {
    const scenario = smallWorld();
    const bad = readObservedFile('obs.csv', 'step,reached\n0,1\n6,four\n');
    expect(bad.timeline).toBeNull();
    const form = defaultCalibrationForm(scenario);
    const c1 = validateCalibrationForm(form, bad, scenario);
    expect(!c1.ok && c1.errors[0].key).toBe('calibration.error.observed');
    if (c1.ok) return;
    expect(formErrorIn(c1.errors[0].key, c1.errors[0].params, 'en')).toBe('Observed timeline obs.csv: line 3, column reached: must be a count ≥ 0 or empty (got "four")');
    expect(formErrorIn(c1.errors[0].key, c1.errors[0].params, 'zh-CN')).toContain('第 3 行，列 reached：必须是 ≥ 0 的计数或留空（实际为 "four"）');
    const c2 = validateCalibrationForm({ ...form, fits: [{ path: 'strategies[0].content.quality', lo: '0.5', hi: '1.5' }] }, readObservedFile('o.csv', CSV), scenario);
    expect(!c2.ok && c2.errors[0].key).toBe('calibration.error.plan');
    if (c2.ok) return;
    expect(formErrorIn(c2.errors[0].key, c2.errors[0].params, 'en')).toMatch(/at HI = 1.5: strategies\[0\]\.content\.quality: must be a number between 0 and 1/);
    const late = readObservedFile('o.csv', 'step,reached\n0,1\n500,3\n');
    const c3 = validateCalibrationForm(form, late, scenario);
    if (c3.ok) throw new Error('expected a refusal');
    expect(formErrorIn(c3.errors[0].key, c3.errors[0].params, 'en')).toMatch(/step 500, past the scenario's last step 96/);
    expect(formErrorIn(c3.errors[0].key, c3.errors[0].params, 'zh-CN')).toMatch(/观测时间线到第 500 步，超出了场景的最后一步 96/);
  });

  it('"Use this world" writes each posterior mean into every field it set (whole numbers rounded)', () => {
    const draft = { version: 2, model: { kind: 'dividend', conversion: { plateau: 0.08 } }, strategies: [{ name: 'a', seeding: { method: 'random', count: 30 }, content: { quality: 0.15 } }] };
    const next = applyPosteriorMeans(draft, {
      parameters: [
        { path: 'model.conversion.plateau', fields: ['model.conversion.plateau'], prior: [0, 1], integer: false, mean: 0.108123456, sd: 0, p05: 0, p50: 0, p95: 0, spreadRatio: 0 },
        { path: 'strategies[*].seeding.count', fields: ['strategies[0].seeding.count'], prior: [10, 50], integer: true, mean: 24.6, sd: 0, p05: 0, p50: 0, p95: 0, spreadRatio: 0 },
      ],
    });
    expect(next).toEqual({ version: 2, model: { kind: 'dividend', conversion: { plateau: 0.1081 } }, strategies: [{ name: 'a', seeding: { method: 'random', count: 25 }, content: { quality: 0.15 } }] });
    expect(draft.model.conversion.plateau).toBe(0.08);
    expect(roundedMean(0.000123456, false)).toBe(0.0001235);
  });

  it('"Use this world" also carries the posterior into the comparison as the scenario\'s uncertainty (each run draws one particle)', () => {
    const draft = { version: 2, model: { kind: 'dividend', conversion: { plateau: 0.08 } }, strategies: [{ name: 'a', seeding: { method: 'random', count: 30 }, content: { quality: 0.15 } }] };
    const result = {
      kind: 'calibration',
      strategy: 'a',
      scenario: { strategies: [{ name: 'a' }] },
      parameters: [
        { path: 'model.conversion.plateau', fields: ['model.conversion.plateau'], prior: [0, 1], integer: false, mean: 0.1, sd: 0, p05: 0, p50: 0, p95: 0, spreadRatio: 0 },
        { path: 'strategies[0].content.quality', fields: ['strategies[0].content.quality'], prior: [0, 1], integer: false, mean: 0.2, sd: 0, p05: 0, p50: 0, p95: 0, spreadRatio: 0 },
      ],
      posterior: [
        { weight: 0.25, values: [0.09, 0.18] },
        { weight: 0.75, values: [0.11, 0.21] },
      ],
    } as unknown as Parameters<typeof applyPosterior>[1];
    const next = applyPosterior(draft, result) as { model: { conversion: { plateau: number } }; strategies: { content: { quality: number } }[]; uncertainty: unknown };
    expect(next.model.conversion.plateau).toBe(0.1);
    expect(next.strategies[0].content.quality).toBe(0.2);
    // The fitted content quality of the strategy that ran applies to every compared strategy.
    expect(next.uncertainty).toEqual([
      { distribution: { kind: 'posterior', paths: ['model.conversion.plateau', 'strategies[*].content.quality'], particles: result.posterior } },
    ]);
  });

  it('table numbers, points inside the bands, chart height', () => {
    expect(tableNumber(0.19712, 'en')).toBe('0.197');
    expect(tableNumber(0.0012345, 'en')).toBe('0.00123');
    expect(tableNumber(24570, 'en')).toBe('24,570');
    expect(pointsInside({ step: [0, 1], columns: [{ id: 'reached', column: { observed: [5, null], mean: [5, 6], p05: [4, 5], p95: [6, 7] } }, { id: 'converted', column: { observed: [9, 1], mean: [1, 1], p05: [0, 0], p95: [2, 2] } }] })).toEqual({ inside: 2, total: 3 });
    const one = posteriorIntervalsHeight({ params: [{ path: 'a', lo: 0, hi: 1 }], generations: [{ generation: 0, intervals: [{ p05: 0, p50: 0.5, p95: 1 }] }] });
    const two = posteriorIntervalsHeight({ params: [{ path: 'a', lo: 0, hi: 1 }], generations: [0, 1].map((generation) => ({ generation, intervals: [{ p05: 0, p50: 0.5, p95: 1 }] })) });
    expect(two - one).toBe(GENERATION_ROW);
  });
});

describe('reading the result', () => {
  const param = (path: string, prior: [number, number], p05: number, p95: number) => ({ path, fields: [path], prior, integer: false, mean: 0, sd: 0, p05, p50: 0, p95, spreadRatio: 0.3 });

  it('points out strongly correlated pairs, strongest first', () => {
    const matrix = [
      [1, -0.33, 0.1],
      [-0.33, 1, 0.6],
      [0.1, 0.6, 1],
    ];
    expect(correlatedPairs({ correlations: { paths: ['a', 'b', 'c'], matrix } })).toEqual([
      { a: 'b', b: 'c', r: 0.6 },
      { a: 'a', b: 'b', r: -0.33 },
    ]);
    expect(correlatedPairs({ correlations: { paths: ['a', 'b'], matrix: [[1, null], [null, 1]] } })).toEqual([]);
  });

  it('says when an identified posterior reaches an end of its range (not for unidentified ones)', () => {
    const parameters = [param('q', [0, 1], 0.005, 0.4), param('p', [0, 1], 0.3, 0.99), param('u', [0, 1], 0.001, 0.999), param('m', [0, 1], 0.2, 0.6)];
    expect(rangeEdges({ parameters, diagnostics: { unidentified: ['u'] } as never })).toEqual([
      { path: 'q', end: 'lo', value: 0 },
      { path: 'p', end: 'hi', value: 1 },
    ]);
  });
});

describe('calibrating again after "Use this world"', () => {
  it('plans the fit on the world without the uncertainty the last posterior wrote', () => {
    const scenario = smallWorld();
    const form = defaultCalibrationForm(scenario);
    const observed = readObservedFile('obs.csv', CSV);
    const drawn = { ...scenario, uncertainty: [{ path: 'model.conversion.plateau', distribution: { kind: 'uniform', low: 0.05, high: 0.1 } }] } as unknown as typeof scenario;
    const plain = validateCalibrationForm(form, observed, scenario);
    const again = validateCalibrationForm(form, observed, drawn);
    expect(again.ok).toBe(true);
    expect(plain.ok).toBe(true);
    if (again.ok && plain.ok) expect(again.value.plan.base).toEqual(plain.value.plan.base);
  });
});
