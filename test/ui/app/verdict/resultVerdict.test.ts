/** The page's wiring of the verdict: a dividend result's chart view in, verdict and notes out; nothing for canonical models. */
import { describe, expect, it } from 'vitest';
import type { DividendScenario, Scenario } from '../../../../src/core/scenario';
import { checkScenario } from '../../../../src/scenario/validateScenario';
import type { ResultView } from '../../../../src/ui/app/resultView';
import { resultVerdict } from '../../../../src/ui/app/verdict/resultVerdict';
import { canonicalScenario, dividendScenario } from '../../../scenario/scenarioFixtures';

function scenarioOf(json: unknown): Scenario {
  const check = checkScenario(json);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.scenario;
}

/** A view of two strategies whose runs carry the dividend columns (B: ROI +700 % on its runs). */
function view(hasLift = true): ResultView {
  const run = (i: number, lift: number, cost: number) => ({ run: i, reached: 100, shared: 5, converted: lift + 1, churned: 0, steps: 10, incrementalConverted: lift, organicBuyers: 1, cost, roi: (50 * lift - cost) / cost });
  const strategies = [
    { name: 's0', color: '#000', runs: [run(0, 2, 100), run(1, 4, 100)] },
    { name: 's1', color: '#111', runs: [run(0, 16, 100), run(1, 16, 100)] },
  ];
  return { strategies, keys: strategies, runs: 2, hasMoney: true, hasLift, organicBaseline: 1, attribution: null, decomposition: null } as unknown as ResultView;
}

describe('resultVerdict', () => {
  const scenario = scenarioOf(dividendScenario()) as DividendScenario;

  it('a dividend result: the verdict from the view, and the sanity notes of its scenario', () => {
    const r = resultVerdict(view(), scenario)!;
    // s1: 16 extra sales per run vs 3; ROI (800 − 100)/100 = 7 > 5, and 16 of 100 reached buy (16 % > 5 %).
    expect(r.verdict.goals[0]).toMatchObject({ goal: 'sales', winner: 1, rival: 0, advantage: 13 });
    expect(r.notes.map((n) => [n.rule, n.strategy])).toEqual([
      ['liftShareOfReached', 1],
      ['roi', 1],
    ]);
  });

  it('nothing for a canonical model, a view without lift, or a scenario that no longer matches the view', () => {
    expect(resultVerdict(view(false), scenario)).toBeNull();
    expect(resultVerdict(view(), scenarioOf(canonicalScenario()))).toBeNull();
    expect(resultVerdict(view(), { ...scenario, strategies: scenario.strategies.slice(0, 1) })).toBeNull();
    expect(resultVerdict(view(), null)).toBeNull();
  });
});
