/**
 * ABC-SMC on a toy problem whose posterior is known exactly. A fake evaluator stands for the
 * model: run r of a particle with parameter θ reports x_r = 1000·θ + σ·z_r, where z_r is a
 * standard normal fixed per run index (common random numbers: every particle meets the same
 * z_0 … z_{R−1}). With the observed y and a flat prior, the ABC target as the tolerance shrinks is the
 * equal-weight mixture of the points θ_r = (y − σ·z_r) / 1000 — so its mean and standard deviation
 * are known from the z's alone, and the algorithm must find them.
 */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS, type AbcOptions } from '../../src/calibration/abcOptions';
import type { CalibrationState } from '../../src/calibration/abcState';
import { planFit } from '../../src/calibration/fitParams';
import { parseObservedCsv } from '../../src/calibration/observedTimeline';
import type { ParticleEvaluator } from '../../src/calibration/particleEvaluator';
import { weightedMean } from '../../src/calibration/weightedStats';
import { purposeStream, rootKey } from '../../src/core/random';
import { smallWorld } from './fixtures';

const R = 40;
const SIGMA = 50;
const Y = 500;
const z = Array.from({ length: R }, (_, r) => purposeStream(rootKey('toy-noise'), r, 'z').normal());

const toyEvaluator: ParticleEvaluator = async (scenarios, request) =>
  scenarios.map((s) => {
    const theta = (s.strategies[0] as { content: { quality: number } }).content.quality;
    const n = request.step.length;
    const timelines = new Int32Array(s.runs * request.columns.length * n);
    for (let r = 0; r < s.runs; r++) timelines.fill(Math.round(1000 * theta + SIGMA * z[r]), r * request.columns.length * n, (r * request.columns.length + 1) * n);
    return { runs: s.runs, step: request.step, columns: request.columns, timelines };
  });

const observed = parseObservedCsv(`step,reached\n10,${Y}\n`);
const options: AbcOptions = { ...DEFAULT_ABC_OPTIONS, particles: 300, generations: 12, runsPerParticle: R };
const plan = planFit(smallWorld(), [{ path: 'strategies[0].content.quality', lo: 0, hi: 1 }], { runsPerParticle: R });

describe('ABC-SMC on a toy problem with a known posterior', () => {
  it('recovers the mean and spread of the exact ABC target', async () => {
    const state = await calibrate({ plan, observed, options }, toyEvaluator);
    const targets = z.map((zr) => (Y - SIGMA * zr) / 1000);
    const mean = targets.reduce((s, t) => s + t, 0) / R;
    const sd = Math.sqrt(targets.reduce((s, t) => s + (t - mean) ** 2, 0) / R);
    const values = state.population.map((p) => p.values[0]);
    const weights = state.population.map((p) => p.weight);
    const postMean = weightedMean(values, weights);
    const postSd = Math.sqrt(weightedMean(values.map((v) => (v - postMean) ** 2), weights));
    expect(Math.abs(postMean - mean)).toBeLessThan(0.1 * sd);
    // The tolerance adds a little width; never much less than the target's spread.
    expect(postSd / sd).toBeGreaterThan(0.85);
    expect(postSd / sd).toBeLessThan(1.25);
    // Every generation shrank the tolerance; it stopped for a documented reason.
    const tolerances = state.generations.map((g) => g.tolerance ?? Infinity);
    tolerances.slice(1).forEach((t, i) => expect(t).toBeLessThan(tolerances[i]));
    expect(['generations', 'tolerance', 'noise', 'acceptance']).toContain(state.stoppedBecause);
    expect(state.population.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
  });

  it('resumed from a saved generation gives the uninterrupted numbers', async () => {
    const whole = await calibrate({ plan, observed, options: { ...options, particles: 100 } }, toyEvaluator);
    const saved: CalibrationState[] = [];
    const controller = new AbortController();
    await expect(
      calibrate({ plan, observed, options: { ...options, particles: 100 } }, toyEvaluator, {
        signal: controller.signal,
        onGeneration: (s) => {
          saved.push(JSON.parse(JSON.stringify(s)) as CalibrationState);
          if (saved.length === 2) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect(saved).toHaveLength(2);
    const resumed = await calibrate({ plan, observed, options: { ...options, particles: 100 } }, toyEvaluator, { state: saved[1] });
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(whole));
    expect(whole.generations.length).toBeGreaterThan(2);
    // A state of other inputs is refused.
    await expect(calibrate({ plan, observed, options: { ...options, particles: 101 } }, toyEvaluator, { state: saved[1] })).rejects.toThrow(/belongs to another calibration/);
  });
});
