/**
 * The page's calibration controller: over an in-thread evaluator (simulatorEvaluator over the
 * in-thread ScenarioSimulator; the page's Web Workers are checked in Chromium) it gives the result the
 * CLI builds (calibrate + buildCalibrationResult over the in-thread reference evaluator) outside
 * `meta`, one posterior snapshot per completed generation, progress, cancel and errors.
 */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS } from '../../../../src/calibration/abcOptions';
import { buildCalibrationResult } from '../../../../src/calibration/calibrationResult';
import { planFit } from '../../../../src/calibration/fitParams';
import { inlineEvaluator, simulatorEvaluator } from '../../../../src/calibration/particleEvaluator';
import { inlineSimulator } from '../../../../src/runtime/scenarioSeries';
import type { EvaluatorScope } from '../../../../src/calibration/calibrationPool.browser';
import { CalibrationController } from '../../../../src/ui/app/analysis/calibrationController';
import type { CalibrationRequest } from '../../../../src/ui/app/analysis/calibrationForm';
import { observedFromModel, smallWorld } from '../../../calibration/fixtures';

const options = { ...DEFAULT_ABC_OPTIONS, particles: 12, generations: 3, runsPerParticle: 3 };
const specs = [
  { path: 'strategies[0].content.quality', lo: 0.1, hi: 1 },
  { path: 'model.conversion.plateau', lo: 0.05, hi: 0.8 },
];

/** The in-thread stand-in for the page's workers. */
const inline: EvaluatorScope = (body) => body(simulatorEvaluator(inlineSimulator()));

function request(): CalibrationRequest {
  const scenario = smallWorld({ steps: 48 });
  const observed = observedFromModel(scenario, [['strategies', 0, 'content', 'quality']], [0.5], 1000, 12);
  const plan = planFit(scenario, specs, { runsPerParticle: options.runsPerParticle });
  return { plan, specs, observed, options, strategy: 'campaign' };
}

/** The state after the first generation of `req`'s calibration (as `lab calibrate --state` leaves it when stopped). */
async function firstGenerationState(req: CalibrationRequest) {
  const stop = new AbortController();
  let first: Awaited<ReturnType<typeof calibrate>> | null = null;
  await calibrate({ plan: req.plan, observed: req.observed, options }, inlineEvaluator(), {
    signal: stop.signal,
    onGeneration: (s) => {
      first ??= s;
      stop.abort();
    },
  }).catch(() => undefined);
  return first!;
}

describe('CalibrationController', () => {
  it('equals the CLI reference outside meta, with a posterior snapshot per generation', async () => {
    const scenario = smallWorld({ steps: 48 });
    const req = request();
    const c = new CalibrationController({ scope: () => inline, workers: 1 });
    const generationsSeen = new Set<number>();
    let historyLengths: number[] = [];
    c.subscribe((s) => {
      if (s.note) generationsSeen.add(s.note.generation);
      historyLengths.push(s.history.length);
    });
    await c.run(scenario, 'text-A', req, 'obs.csv');
    const st = c.state;
    expect(st.phase).toBe('done');
    expect(st.scenarioText).toBe('text-A');
    const state = await calibrate({ plan: req.plan, observed: req.observed, options }, inlineEvaluator());
    const reference = buildCalibrationResult({ scenario, strategy: 'campaign', observed: req.observed, params: req.plan.params, options, state, meta: {} });
    const { meta, ...fromPage } = st.result!;
    const { meta: _m, ...fromCli } = reference;
    expect(JSON.parse(JSON.stringify(fromPage))).toEqual(JSON.parse(JSON.stringify(fromCli)));
    expect(meta).toMatchObject({ generator: 'dividend-lab', workers: 1, observedFile: 'obs.csv' });
    // One snapshot per completed generation, growing while it runs; the last is the posterior's quantiles.
    const completed = reference.diagnostics.generations.filter((g) => g.completed).length;
    expect(st.history.length).toBe(completed);
    expect(st.history.map((h) => h.generation)).toEqual([...Array(completed).keys()]);
    expect(historyLengths).toContain(1);
    expect([...generationsSeen].sort()).toEqual([...Array(reference.diagnostics.generations.length).keys()]);
    const last = st.history[st.history.length - 1];
    reference.parameters.forEach((p, a) => {
      expect(last.intervals[a].p05).toBe(p.p05);
      expect(last.intervals[a].p50).toBe(p.p50);
      expect(last.intervals[a].p95).toBe(p.p95);
      expect(last.intervals[a].mean).toBeCloseTo(p.mean, 12);
    });
    expect(st.history[0].tolerance).toBeNull();
    historyLengths = [];
  });

  it('cancel stops the run and says so', async () => {
    const c = new CalibrationController({ scope: () => inline, workers: 1 });
    c.subscribe((s) => {
      if (s.note && s.note.accepted >= 3) c.cancel();
    });
    await c.run(smallWorld({ steps: 48 }), 'text', request(), 'obs.csv');
    expect(c.state.phase).toBe('cancelled');
    expect(c.state.result).toBeNull();
    expect(c.running).toBe(false);
  });

  it('a calibration cancelled in generation 2 continues from generation 1 and ends with the uninterrupted result', async () => {
    const scenario = smallWorld({ steps: 48 });
    const req = request();
    const whole = new CalibrationController({ scope: () => inline, workers: 1 });
    await whole.run(scenario, 'text', req, 'obs.csv');
    const c = new CalibrationController({ scope: () => inline, workers: 1 });
    const off = c.subscribe((s) => {
      if (s.note && s.note.generation === 1 && s.note.accepted >= 2) c.cancel();
    });
    await c.run(scenario, 'text', req, 'obs.csv');
    off();
    expect(c.state.phase).toBe('cancelled');
    expect(c.state.resumable).toBe(1);
    expect(c.state.history).toHaveLength(1);
    expect(c.lastState!.generations.filter((g) => g.completed)).toHaveLength(1);
    await c.resume();
    expect(c.state.phase).toBe('done');
    const strip = (r: object) => JSON.parse(JSON.stringify({ ...r, meta: null }));
    expect(strip(c.state.result!)).toEqual(strip(whole.state.result!));
    expect(c.state.history).toEqual(whole.state.history);
    // A state file of the first generation continues to the same result; one of another calibration is refused, worded.
    const partial = await calibrate({ plan: req.plan, observed: req.observed, options: { ...options, generations: 1 } }, inlineEvaluator());
    const fromFile = new CalibrationController({ scope: () => inline, workers: 1 });
    await fromFile.continueFrom(partial, scenario, 'text', req, 'obs.csv');
    expect(fromFile.state.phase).toBe('error');
    expect(fromFile.state.problem).toEqual({ key: 'calibrationInput.otherState' });
    await fromFile.continueFrom(await firstGenerationState(req), scenario, 'text', req, 'obs.csv');
    expect(fromFile.state.phase).toBe('done');
    expect(strip(fromFile.state.result!)).toEqual(strip(whole.state.result!));
  }, 120_000);

  it('a failing evaluator is reported with its message', async () => {
    const c = new CalibrationController({
      scope: () => (body) =>
        body(async () => {
          throw new Error('the simulation worker stopped');
        }),
      workers: 1,
    });
    await c.run(smallWorld({ steps: 48 }), 'text', request(), 'obs.csv');
    expect(c.state.phase).toBe('error');
    expect(c.state.error).toBe('the simulation worker stopped');
  });
});
