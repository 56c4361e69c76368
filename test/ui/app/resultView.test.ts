import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/scenario';
import { pairedComparison } from '../../../src/core/stats/pairedComparison';
import { buildResult, runsCsv } from '../../../src/runtime/resultFormat';
import { simulateInline } from '../../../src/runtime/simulateInline';
import { validateScenario } from '../../../src/scenario/validateScenario';
import { fileStem, scenarioFromUpload } from '../../../src/ui/app/exportResults';
import { meanField, pairedData, resultView } from '../../../src/ui/app/resultView';
import { strategyColor } from '../../../src/ui/theme';

function valid(input: Record<string, unknown>): Scenario {
  const result = validateScenario({ version: 1, name: 'view test', seed: 'view', ...input });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.scenario;
}

const network = { kind: 'communities', nodes: 400, communities: 8, meanDegree: 6, mixing: 0.2, kols: { count: 2, reach: 0.2 } };
const dividend = valid({
  runs: 12,
  steps: 24,
  network,
  model: { kind: 'dividend', platform: 'private-circles' },
  strategies: [
    { name: 'seeds', seeding: { method: 'random', count: 10 } },
    { name: '=kol', seeding: { method: 'random', count: 0 }, kols: { hire: 1, fromRank: 1, step: 0 } },
  ],
});
const canonical = valid({
  runs: 8,
  steps: 20,
  network,
  model: { kind: 'independent-cascade', probability: 0.1 },
  strategies: [{ name: 'random', seeding: { method: 'random', count: 5 } }, { name: 'degree', seeding: { method: 'degree', count: 5 } }],
});

describe('result view', () => {
  const result = buildResult(dividend, simulateInline(dividend));

  it('colours strategies from the palette indices and carries runs, money, attribution and factors', () => {
    const view = resultView(result, [4, 2]);
    expect(view.keys).toEqual([
      { name: 'seeds', color: strategyColor(4) },
      { name: '=kol', color: strategyColor(2) },
    ]);
    expect(view.runs).toBe(12);
    expect(view.hasMoney).toBe(true);
    expect(view.attribution![1].attribution.kol).toBeCloseTo(result.strategies[1].attribution!.kol, 12);
    expect(view.decomposition![0].factors.interaction).toBeCloseTo(result.strategies[0].decomposition!.interaction!, 12);
  });

  it('carries the organic baseline: the same buyers on every strategy of a run, left out of attribution', () => {
    const view = resultView(result, [0, 1]);
    expect(view.hasLift).toBe(true);
    const organic = (s: number) => result.strategies[s].runs.map((r) => r.organicBuyers as number);
    // Common random numbers: organic demand does not depend on the strategy.
    expect(organic(1)).toEqual(organic(0));
    const mean = organic(0).reduce((a, b) => a + b, 0) / organic(0).length;
    expect(view.organicBaseline).toBeCloseTo(mean, 12);
    for (const row of view.attribution!) expect(row.baseline).toBeCloseTo(mean, 12);
    // Incremental = total − the run's organic buyers, so per-run differences agree exactly.
    for (const s of [0, 1])
      for (const r of result.strategies[s].runs) expect(r.incrementalConverted).toBe((r.converted as number) - (r.organicBuyers as number));
    const lift = pairedData(view, 'incrementalConverted').comparisons[0];
    const total = pairedData(view, 'converted').comparisons[0];
    expect(lift.n).toBe(12);
    expect(lift.meanDifference).toBeCloseTo(total.meanDifference, 12);
    expect(lift.shareBetter).toBe(total.shareBetter);
  });

  it('has no money, attribution or factors for a canonical model', () => {
    const view = resultView(buildResult(canonical, simulateInline(canonical)), []);
    expect(view.hasMoney).toBe(false);
    expect(view.hasLift).toBe(false);
    expect(view.organicBaseline).toBeNaN();
    expect(view.attribution).toBeNull();
    expect(view.decomposition).toBeNull();
  });

  it('pairs runs by index against the baseline, matching the result’s own comparison', () => {
    const view = resultView(result, [0, 1]);
    const data = pairedData(view, 'converted');
    expect(data.comparisons).toHaveLength(1);
    const own = result.strategies[1].comparison!.converted;
    expect(data.comparisons[0].meanDifference).toBeCloseTo(own.meanDifference, 12);
    expect(data.comparisons[0].shareBetter).toBe(own.shareBetter);
    // Runs where ROI is undefined on either side are left out.
    const roi = pairedData(view, 'roi').comparisons[0];
    const a = result.strategies[0].runs.map((r) => r.roi);
    const b = result.strategies[1].runs.map((r) => r.roi);
    const both = a.map((x, i) => [x, b[i]]).filter(([x, y]) => x !== null && y !== null) as [number, number][];
    expect(roi.n).toBe(both.length);
    expect(roi.meanDifference).toBeCloseTo(pairedComparison(both.map((p) => p[0]), both.map((p) => p[1])).meanDifference, 12);
  });

  it('means skip undefined values', () => {
    expect(meanField([{ x: 1 }, { x: null }, { x: 3 }], 'x')).toBe(2);
    expect(meanField([{ x: null }], 'x')).toBeNaN();
  });
});

describe('exports', () => {
  it('escapes formula-like strategy names in the per-run CSV', () => {
    const data = simulateInline(dividend);
    const csv = runsCsv(dividend, data, { bom: true });
    expect(csv.startsWith('\uFEFFstrategy,run,')).toBe(true);
    expect(csv).toContain("\n'=kol,0,");
  });

  it('reads a scenario or the scenario inside a result file from an upload', () => {
    const result = buildResult(canonical, simulateInline(canonical), { createdAt: 'x' });
    const fromResult = scenarioFromUpload(JSON.stringify(result));
    expect('value' in fromResult && fromResult.value).toEqual(JSON.parse(JSON.stringify(canonical)));
    expect(scenarioFromUpload('{"version": 1}')).toEqual({ value: { version: 1 } });
    expect(scenarioFromUpload('{oops')).toEqual({ problem: { path: null, reason: { code: 'invalidJson', detail: expect.any(String) } } });
  });

  it('makes safe file names from scenario names', () => {
    expect(fileStem('Who to seed: random/popular?')).toBe('Who-to-seed-random-popular');
    expect(fileStem('')).toBe('scenario');
    expect(fileStem('新品 上市')).toBe('新品-上市');
  });
});
