/**
 * When the page simulates: a burst of edits runs once, after the burst settles; an edit that leaves
 * the scenario as it was does not re-run; a finished scenario shown again is restored, not re-run;
 * a draft with problems stops the run; a run estimated to take minutes waits for a yes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../../src/core/scenario';
import { checkScenario } from '../../../../src/scenario/validateScenario';
import { estimateRun, isLongRun } from '../../../../src/runtime/runEstimate';
import { BURST_SETTLE_MS, SINGLE_EDIT_DELAY_MS } from '../../../../src/ui/app/editing/settleDelay';
import { firstVisitDraft } from '../../../../src/ui/app/presets';
import { RunScheduler } from '../../../../src/ui/app/shell/runScheduler';
import type { SimulationController } from '../../../../src/ui/app/simulationController';
import { IDLE_STATE, type SimulationState } from '../../../../src/ui/app/simulationState';
import { FakeHost } from './fakeHost';

/** The simulation as the scheduler drives it: records starts, restores and stops; `finish` completes the last start. */
function fakeSimulation() {
  const calls: string[] = [];
  let listener: ((state: SimulationState) => void) | null = null;
  let state: SimulationState = IDLE_STATE;
  const emit = (next: SimulationState) => {
    state = next;
    listener?.(state);
  };
  const simulation = {
    pool: { size: 2, warm: () => calls.push('warm') },
    subscribe: (l: (s: SimulationState) => void) => {
      listener = l;
      return () => (listener = null);
    },
    start: async (scenario: Scenario) => {
      calls.push(`start ${scenario.seed}`);
      emit({ ...IDLE_STATE, phase: 'running', scenario });
    },
    restore: (done: SimulationState) => {
      calls.push(`restore ${done.scenario!.seed}`);
      emit(done);
    },
    stop: () => {
      calls.push('stop');
      if (state.phase === 'running') emit({ ...state, phase: 'stopped' });
    },
    dispose: () => calls.push('dispose'),
  };
  const finish = () => emit({ ...state, phase: 'done', result: { strategies: [] } as unknown as SimulationState['result'] });
  return { simulation: simulation as unknown as SimulationController, calls, finish };
}

function scenario(seed: string, patch: Record<string, unknown> = {}): { scenario: Scenario; text: string } {
  const draft = { ...firstVisitDraft(), seed, ...patch };
  const check = checkScenario(draft);
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return { scenario: check.scenario, text: JSON.stringify(draft) };
}

function setUp() {
  const host = new FakeHost();
  const sim = fakeSimulation();
  const runs = new RunScheduler(host, () => {}, sim.simulation);
  host.connect();
  return { host, runs, ...sim };
}

describe('RunScheduler', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs a lone edit after the short delay, and a burst once, after it settles', async () => {
    const { runs, calls } = setUp();
    const a = scenario('a');
    runs.edited(a.scenario, a.text);
    expect(runs.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(SINGLE_EDIT_DELAY_MS);
    expect(calls).toEqual(['start a']);
    expect(runs.pending).toBe(false);
    for (const seed of ['b', 'c', 'd']) {
      const next = scenario(seed);
      runs.edited(next.scenario, next.text);
      await vi.advanceTimersByTimeAsync(SINGLE_EDIT_DELAY_MS + 10); // less than the gap between edits of one gesture
    }
    expect(calls).toEqual(['start a']);
    await vi.advanceTimersByTimeAsync(BURST_SETTLE_MS);
    expect(calls).toEqual(['start a', 'start d']);
  });

  it('does not re-run an unchanged scenario, and restores a finished one instead of running it again', async () => {
    const { runs, calls, finish } = setUp();
    const a = scenario('a');
    const b = scenario('b');
    runs.schedule(a.scenario, a.text, 0);
    await vi.advanceTimersByTimeAsync(0);
    finish();
    runs.schedule(a.scenario, a.text, 0); // the same text validated again
    runs.schedule(b.scenario, b.text, 0);
    await vi.advanceTimersByTimeAsync(0);
    finish();
    runs.schedule(a.scenario, a.text, 0); // back to a (an undo, a lesson step back)
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['start a', 'start b', 'restore a']);
    expect(runs.state.phase).toBe('done');
    expect(runs.state.scenario?.seed).toBe('a');
  });

  it('stops when the draft gets a problem, and cancels the pending run', async () => {
    const { runs, calls } = setUp();
    const a = scenario('a');
    runs.edited(a.scenario, a.text);
    runs.edited(null, '{"runs":-1}');
    await vi.advanceTimersByTimeAsync(BURST_SETTLE_MS * 2);
    expect(calls).toEqual(['stop']);
    expect(runs.pending).toBe(false);
  });

  it('asks before a run estimated to take minutes, and runs it after the yes', async () => {
    const { runs, calls, host } = setUp();
    const long = scenario('long', { runs: 5000, network: { ...(firstVisitDraft().network as object), nodes: 200_000 } });
    expect(isLongRun(estimateRun(long.scenario, 2))).toBe(true); // the premise: this is a long run by the estimate
    runs.schedule(long.scenario, long.text, 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(runs.longRun?.text).toBe(long.text);
    // The estimate shown is for the one worker the run will have: it leaves the second core to the page.
    expect(runs.longRun?.estimate).toEqual(estimateRun(long.scenario, 1));
    // The workers start while the question waits for its answer.
    expect(calls).toEqual(['stop', 'warm']);
    const updates = host.updates;
    runs.approveLongRun();
    expect(runs.longRun).toBeNull();
    expect(host.updates).toBeGreaterThan(updates);
    // A click needs no settling: it starts in the next task, not after an edit's debounce.
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['stop', 'warm', 'start long']);
  });
});
