import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../../src/core/scenario';
import { inlineSimulator } from '../../../../src/runtime/scenarioSeries';
import { runSweep } from '../../../../src/runtime/sweepResult';
import { validateScenario } from '../../../../src/scenario/validateScenario';
import { planSweep } from '../../../../src/sweep/sweepPlan';
import { AnalysisController, isStale, phaseProgress, type GreedyRunner } from '../../../../src/ui/app/analysis/analysisController';
import { bestSeeds } from '../../../../src/runtime/bestSeedsJob';
import { progressText, taskErrorText } from '../../../../src/ui/app/analysis/analysisMessages';

function scenario(): Scenario {
  const r = validateScenario({
    version: 1,
    name: 'controller',
    seed: 'controller',
    runs: 4,
    steps: 24,
    network: { kind: 'communities', nodes: 400, communities: 8, meanDegree: 6, mixing: 0.2 },
    model: { kind: 'dividend' },
    strategies: [{ name: 'seeds', seeding: { method: 'random', count: 10 } }],
  });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

const inlineGreedy: GreedyRunner = async (s, request, onProgress) => bestSeeds(s, request, { onProgress });
const params = [{ path: 'strategies[*].content.quality', from: 0, to: 0.6, steps: 4 }];

describe('AnalysisController', () => {
  it('a sweep streams points, reports progress and equals runSweep on the same plan', async () => {
    const c = new AnalysisController({ simulator: () => inlineSimulator(), greedy: inlineGreedy });
    const seen: number[] = [];
    c.subscribe((s) => seen.push(s.sweep.partial.length));
    await c.runSweep(scenario(), 'text-A', params);
    const s = c.state.sweep;
    expect(s.phase).toBe('done');
    expect(Math.max(...seen)).toBe(4);
    const reference = await runSweep(planSweep(scenario(), params), inlineSimulator());
    expect(JSON.stringify(s.result)).toBe(JSON.stringify(reference));
    expect(isStale(s, 'text-A')).toBe(false);
    expect(isStale(s, 'text-B')).toBe(true);
  });

  it('a planning error is the panel error, named by the field', async () => {
    const c = new AnalysisController({ simulator: () => inlineSimulator(), greedy: inlineGreedy });
    await c.runSweep(scenario(), 't', [{ path: 'strategies[0].content.quality', from: 0, to: 2, steps: 3 }]);
    expect(c.state.sweep.phase).toBe('error');
    expect(c.state.sweep.error).toMatch(/strategies\[0\]\.content\.quality: must be a number between 0 and 1/);
  });

  it('words a planning error and the progress in the UI language, paths as written', async () => {
    const c = new AnalysisController({ simulator: () => inlineSimulator(), greedy: inlineGreedy });
    await c.runSweep(scenario(), 't', [{ path: 'strategies[0].content.quality', from: 0, to: 2, steps: 3 }]);
    expect(taskErrorText(c.state.sweep, 'en')).toBe(c.state.sweep.error);
    expect(taskErrorText(c.state.sweep, 'zh-CN')).toBe('在 strategies[0].content.quality = 2 处：strategies[0].content.quality: 必须是 0 到 1 之间的数（实际为 2）');
    expect(progressText({ kind: 'gridPoint', point: 3, points: 21, done: 1200, total: 8400 }, 'zh-CN')).toBe('第 3 个网格点，共 21 个 · 已模拟 1,200 次，共 8,400 次');
    expect(progressText({ kind: 'greedy', phase: 'evaluate', done: 2, total: 6 }, 'zh-CN')).toBe('正在评估每种方法：2 / 6');
  });

  it('cancel stops a sweep and keeps the earlier result', async () => {
    const c = new AnalysisController({ simulator: () => inlineSimulator(), greedy: inlineGreedy });
    await c.runSweep(scenario(), 'first', params);
    const first = c.state.sweep.result;
    const running = c.runSweep(scenario(), 'second', [{ ...params[0], steps: 8 }]);
    c.cancel();
    await running;
    expect(c.state.sweep.phase).toBe('cancelled');
    expect(c.state.sweep.result).toBe(first);
    expect(c.state.sweep.scenarioText).toBe('first');
  });

  it('best seeds: greedy row first, its seeds, progress over every phase', async () => {
    const c = new AnalysisController({ simulator: () => inlineSimulator(), greedy: inlineGreedy });
    const phases = new Set<string>();
    c.subscribe((s) => s.seeds.progressNote && phases.add(progressText(s.seeds.progressNote, 'en').split(':')[0]));
    await c.runBestSeeds(scenario(), 't', { strategy: 0, k: 3, samples: 20 });
    const r = c.state.seeds.result!;
    expect(c.state.seeds.phase).toBe('done');
    expect(r.rows.map((row) => row.method)).toEqual(['greedy', 'random', 'degree', 'bridges', 'kcore', 'core-fans']);
    expect(r.rows[0].seeds).toHaveLength(3);
    expect(phases.has('evaluating every method')).toBe(true);
    // Pure function of the scenario and request: a second call gives the same seeds and numbers.
    expect(JSON.stringify(bestSeeds(scenario(), { strategy: 0, k: 3, samples: 20 }))).toBe(JSON.stringify(r));
  });

  it('phaseProgress is monotone over the phases', () => {
    const values = [
      phaseProgress({ phase: 'samples', done: 0, total: 10 }),
      phaseProgress({ phase: 'samples', done: 10, total: 10 }),
      phaseProgress({ phase: 'seeds', done: 1, total: 3 }),
      phaseProgress({ phase: 'evaluate', done: 4, total: 4 }),
    ];
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values[3]).toBe(1);
  });

  it('OPIM-C: its rounds fill 0–70 % and the evaluation the rest; the note says sets drawn and the ratio proven, in both languages', () => {
    const rounds = (done: number) => phaseProgress({ phase: 'rrSets', done, total: 10, sets: 1000 * 2 ** done, ratio: 0.4 }, true);
    expect([rounds(0), rounds(5), rounds(10)]).toEqual([0, 0.35, 0.7]);
    expect(phaseProgress({ phase: 'samples', done: 50, total: 50 }, true)).toBe(0.7);
    expect(phaseProgress({ phase: 'evaluate', done: 3, total: 6 }, true)).toBeCloseTo(0.85, 12);
    expect(progressText({ kind: 'rrSets', sets: 92416, ratio: 0.53661 }, 'en')).toBe('reverse-reachable sets: 92.4K drawn · proven ratio 0.537');
    expect(progressText({ kind: 'rrSets', sets: 92416, ratio: 0.53661 }, 'zh-CN')).toBe('反向可达集：已抽取 9.24万 个 · 已证明比率 0.537');
  });
});
