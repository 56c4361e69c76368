import { describe, expect, it } from 'vitest';
import { drawBits, rootKey } from '../../../src/core/random';
import { AgentTraits, LognormalQuantile, TRAIT_ENGAGEMENT, TRAIT_THRESHOLD, TRAIT_TOLERANCE, uniformOf } from '../../../src/core/dividend/agentTraits';
import { quantile } from '../../../src/core/stats/quantiles';
import { exactModel } from './helpers';

const root = rootKey('traits');

describe('AgentTraits', () => {
  it('draws each trait as drawBits(traits key, agent, trait)', () => {
    const t = new AgentTraits(root, 3, exactModel());
    for (const agent of [0, 1, 17, 123_456, 2_000_000])
      for (const trait of [TRAIT_THRESHOLD, TRAIT_TOLERANCE, TRAIT_ENGAGEMENT]) expect(t.bits(agent, trait)).toBe(drawBits(t.key, agent, trait));
  });

  it('drawAll gives exactly the three methods\' values, with spreads on and off', () => {
    for (const model of [exactModel({ conversion: { spread: 0.7 }, fatigue: { spread: 2.5 }, engagementSpread: 0.5 }), exactModel()]) {
      const t = new AgentTraits(root, 5, model);
      for (let agent = 0; agent < 3000; agent += 7) {
        t.drawAll(agent);
        expect([t.drawn[0], t.drawn[1], t.drawn[2]]).toEqual([t.threshold(agent), t.tolerance(agent), t.engagement(agent)]);
      }
    }
  });

  it('spread 0 gives everyone exactly the median (and engagement 1)', () => {
    const t = new AgentTraits(root, 0, exactModel({ conversion: { threshold: 2.5 }, fatigue: { tolerance: 1.25 } }));
    for (const a of [0, 5, 99]) {
      expect(t.threshold(a)).toBe(2.5);
      expect(t.tolerance(a)).toBe(1.25);
      expect(t.engagement(a)).toBe(1);
    }
  });

  it('a missing tolerance takes the platform preset (group chats: 1.5)', () => {
    const t = new AgentTraits(root, 0, exactModel({ platform: 'group-chats', fatigue: { tolerance: null } }));
    expect(t.tolerance(7)).toBe(1.5);
  });

  it('is lognormal: median threshold, mean-1 engagement, log-sd = spread (20 000 agents)', () => {
    const t = new AgentTraits(root, 1, exactModel({ conversion: { threshold: 2.5, spread: 0.5 }, engagementSpread: 0.8 }));
    const n = 20_000;
    const thresholds = Array.from({ length: n }, (_, a) => t.threshold(a));
    const engagement = Array.from({ length: n }, (_, a) => t.engagement(a));
    // Median: sd of the sample median of a lognormal ≈ 1.25·σ·m/√n ≈ 0.011; tolerance 0.05.
    expect(quantile(thresholds, 0.5)).toBeCloseTo(2.5, 1);
    expect(Math.abs(quantile(thresholds, 0.5) - 2.5)).toBeLessThan(0.05);
    const logs = thresholds.map(Math.log);
    const mean = logs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(sd - 0.5)).toBeLessThan(0.015); // se ≈ 0.0025
    // Mean of a mean-1 lognormal with σ 0.8: sd = √(e^0.64 − 1) ≈ 0.95, se ≈ 0.007.
    const meanEngagement = engagement.reduce((s, x) => s + x, 0) / n;
    expect(Math.abs(meanEngagement - 1)).toBeLessThan(0.04);
  });

  it('depends on the run, not on anything else', () => {
    const m = exactModel({ conversion: { threshold: 2.5, spread: 0.5 } });
    expect(new AgentTraits(root, 4, m).threshold(9)).toBe(new AgentTraits(root, 4, m).threshold(9));
    expect(new AgentTraits(root, 4, m).threshold(9)).not.toBe(new AgentTraits(root, 5, m).threshold(9));
  });
});

describe('LognormalQuantile (tabulated)', () => {
  function worstRelativeError(q: LognormalQuantile): number {
    let worst = 0;
    const check = (bits: number) => {
      worst = Math.max(worst, Math.abs(q.at(bits) / q.exact(uniformOf(bits)) - 1));
    };
    for (let k = 0; k < 100_000; k++) check(Math.floor((k / 100_000) * 4294967296) >>> 0);
    for (let bin = 90; bin < 4096; bin++) {
      check((bin << 20) >>> 0);
      check(((bin << 20) | 0x7ffff) >>> 0);
    }
    for (const bits of [0, 1, 4294967295]) check(bits);
    return worst;
  }

  it('is within 1e-5 relative of the exact quantile for σ ≤ 1 and 1e-4 for σ = 3', () => {
    expect(worstRelativeError(new LognormalQuantile(2.5, 0.5, 0))).toBeLessThan(1e-5);
    expect(worstRelativeError(new LognormalQuantile(1, 1, -0.5))).toBeLessThan(1e-5);
    const wide = worstRelativeError(new LognormalQuantile(2.5, 3, 0));
    expect(wide).toBeLessThan(1e-4);
    expect(wide).toBeGreaterThan(0); // the table is really used
  });
});
