/**
 * Scale to budget: hand-computed fixtures. Costs are proportional to their lever (e.g. 40 seed
 * users costing 800 → 20 per seed user), so the expected new levers follow by hand.
 */
import { describe, expect, it } from 'vitest';
import { scaleToBudget } from '../../../../src/ui/app/editing/scaleToBudget';

const wide = { seeds: 10_000, kols: 50, adReach: 1, reward: 100 };

describe('scaleToBudget', () => {
  it('halves every lever when the target is half the cost and halves divide evenly', () => {
    const out = scaleToBudget({ seeds: 40, kols: 2, adReach: 0.01, reward: 0 }, { seeds: 800, kols: 400, ads: 300, rewards: 0 }, 750, wide);
    expect(out).toEqual({
      ok: true,
      levers: { seeds: 20, kols: 1, adReach: 0.005, reward: 0 },
      changes: [
        { lever: 'seeds', from: 40, to: 20 },
        { lever: 'kols', from: 2, to: 1 },
        { lever: 'adReach', from: 0.01, to: 0.005 },
      ],
      factor: 0.5,
      predictedCost: 750,
      currentCost: 1500,
    });
  });

  it('lets the continuous levers take up what rounding the whole ones leaves', () => {
    // 3 KOLs at 100 each, reward 1 costing 300; target 450 → factor 0.75: KOLs 2 (200) or 3 (300);
    // with 2 KOLs the reward pays 250 → ×(250/300); with 3 it pays 150 → ×0.5. Both hit 450;
    // the tie goes to the reward factor closer to 0.75 (0.8333 vs 0.5).
    const out = scaleToBudget({ seeds: 0, kols: 3, adReach: 0, reward: 1 }, { seeds: 0, kols: 300, ads: 0, rewards: 300 }, 450, wide);
    expect(out.ok && out.levers).toEqual({ seeds: 0, kols: 2, adReach: 0, reward: 0.8333 });
    expect(out.ok && out.predictedCost).toBeCloseTo(450, 9);
  });

  it('fills the budget with seed users when nothing is continuous', () => {
    // 10 seed users (20 each) + 1 KOL (500) = 700; target 300: dropping the KOL and buying 15 seed users hits 300 exactly.
    const out = scaleToBudget({ seeds: 10, kols: 1, adReach: 0, reward: 0 }, { seeds: 200, kols: 500, ads: 0, rewards: 0 }, 300, wide);
    expect(out.ok && out.levers).toEqual({ seeds: 15, kols: 0, adReach: 0, reward: 0 });
    expect(out.ok && out.predictedCost).toBe(300);
  });

  it('scales up too, within the levers’ limits', () => {
    const out = scaleToBudget({ seeds: 10, kols: 0, adReach: 0, reward: 0 }, { seeds: 200, kols: 0, ads: 0, rewards: 0 }, 1000, { ...wide, seeds: 30 });
    expect(out.ok && out.levers.seeds).toBe(30);
    expect(out.ok && out.predictedCost).toBe(600); // the limit stops it short of the target, and says so
  });

  it('leaves levers that cost nothing alone', () => {
    // Free seed users (cost 0) do not drive spending: only the ads scale.
    const out = scaleToBudget({ seeds: 50, kols: 0, adReach: 0.02, reward: 0 }, { seeds: 0, kols: 0, ads: 400, rewards: 0 }, 100, wide);
    expect(out.ok && out.levers).toEqual({ seeds: 50, kols: 0, adReach: 0.005, reward: 0 });
  });

  it('refuses a strategy that spends nothing and a bad target', () => {
    expect(scaleToBudget({ seeds: 5, kols: 0, adReach: 0, reward: 0 }, { seeds: 0, kols: 0, ads: 0, rewards: 0 }, 100, wide)).toEqual({ ok: false, reason: 'no-spend' });
    expect(scaleToBudget({ seeds: 5, kols: 0, adReach: 0, reward: 0 }, { seeds: Number.NaN, kols: 0, ads: 0, rewards: 0 }, 100, wide)).toEqual({ ok: false, reason: 'no-spend' });
    expect(scaleToBudget({ seeds: 5, kols: 0, adReach: 0, reward: 0 }, { seeds: 100, kols: 0, ads: 0, rewards: 0 }, -1, wide)).toEqual({ ok: false, reason: 'bad-target' });
    expect(scaleToBudget({ seeds: 5, kols: 0, adReach: 0, reward: 0 }, { seeds: 100, kols: 0, ads: 0, rewards: 0 }, Number.NaN, wide)).toEqual({ ok: false, reason: 'bad-target' });
  });
});

describe('card edits', async () => {
  const { applySharedToAll, scaleStrategyToBaseline } = await import('../../../../src/ui/app/editing/strategyEdits');
  type Shape = { strategies: { content?: unknown; kols?: unknown }[] };
  const draft = {
    version: 2,
    network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, kols: { count: 5, reach: 0.2, homeBias: 0.5 } },
    model: { kind: 'dividend' },
    strategies: [
      { name: 'a', seeding: { method: 'random', count: 40 }, content: { quality: 0.1, waves: [0, 48] } },
      { name: 'b', seeding: { method: 'random', count: 0 }, content: { quality: 0.3, relevance: 0.5 }, kols: { hire: 4 } },
    ],
  } as unknown as import('../../../../src/ui/app/draft').Draft;
  const shape = (d: unknown) => d as Shape;

  it('applies one strategy’s shared content settings to all (a missing one is removed: the default applies)', () => {
    const next = shape(applySharedToAll(draft, 1));
    expect(next.strategies.map((s) => s.content)).toEqual([
      { quality: 0.3, relevance: 0.5 },
      { quality: 0.3, relevance: 0.5 },
    ]);
    expect(next.strategies[1].kols).toEqual({ hire: 4 }); // spend levers untouched
    expect(shape(draft).strategies[0].content).toEqual({ quality: 0.1, waves: [0, 48] }); // immutable
  });

  it('scales a strategy to the baseline’s mean cost from a result’s cost parts', () => {
    const summary = (parts: Record<string, number>) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, { mean: v }]));
    const result = {
      strategies: [
        { name: 'a', summary: summary({ cost: 200, costSeeds: 200 }) },
        { name: 'b', summary: summary({ cost: 400, costKols: 400, costSeeds: 0, costAds: 0, costRewards: 0 }) },
      ],
    } as never;
    const scaled = scaleStrategyToBaseline(draft, 1, result)!;
    expect(scaled.target).toBe(200);
    expect(shape(scaled.draft).strategies[1].kols).toEqual({ hire: 2 });
    expect(scaleStrategyToBaseline(draft, 0, result)).toBeNull(); // the baseline itself
    expect(scaleStrategyToBaseline(draft, 5, result)).toBeNull();
  });
});
