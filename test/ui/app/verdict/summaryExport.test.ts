/** The executive exports: the summary CSV (formula escaping, empty undefined cells) and the report's settings. */
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { DividendScenario } from '../../../../src/core/scenario';
import { checkScenario } from '../../../../src/scenario/validateScenario';
import { reportSettings } from '../../../../src/ui/app/verdict/reportSettings';
import { SUMMARY_CSV_HEADER, summaryCsv } from '../../../../src/ui/app/verdict/summaryCsv';
import { verdictOf } from '../../../../src/ui/app/verdict/verdict';
import { dividendScenario } from '../../../scenario/scenarioFixtures';

const runs = (lift: number[], cost: number[]) => ({ lift, cost, roi: lift.map((l, i) => (cost[i] > 0 ? (50 * l - cost[i]) / cost[i] : NaN)), reached: lift.map(() => 200) });

describe('summary CSV', () => {
  const verdict = verdictOf([
    { name: '=HYPERLINK("x")', ...runs([10, 12, 14, 16], [100, 100, 100, 100]) },
    { name: 'Hire 2 KOLs', ...runs([12, 15, 16, 19], [170, 170, 170, 170]) },
    { name: 'Do nothing', ...runs([0, 0, 0, 0], [0, 0, 0, 0]) },
  ])!;
  const text = summaryCsv(verdict, '+seed', { bom: true });
  const rows = csvParseRows(text.replace(/^\uFEFF/, ''));

  it('starts with a byte order mark and the documented header', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(rows[0]).toEqual([...SUMMARY_CSV_HEADER]);
  });

  it('one row per strategy; formula-like text escaped, numbers numeric, undefined cells empty', () => {
    expect(rows[1]).toEqual(["'=HYPERLINK(\"x\")", '4', '13', '10.3', '15.7', '100', String(400 / 52), '5.5', '200', '0.065', '', 'clear winner', 'clear winner', "'+seed"]);
    expect(rows[2].slice(0, 3)).toEqual(['Hire 2 KOLs', '4', '15.5']);
    expect(rows[2].slice(10, 13)).toEqual(['clear winner', '', '']);
    // Doing nothing: no cost per sale, no ROI, never a winner.
    expect(rows[3]).toEqual(['Do nothing', '4', '0', '0', '0', '0', '', '', '200', '0', '', '', '', "'+seed"]);
    expect(rows).toHaveLength(4);
  });
});

describe('report settings', () => {
  it('seed, runs and steps; the network in full; only the settings that differ from the defaults', () => {
    const check = checkScenario({
      ...dividendScenario([{}, { kols: { hire: 2 }, content: { quality: 0.3 } }], { platform: 'group-chats', economics: { costPerSeed: 5 } }),
      seed: 'launch-42',
      runs: 30,
    });
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const r = reportSettings(check.scenario as DividendScenario);
    expect(r).toMatchObject({ seed: 'launch-42', runs: 30, steps: 48 });
    const world = Object.fromEntries(r.world.map((s) => [s.path, s.value]));
    expect(world).toMatchObject({ 'network.kind': 'communities', 'network.nodes': '500', 'model.kind': 'dividend', 'model.platform': 'group-chats', 'model.economics.costPerSeed': '5' });
    expect(world['model.economics.valuePerConversion']).toBeUndefined();
    expect(r.strategies[0]).toEqual({ name: 's0', settings: [{ path: 'seeding.method', value: 'random' }, { path: 'seeding.count', value: '5' }] });
    expect(r.strategies[1].settings).toEqual([
      { path: 'seeding.method', value: 'random' },
      { path: 'seeding.count', value: '5' },
      { path: 'content.quality', value: '0.3' },
      { path: 'kols.hire', value: '2' },
    ]);
  });
});
