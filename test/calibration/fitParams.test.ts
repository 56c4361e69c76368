import { describe, expect, it } from 'vitest';
import { candidateCheck, insidePrior, latentRange, parseFitSpec, planFit, simulatedValue } from '../../src/calibration/fitParams';
import { smallWorld } from './fixtures';

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('fitted parameters', () => {
  it('parses PATH=LO:HI', () => {
    expect(parseFitSpec('model.advocacy=0:0.5')).toEqual({ path: 'model.advocacy', lo: 0, hi: 0.5 });
    expect(parseFitSpec(' strategies[0].content.quality = .1 : 1e-0 ')).toEqual({ path: 'strategies[0].content.quality', lo: 0.1, hi: 1 });
    expect(message(() => parseFitSpec('model.advocacy'))).toMatch(/no "="/);
    expect(message(() => parseFitSpec('model.advocacy=0.5'))).toMatch(/exactly one ":"/);
    expect(message(() => parseFitSpec('model.advocacy=a:1'))).toMatch(/LO and HI must be numbers/);
    expect(message(() => parseFitSpec('model.advocacy=0.5:0.5'))).toMatch(/LO must be below HI/);
  });

  it('rounds whole-number fields with equal prior mass per whole number', () => {
    const plan = planFit(smallWorld(), [{ path: 'strategies[0].seeding.count', lo: 5, hi: 8 }], { runsPerParticle: 3 });
    const [p] = plan.params;
    expect(p.integer).toBe(true);
    expect(latentRange(p)).toEqual([4.5, 8.5]);
    expect([4.5, 5.49, 5.5, 8.49].map((x) => simulatedValue(p, x))).toEqual([5, 5, 6, 8]);
    expect(insidePrior(plan.params, [8.5])).toBe(false);
    const checked = candidateCheck(plan, [7]);
    expect(checked.ok && checked.scenario.strategies[0].seeding.count).toBe(7);
    expect(checked.ok && checked.scenario.runs).toBe(3);
    expect(message(() => planFit(smallWorld(), [{ path: 'strategies[0].seeding.count', lo: 5.1, hi: 5.3 }], { runsPerParticle: 3 }))).toMatch(/at least one whole number apart/);
  });

  it('checks both ends of every range, paths, duplicates and the strategy that ran', () => {
    const world = smallWorld();
    expect(message(() => planFit(world, [{ path: 'model.conversion.plateau', lo: 0.1, hi: 2 }], { runsPerParticle: 3 }))).toBe(
      'model.conversion.plateau=0.1:2: at HI = 2: model.conversion.plateau: must be a number between 0 and 1 (got 2)'.replace(/^/, '--fit '),
    );
    expect(message(() => planFit(world, [{ path: 'runs', lo: 1, hi: 5 }], { runsPerParticle: 3 }))).toMatch(/^runs: not a parameter of the world or the campaign/);
    expect(message(() => planFit(world, [{ path: 'model.nope', lo: 0, hi: 1 }], { runsPerParticle: 3 }))).toMatch(/^model\.nope: unknown path/);
    expect(
      message(() =>
        planFit(
          world,
          [
            { path: 'strategies[*].content.quality', lo: 0, hi: 1 },
            { path: 'strategies[0].content.quality', lo: 0, hi: 1 },
          ],
          { runsPerParticle: 3 },
        ),
      ),
    ).toMatch(/both set strategies\[0\]\.content\.quality/);
    const two = smallWorld({ strategies: [{ name: 'a', seeding: { method: 'random', count: 5 } }, { name: 'b', seeding: { method: 'random', count: 9 } }] });
    expect(message(() => planFit(two, [{ path: 'model.advocacy', lo: 0, hi: 1 }], { runsPerParticle: 3 }))).toMatch(/has 2 strategies \("a", "b"\); name the one that ran with --strategy NAME/);
    const plan = planFit(two, [{ path: 'strategies[*].seeding.count', lo: 1, hi: 20 }], { strategy: 'b', runsPerParticle: 3 });
    expect(plan.params[0].fields).toEqual(['strategies[1].seeding.count']);
    const checked = candidateCheck(plan, [12]);
    expect(checked.ok && checked.scenario.strategies.map((s) => [s.name, s.seeding.count])).toEqual([['b', 12]]);
    expect(message(() => planFit(two, [{ path: 'strategies[0].seeding.count', lo: 1, hi: 20 }], { strategy: 'b', runsPerParticle: 3 }))).toMatch(/does not touch the strategy that ran/);
  });
});
