import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { runFrontier } from '../../src/runtime/frontierResult';
import { inlineSimulator } from '../../src/runtime/scenarioSeries';
import { frontierCsv, seriesResultToJson, sweepCsv } from '../../src/runtime/sweepFormat';
import { runSweep } from '../../src/runtime/sweepResult';
import { planFrontier } from '../../src/sweep/frontierPlan';
import { planSweep } from '../../src/sweep/sweepPlan';
import { DIVIDEND_INPUT, icScenario, valid } from '../sweep/fixtures';

const hostile = valid({
  ...DIVIDEND_INPUT,
  seed: '=cmd',
  runs: 4,
  strategies: [
    { name: '=SUM(A1)', seeding: { method: 'random', count: 3 } },
    { name: 'a, "quoted"\nname', seeding: { method: 'random', count: 0 } },
  ],
});

describe('sweep CSV', () => {
  it('one row per (grid point, strategy), parameter columns named by path, four statistics per metric', async () => {
    const plan = planSweep(hostile, [
      { path: 'strategies[*].content.quality', from: 0.1, to: 0.3, steps: 2 },
      { path: 'model.economics.costPerSeed', from: 0, to: 10, steps: 2 },
    ]);
    const result = await runSweep(plan, inlineSimulator());
    const rows = csvParseRows(sweepCsv(result).trimEnd());
    expect(rows[0]).toEqual([
      'point',
      'strategies[*].content.quality',
      'model.economics.costPerSeed',
      'strategy',
      ...['reached', 'shared', 'converted', 'incrementalConverted', 'roi', 'R', 'cost'].flatMap((m) => ['mean', 'p05', 'p50', 'p95'].map((s) => `${m}_${s}`)),
      'runs',
      'seed',
    ]);
    expect(rows).toHaveLength(1 + 4 * 2);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['0', '0.1', '0', "'=SUM(A1)"],
      ['0', '0.1', '0', 'a, "quoted"\nname'],
      ['1', '0.1', '10', "'=SUM(A1)"],
      ['1', '0.1', '10', 'a, "quoted"\nname'],
      ['2', '0.3', '0', "'=SUM(A1)"],
      ['2', '0.3', '0', 'a, "quoted"\nname'],
      ['3', '0.3', '10', "'=SUM(A1)"],
      ['3', '0.3', '10', 'a, "quoted"\nname'],
    ]);
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(rows[0].length);
      expect(r.at(-1)).toBe("'=cmd");
      expect(r.at(-2)).toBe('4');
    }
    // Zero seeds and a free strategy: ROI and R undefined → empty cells; counts are numbers.
    const idle = rows[2];
    const col = (name: string) => rows[0].indexOf(name);
    expect(idle[col('roi_mean')]).toBe('');
    expect(idle[col('R_p95')]).toBe('');
    expect(idle[col('reached_mean')]).toBe('0');
    const first = rows[3];
    expect(Number(first[col('converted_mean')])).toBe(result.points[1].strategies[0].summary.converted!.mean);
    expect(sweepCsv(result, { bom: true }).startsWith('\uFEFFpoint,')).toBe(true);
  });

  it('canonical models: reached, shared, converted only; JSON round-trips', async () => {
    const result = await runSweep(planSweep(icScenario(), [{ path: 'model.probability', from: 0.1, to: 0.2, steps: 2 }]), inlineSimulator());
    expect(result.metrics).toEqual(['reached', 'shared', 'converted']);
    expect(result.curves).toEqual([{ strategy: 'random', tippingPoint: null, steepest: 0.15000000000000002, steepestSlope: expect.any(Number) }]);
    expect(csvParseRows(sweepCsv(result))[0]).toHaveLength(3 + 12 + 2);
    expect(JSON.parse(seriesResultToJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });
});

describe('frontier CSV', () => {
  it('one row per candidate with its allocation, budget marks and summaries', async () => {
    const plan = planFrontier(hostile, { budget: 200, levels: { seeds: 2, kols: 1, rewards: 2, ads: 1 } });
    const result = await runFrontier(plan, inlineSimulator());
    const rows = csvParseRows(frontierCsv(result).trimEnd());
    expect(rows[0].slice(0, 10)).toEqual(['point', 'seeds', 'kols', 'rewardPerShare', 'adReach', 'adShare', 'fixedCost', 'withinBudget', 'onFrontier', 'strategy']);
    expect(rows[0].slice(-3)).toEqual(['budget', 'runs', 'seed']);
    expect(rows).toHaveLength(1 + result.points.length);
    expect(rows[1].slice(0, 10)).toEqual(['0', '0', '0', '0', '0', '0', '0', 'true', 'true', '0 seeds · 0 KOLs · reward 0 · ads 0%']);
    expect(rows[1].slice(-3)).toEqual(['200', '4', "'=cmd"]);
  });
});
