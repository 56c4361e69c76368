import { describe, expect, it } from 'vitest';
import { parseObservedCsv } from '../../src/calibration/observedTimeline';
import { predictiveSteps, summarisePredictive } from '../../src/calibration/predictive';
import { weightedQuantiles } from '../../src/calibration/weightedStats';

describe('posterior predictive summary', () => {
  it('keeps every observed step and at most ~200 grid steps of a long horizon', () => {
    const observed = parseObservedCsv('step,reached\n7,1\n5001,2\n');
    const steps = predictiveSteps(observed, 10_000);
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(10_000);
    expect(steps).toContain(7);
    expect(steps).toContain(5001);
    expect(steps.length).toBeLessThanOrEqual(203);
  });

  it('gives the weighted mean and the weighted 5 % / 95 % quantiles of every run at every kept step', () => {
    const observed = parseObservedCsv('step,reached\n2,3\n');
    const step = predictiveSteps(observed, 5);
    const particles = Array.from({ length: 30 }, (_, i) => ({
      runs: 4,
      step,
      columns: ['reached'] as const,
      timelines: Int32Array.from({ length: 24 }, (_, k) => (i * 7 + k * 13) % 11),
    }));
    const weights = particles.map((_, i) => ((i % 5) + 1) / 90);
    expect(step).toEqual([0, 1, 2, 3, 4, 5]);
    const summary = summarisePredictive(observed, ['reached'], particles, weights);
    const band = summary.columns.reached!;
    expect(band.observed).toEqual([null, null, 3, null, null, null]);
    for (let t = 0; t <= 5; t++) {
      const values: number[] = [];
      const w: number[] = [];
      particles.forEach((p, i) => {
        for (let r = 0; r < 4; r++) {
          values.push(p.timelines[r * 6 + t]);
          w.push(weights[i] / 4);
        }
      });
      expect([band.p05[t], band.p95[t]]).toEqual(weightedQuantiles(values, w, [0.05, 0.95]));
      expect(band.mean[t]).toBeCloseTo(values.reduce((s, v, j) => s + v * w[j], 0) / w.reduce((s, x) => s + x, 0), 12);
    }
  });
});
