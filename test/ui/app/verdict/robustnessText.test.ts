import { afterEach, describe, expect, it } from 'vitest';
import type { Robustness } from '../../../../src/runtime/robustness';
import { setLocale } from '../../../../src/ui/i18n/locale';
import { robustnessLines } from '../../../../src/ui/app/verdict/robustnessText';

const goal = (goal: 'mostConversions' | 'lowestCostPerSale' | 'bestRoi', verdict: Robustness['verdict']) => ({
  goal,
  metric: 'incrementalConverted',
  better: 'higher' as const,
  winShare: { A: verdict.share, B: 1 - verdict.share },
  undecided: 0,
  leader: verdict.winner,
  runnerUp: 'B',
  sensitivity: [],
  verdict,
});

const robustness: Robustness = {
  worlds: 200,
  threshold: 0.9,
  paths: ['model.conversion.plateau'],
  draws: [],
  goals: [
    goal('mostConversions', { word: 'robust', winner: 'A', share: 0.92 }),
    goal('lowestCostPerSale', { word: 'depends', winner: 'A', share: 0.855, on: 'model.conversion.plateau' }),
    goal('bestRoi', { word: 'depends', winner: 'A', share: 0.6, on: null }),
  ],
  sensitivity: [],
  verdict: { word: 'robust', winner: 'A', share: 0.92 },
};

afterEach(() => setLocale('en'));

describe('robustness in words', () => {
  it('says robust at ≥ 90 % and names the parameter the lead depends on otherwise', () => {
    setLocale('en');
    const lines = robustnessLines(robustness, (n) => (n === 'A' ? 'Seed 30 connectors' : n));
    expect(lines.map((l) => l.robust)).toEqual([true, false, false]);
    expect(lines[0]).toEqual({ goal: 'Most extra sales', robust: true, text: 'Seed 30 connectors wins in 92 % of the worlds.' });
    expect(lines[1].text).toBe('Seed 30 connectors wins in only 86 % of the worlds; the lead depends most on model.conversion.plateau.');
    expect(lines[2].text).toBe('Seed 30 connectors wins in only 60 % of the worlds.');
  });

  it('in Chinese keeps the path as written', () => {
    setLocale('zh-CN');
    const lines = robustnessLines(robustness, (n) => n);
    expect(lines[1].text).toBe('A 只在 86 % 的世界中胜出；领先最依赖 model.conversion.plateau。');
  });
});
