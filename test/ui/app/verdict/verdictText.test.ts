/**
 * The verdict's sentences in English and Chinese, on the hand-made runs of verdict.test.ts
 * (A: 20 seed users, 13 extra sales per run for 100; B: Hire 2 KOLs, 15.5 for 170; C: do nothing).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../src/ui/i18n/locale';
import { setCurrency } from '../../../../src/ui/app/editing/currency';
import type { StrategyColumns } from '../../../../src/ui/app/verdict/strategySummary';
import { verdictOf } from '../../../../src/ui/app/verdict/verdict';
import { goalSentence, sanityText, summaryCells } from '../../../../src/ui/app/verdict/verdictText';
import { checkScenario } from '../../../../src/scenario/validateScenario';
import type { DividendScenario } from '../../../../src/core/scenario';
import { dividendScenario } from '../../../scenario/scenarioFixtures';

function strategy(name: string, lift: number[], cost: number[]): StrategyColumns {
  return { name, lift, cost, roi: lift.map((l, i) => (cost[i] > 0 ? (50 * l - cost[i]) / cost[i] : NaN)), reached: lift.map((l) => 10 * l + 100) };
}
const A = strategy('20 seed users', [10, 12, 14, 16], [100, 100, 100, 100]);
const B = strategy('Hire 2 KOLs', [12, 15, 16, 19], [170, 170, 170, 170]);
const C = strategy('Do nothing', [0, 0, 0, 0], [0, 0, 0, 0]);

afterEach(() => setLocale('en', { remember: false }));

describe('verdict sentences', () => {
  const v = verdictOf([A, B, C])!;

  it('English: the winner, the lead over the runner-up with its interval, the win rate and the costs', () => {
    setLocale('en', { remember: false });
    const [sales, cps, roi] = v.goals.map((g) => goalSentence(g, v.strategies));
    // Lead 2.5 [1.58–3.42]; 70 more per run; B costs 170, 680/62 = 10.97 per extra sale.
    expect(sales).toBe('Hire 2 KOLs sells the most: +2.5 extra sales per run [95% CI 1.6–3.4] over 20 seed users, ahead in 100% of runs, for 70.00 more per run (costs 170 per run, 10.97 per extra sale).');
    // A: 400/52 = 7.69 per extra sale; 10.97 − 7.69 = 3.28 less.
    expect(cps).toMatch(/^20 seed users has the lowest cost per extra sale: 7\.69, 3\.28 less than Hire 2 KOLs \[95% CI [\d.]+–[\d.]+\], cheaper per sale in 100% of runs \(costs 100 per run, sells 13 extra per run\)\.$/);
    // ROI 5.5 vs 3.559: +550 %, 194 points above.
    expect(roi).toMatch(/^20 seed users has the best ROI: \+550%, 194 percentage points above Hire 2 KOLs \[95% CI [\d,]+–[\d,]+\], ahead in 100% of runs/);
  });

  it('Chinese: the same numbers in Chinese words', () => {
    setLocale('zh-CN', { remember: false });
    const sales = goalSentence(v.goals[0], v.strategies);
    expect(sales).toBe('「Hire 2 KOLs」卖得最多：比「20 seed users」每次多卖 +2.5 笔额外销售 [95% CI 1.6–3.4]，在 100% 的模拟中领先，每次多花 70.00（每次花费 170，每笔额外销售 10.97）。');
  });

  it('no clear winner: the interval includes zero and the sentence says why, in the direction of the metric', () => {
    setLocale('en', { remember: false });
    const close = verdictOf([strategy('X', [10, 10, 10, 10], [100, 100, 100, 100]), strategy('Y', [10, 20, 10, 20], [200, 200, 200, 200])])!;
    expect(goalSentence(close.goals[1], close.strategies)).toMatch(
      /^No clear winner on cost per extra sale: X \(10\.00\) costs 3\.33 less per extra sale than Y \[95% CI −4\.83 to 11\.50\], cheaper per sale in 75% of runs, but the interval includes zero — more runs would tell them apart \(about 25 runs; now 4\)\.$/,
    );
    const same = verdictOf([A, { ...A, name: 'copy' }])!;
    expect(goalSentence(same.goals[0], same.strategies)).toBe('No clear winner: 20 seed users and copy give the same numbers on every run.');
  });

  it('a cheaper winner on sales says "for less", never a negative cost', () => {
    setLocale('en', { remember: false });
    const cheapBest = verdictOf([strategy('Big', [10, 11, 12, 13], [300, 300, 300, 300]), strategy('Small', [20, 21, 22, 23], [0, 0, 0, 0])])!;
    expect(goalSentence(cheapBest.goals[0], cheapBest.strategies)).toContain('and for 300 less per run');
    expect(goalSentence(cheapBest.goals[2], cheapBest.strategies)).toBe('Big is the only strategy that spends money: ROI +92%.');
    // (50 l − 300)/300 for l = 10…13: 0.67, 0.83, 1, 1.17 → mean 0.92.
  });

  it('one strategy in all: its numbers and an invitation to compare', () => {
    setLocale('en', { remember: false });
    const one = verdictOf([A])!;
    expect(one.goals.map((g) => goalSentence(g, one.strategies))).toEqual([
      '20 seed users sells 13 extra per run (costs 100 per run). Add a strategy to compare it with.',
      '20 seed users: 7.69 per extra sale.',
      '20 seed users: ROI +550%.',
    ]);
  });

  it('table cells: means, the 5–95 % range, money and shares', () => {
    setLocale('en', { remember: false });
    // A: lift 13 (p05 10.3, p95 15.7), cost 100, 400/52 = 7.69 per extra sale, ROI 5.5, 13/230 = 5.7 % of the reached.
    expect(summaryCells(v.strategies[0])).toEqual({ lift: '13', liftRange: '10.3–15.7', cost: '100', costPerSale: '7.69', roi: '+550%', share: '5.7%' });
    expect(summaryCells(v.strategies[2])).toMatchObject({ costPerSale: 'n/a', roi: 'n/a', share: '0%' });
  });

  it('money in the chosen currency (labels only): the same numbers with the symbol', () => {
    setLocale('en', { remember: false });
    setCurrency('USD');
    try {
      expect(summaryCells(v.strategies[0])).toMatchObject({ lift: '13', cost: '$100', costPerSale: '$7.69' });
      expect(goalSentence(v.goals[0], v.strategies)).toContain('for $70.00 more per run (costs $170 per run, $10.97 per extra sale)');
    } finally {
      setCurrency('');
    }
  });
});

describe('sanity text', () => {
  it('names the value, the benchmark and the most likely lever, then the others', () => {
    setLocale('en', { remember: false });
    const check = checkScenario(dividendScenario([{ content: { quality: 0.6 } }], { platform: 'neutral' }));
    if (!check.ok) throw new Error('fixture');
    const rows = verdictOf([A])!.strategies;
    const text = sanityText({ rule: 'liftShareOfReached', strategy: 0, value: 0.08, limit: 0.05, levers: ['platformNeutral', 'quality'] }, rows, check.scenario as DividendScenario);
    expect(text).toBe(
      '20 seed users: 8% of the people it reaches buy because of the campaign — e-commerce and recommendation benchmarks are 2–3%. Most likely cause: the platform is “neutral” (every tie seen and fully trusted, for textbook experiments); pick a real platform in the model settings. Also unusual: content quality.',
    );
  });
});
