/** Organic buyers: who buys with no campaign, and when. */
import { describe, expect, it } from 'vitest';
import { rootKey } from '../../../src/core/random';
import { organicBuyers } from '../../../src/core/dividend/organicDemand';
import { runDividend } from '../../../src/core/dividend/runDividend';
import { exactModel, exactStrategy, pathGraph, seedsOf } from './helpers';

const root = rootKey('organic');

describe('organicBuyers', () => {
  it('none without demand or people', () => {
    expect(organicBuyers(1000, 0, 10, root, 0).nodes.length).toBe(0);
    expect(organicBuyers(0, 0.5, 10, root, 0).nodes.length).toBe(0);
  });

  const n = 200_000;
  const steps = 99; // steps 0 … 99: 100 equally likely steps
  const b = organicBuyers(n, 0.01, steps, root, 3);

  it('a share `demand` of the people buy: Binomial(200 000, 0.01) = 2000 ± 4 sd (sd 44.5)', () => {
    expect(Math.abs(b.nodes.length - 2000)).toBeLessThan(4 * 44.5);
    expect(new Set(b.nodes).size).toBe(b.nodes.length);
    expect(b.nodes.every((j) => j >= 0 && j < n)).toBe(true);
  });

  it('at uniform steps: each tenth of the period gets a tenth of them (± 4 sd)', () => {
    const m = b.steps.length;
    const deciles = new Array(10).fill(0);
    for (const s of b.steps) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(steps);
      deciles[Math.floor(s / 10)]++;
    }
    const sd = Math.sqrt(m * 0.1 * 0.9);
    for (const d of deciles) expect(Math.abs(d - m / 10)).toBeLessThan(4 * sd);
  });

  it('sorted by step, then by index', () => {
    for (let k = 1; k < b.nodes.length; k++) {
      expect(b.steps[k]).toBeGreaterThanOrEqual(b.steps[k - 1]);
      if (b.steps[k] === b.steps[k - 1]) expect(b.nodes[k]).toBeGreaterThan(b.nodes[k - 1]);
    }
  });

  it('depends on (seed, run) only', () => {
    const again = organicBuyers(n, 0.01, steps, root, 3);
    expect(again.nodes).toEqual(b.nodes);
    expect(again.steps).toEqual(b.steps);
    expect(organicBuyers(n, 0.01, steps, root, 4).nodes).not.toEqual(b.nodes);
  });
});

describe('organic demand in a run', () => {
  const g = pathGraph(400);
  const m = exactModel({ organicDemand: 0.1 });
  const doNothing = runDividend(g, m, exactStrategy(), seedsOf(), 30, root, 2);

  it('a do-nothing strategy has exactly the organic buyers, incremental 0 and no ROI', () => {
    expect(doNothing.organicBuyers).toBe(organicBuyers(400, 0.1, 30, root, 2).nodes.length);
    expect(doNothing.organicBuyers).toBeGreaterThan(0);
    expect(doNothing.converted).toBe(doNothing.organicBuyers);
    expect(doNothing.incrementalConverted).toBe(0);
    expect(doNothing.accelerated).toBe(0);
    expect(doNothing.cost).toBe(0);
    expect(doNothing.roi).toBeNull();
    expect(doNothing.costPerConversion).toBeNull();
    expect(doNothing.revenue).toBe(0);
    expect(doNothing.metrics.incrementalConverted).toBe(0);
  });

  it('every strategy of a run meets the same organic buyers', () => {
    const seeded = runDividend(g, m, exactStrategy({ content: { quality: 0.5 } }), seedsOf(0, 200), 30, root, 2);
    expect(seeded.organicBuyers).toBe(doNothing.organicBuyers);
    expect(seeded.incrementalConverted).toBe(seeded.converted - seeded.organicBuyers);
    expect(seeded.incrementalConverted).toBeGreaterThan(0);
    // ROI and cost per conversion on the lift: revenue = 7 × incremental.
    expect(seeded.revenue).toBe(7 * seeded.incrementalConverted);
    expect(seeded.costPerConversion).toBe(seeded.cost / seeded.incrementalConverted);
  });
});
