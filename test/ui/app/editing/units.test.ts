/**
 * One unit per quantity: every control whose quantity is a share or a chance (a value from 0 to 1)
 * shows it as a percentage, number box included; the only [0, 1] quantity that is not a share is
 * an exponent. Also the per-1,000-spent arithmetic of the summary bar.
 */
import { describe, expect, it } from 'vitest';
import { KOL_FIELDS, LEVER_FIELDS, MODEL_FIELDS, NETWORK_FIELDS, RUN_FIELDS, SEEDING_FIELDS } from '../../../../src/ui/app/fieldSpecs';
import { perSpend } from '../../../../src/ui/app/editing/perSpend';

/** Quantities in [0, 1] that are not shares: shown as plain numbers. */
const NOT_SHARES = ['model.kolEngagementDecay'];

describe('units', () => {
  it('shows every share or chance in percent', () => {
    const all = [...Object.values(MODEL_FIELDS).flat(), ...Object.values(NETWORK_FIELDS).flat(), ...KOL_FIELDS, ...LEVER_FIELDS, ...SEEDING_FIELDS, ...RUN_FIELDS];
    const shares = all.filter((f) => (f.control === 'slider' || f.control === 'number') && f.min === 0 && f.max === 1 && !NOT_SHARES.includes(f.path));
    expect(shares.length).toBeGreaterThan(15);
    expect(shares.filter((f) => f.percent === undefined).map((f) => f.path)).toEqual([]);
    // The Bass coefficients and the threshold spread were plain 0–1 numbers before.
    for (const path of ['model.innovation', 'model.imitation', 'model.thresholdSpread']) expect(shares.find((f) => f.path === path)?.percent).toBeTypeOf('number');
  });

  it('computes results per 1,000 spent, and none for a strategy that spends nothing', () => {
    expect(perSpend(4.9, 470)).toBeCloseTo((4.9 / 470) * 1000, 12);
    expect(perSpend(12, 3000)).toBe(4);
    expect(perSpend(5, 0)).toBeNull();
    expect(perSpend(5, null)).toBeNull();
    expect(perSpend(5, -10)).toBeNull();
    expect(perSpend(Number.NaN, 100)).toBeNull();
  });
});
