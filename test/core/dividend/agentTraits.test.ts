import { describe, expect, it } from 'vitest';
import { drawBits, rootKey } from '../../../src/core/random';
import {
  AgentTraits,
  LognormalQuantile,
  TRAIT_BUY,
  TRAIT_ENGAGEMENT,
  TRAIT_TOLERANCE,
  uniformOf,
  worldTraitKey,
} from '../../../src/core/dividend/agentTraits';
import { quantile } from '../../../src/core/stats/quantiles';
import { exactModel } from './helpers';

const root = rootKey('traits');

describe('AgentTraits', () => {
  it('draws each run trait as drawBits(traits key, agent, trait) and engagement from the world key', () => {
    const t = new AgentTraits(root, 3, exactModel());
    for (const agent of [0, 1, 17, 123_456, 2_000_000])
      for (const trait of [TRAIT_BUY, TRAIT_TOLERANCE, TRAIT_ENGAGEMENT]) expect(t.bits(agent, trait)).toBe(drawBits(t.key, agent, trait));
    expect(t.worldKey).toEqual(worldTraitKey(root));
  });

  it("drawAll gives exactly the three methods' values, with spreads on and off", () => {
    for (const model of [exactModel({ conversion: { plateau: 0.3, halfDose: 2, steepness: 3 }, fatigue: { spread: 2.5 }, engagementSpread: 0.5 }), exactModel()]) {
      const t = new AgentTraits(root, 5, model);
      for (let agent = 0; agent < 3000; agent += 7) {
        t.drawAll(agent);
        expect([t.drawn[0], t.drawn[1], t.drawn[2]]).toEqual([t.doseThreshold(agent), t.tolerance(agent), t.engagement(agent)]);
      }
    }
  });

  it('the buying threshold is the dose at which P(dose) reaches the person’s uniform draw', () => {
    const c = { plateau: 0.4, halfDose: 2, steepness: 2 };
    const t = new AgentTraits(root, 2, exactModel({ conversion: c }));
    for (const a of [0, 3, 11, 42, 1000]) {
      const u = t.buyDraw(a);
      expect(u).toBe(uniformOf(t.bits(a, TRAIT_BUY)));
      // halfDose · (u / (plateau − u))^(1/2), or never above the plateau.
      expect(t.doseThreshold(a)).toBe(u >= 0.4 ? Infinity : 2 * Math.sqrt(u / (0.4 - u)));
    }
  });

  it('buy draws are uniform per (run, person): a share 0.3 of 20 000 people draw below 0.3', () => {
    const t = new AgentTraits(root, 1, exactModel());
    const n = 20_000;
    let below = 0;
    for (let a = 0; a < n; a++) if (t.buyDraw(a) < 0.3) below++;
    // Binomial(20 000, 0.3): sd 64.8; ±4 sd.
    expect(Math.abs(below - 6000)).toBeLessThan(4 * 64.8);
  });

  it('spread 0 gives everyone exactly the median tolerance, engagement 1 and the median delay', () => {
    const t = new AgentTraits(root, 0, exactModel({ fatigue: { tolerance: 1.25 }, response: { medianHours: 7, spread: 0 } }));
    for (const a of [0, 5, 99]) {
      expect(t.tolerance(a)).toBe(1.25);
      expect(t.engagement(a)).toBe(1);
      expect(t.delay(a, 0)).toBe(7);
      expect(t.delay(a, 3)).toBe(7);
    }
  });

  it('a missing tolerance takes the platform preset (group chats: 1.5)', () => {
    const t = new AgentTraits(root, 0, exactModel({ platform: 'group-chats', fatigue: { tolerance: null } }));
    expect(t.tolerance(7)).toBe(1.5);
  });

  it('engagement is a world trait: the same in every run; the buy draw and tolerance are drawn per run', () => {
    const m = exactModel({ engagementSpread: 0.8, fatigue: { spread: 0.5 } });
    const r4 = new AgentTraits(root, 4, m);
    const r5 = new AgentTraits(root, 5, m);
    for (const a of [0, 9, 123]) {
      expect(r4.engagement(a)).toBe(r5.engagement(a));
      expect(r4.buyDraw(a)).toBe(new AgentTraits(root, 4, m).buyDraw(a));
      expect(r4.buyDraw(a)).not.toBe(r5.buyDraw(a));
      expect(r4.tolerance(a)).not.toBe(r5.tolerance(a));
    }
    expect(new AgentTraits(rootKey('another world'), 4, m).engagement(9)).not.toBe(r4.engagement(9));
  });

  it('mean-1 engagement with log-sd = spread (20 000 agents)', () => {
    const t = new AgentTraits(root, 1, exactModel({ engagementSpread: 0.8 }));
    const n = 20_000;
    const engagement = Array.from({ length: n }, (_, a) => t.engagement(a));
    // Mean of a mean-1 lognormal with σ 0.8: sd = √(e^0.64 − 1) ≈ 0.95, se ≈ 0.007.
    const meanEngagement = engagement.reduce((s, x) => s + x, 0) / n;
    expect(Math.abs(meanEngagement - 1)).toBeLessThan(0.04);
    const logs = engagement.map(Math.log);
    const mean = logs.reduce((s, x) => s + x, 0) / n;
    const sd = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
    expect(Math.abs(sd - 0.8)).toBeLessThan(0.024); // se ≈ 0.004
  });

  it('response delays are whole hours ≥ 1, lognormal with the stated median, drawn per (run, person, wave)', () => {
    const t = new AgentTraits(root, 1, exactModel({ response: { medianHours: 6, spread: 1.65 } }));
    const n = 20_000;
    const delays = Array.from({ length: n }, (_, a) => t.delay(a, 0));
    expect(delays.every((d) => Number.isInteger(d) && d >= 1)).toBe(true);
    // Rounding keeps the median at 6 (lognormal median 6: P(raw < 5.5) = Φ(ln(5.5/6)/1.65) = 0.479,
    // P(raw < 6.5) = 0.519): the sample median is 6 unless the share below 5.5 strays by > 4 sd.
    expect(quantile(delays, 0.5)).toBe(6);
    // Heavy tail: P(delay > 48 h) = 1 − Φ(ln(48.5/6)/1.65) = 1 − Φ(1.267) ≈ 0.103; sd 0.002.
    const late = delays.filter((d) => d > 48).length / n;
    expect(Math.abs(late - 0.103)).toBeLessThan(0.01);
    expect(t.delay(5, 1)).not.toBe(t.delay(5, 2)); // another wave, another draw (for this agent)
    // A median below 1.5 rounds up to at least one hour.
    const fast = new AgentTraits(root, 1, exactModel({ response: { medianHours: 1, spread: 2 } }));
    for (let a = 0; a < 500; a++) expect(fast.delay(a, 0)).toBeGreaterThanOrEqual(1);
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
