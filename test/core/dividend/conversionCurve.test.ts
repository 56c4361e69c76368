/**
 * The buying curve P(d) = plateau · dᵏ / (dᵏ + halfDoseᵏ) and its inverse, the dose threshold of a
 * person with uniform draw u. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { buyChance, doseDecayTable, doseThreshold } from '../../../src/core/dividend/conversionCurve';

const curve = (steepness: number) => ({ plateau: 0.08, halfDose: 2, steepness });

describe('buyChance', () => {
  it('is 0 at dose 0 and half the plateau at halfDose, for every steepness', () => {
    for (const k of [0.5, 1, 2, 3, 8]) {
      expect(buyChance(0, curve(k))).toBe(0);
      expect(buyChance(2, curve(k))).toBeCloseTo(0.04, 15);
    }
  });

  it('steepness 1: plateau · d / (d + h) — 1/3, 3/4 and 9/10 of the plateau at doses 1, 6, 18', () => {
    expect(buyChance(1, curve(1))).toBeCloseTo(0.08 / 3, 15);
    expect(buyChance(6, curve(1))).toBeCloseTo(0.06, 15);
    expect(buyChance(18, curve(1))).toBeCloseTo(0.072, 15);
  });

  it('steepness 2 and 3: 1/5 and 1/9 of the plateau at dose 1 (half the half-dose)', () => {
    expect(buyChance(1, curve(2))).toBeCloseTo(0.08 / 5, 12);
    expect(buyChance(1, curve(3))).toBeCloseTo(0.08 / 9, 12);
    expect(buyChance(4, curve(2))).toBeCloseTo((0.08 * 16) / 20, 12);
  });

  it('diminishing returns at steepness 1: each extra unit of dose adds less', () => {
    const gains = [1, 2, 3, 4, 5].map((d) => buyChance(d, curve(1)) - buyChance(d - 1, curve(1)));
    for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeLessThan(gains[i - 1]);
  });

  it('S-shaped at steepness 2: the second unit of dose adds more than the first', () => {
    const first = buyChance(1, curve(2));
    expect(buyChance(2, curve(2)) - first).toBeGreaterThan(first);
  });
});

describe('doseThreshold', () => {
  it('is halfDose · (u / (plateau − u))^(1/k), Infinity at or above the plateau', () => {
    expect(doseThreshold(0.04, curve(1))).toBe(2);
    expect(doseThreshold(0.02, curve(1))).toBeCloseTo(2 / 3, 15);
    expect(doseThreshold(0.016, curve(2))).toBeCloseTo(1, 12); // odds 1/4, √ = 1/2
    expect(doseThreshold(0.08 / 9, curve(3))).toBeCloseTo(1, 12); // odds 1/8, ∛ = 1/2
    expect(doseThreshold(0.08, curve(1))).toBe(Infinity);
    expect(doseThreshold(0.5, curve(2))).toBe(Infinity);
  });

  it('inverts buyChance: P(threshold(u)) = u below the plateau', () => {
    for (const k of [1, 2, 3])
      for (const u of [0.001, 0.01, 0.05, 0.079]) expect(buyChance(doseThreshold(u, curve(k)), curve(k))).toBeCloseTo(u, 12);
  });

  it('P(dose) is the share of a uniform population that buys at that dose (steepness 1, 2, 3)', () => {
    // A population of 100 000 with draws on the exact grid (i + ½)/N: the share with threshold ≤ d
    // is P(d) to within one person.
    const N = 100_000;
    for (const k of [1, 2, 3])
      for (const d of [0.5, 1, 2, 5, 40]) {
        let buyers = 0;
        for (let i = 0; i < N; i++) if (doseThreshold((i + 0.5) / N, curve(k)) <= d) buyers++;
        expect(Math.abs(buyers - N * buyChance(d, curve(k)))).toBeLessThanOrEqual(1);
      }
  });
});

describe('doseDecayTable', () => {
  it('halves the dose exactly once per memory half-life', () => {
    const t = doseDecayTable(10, 40)!;
    expect(t[0]).toBe(1);
    expect(t[10]).toBe(0.5);
    expect(t[20]).toBe(0.25);
    expect(t[40]).toBe(0.0625);
    expect(t[5]).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('is null without fading (null or 0) and grows for a longer horizon', () => {
    expect(doseDecayTable(null, 10)).toBeNull();
    expect(doseDecayTable(0, 10)).toBeNull();
    expect(doseDecayTable(3, 5)!.length).toBeGreaterThan(5);
    expect(doseDecayTable(3, 500)![300]).toBe(2 ** -100);
  });
});
