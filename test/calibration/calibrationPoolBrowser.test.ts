/**
 * The page's particle scope (calibrationPool.browser.ts) over fake Web Workers in this thread: the
 * in-thread numbers with 1 and 3 workers, every worker stopped afterwards, and a worker that dies
 * fails the calibration with its message instead of hanging.
 */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/abcSmc';
import { DEFAULT_ABC_OPTIONS } from '../../src/calibration/abcOptions';
import { browserWorkersScope } from '../../src/calibration/calibrationPool.browser';
import { planFit } from '../../src/calibration/fitParams';
import { inlineEvaluator } from '../../src/calibration/particleEvaluator';
import type { Scenario } from '../../src/core/scenario';
import { type WorkerEndpoint } from '../../src/runtime/pool.browser';
import { DeathSignal, WorkerCrashedError } from '../../src/runtime/workerDeath';
import { simulateRuns } from '../../src/runtime/simulateRuns';
import { observedFromModel, smallWorld } from './fixtures';

const options = { ...DEFAULT_ABC_OPTIONS, particles: 10, generations: 2, runsPerParticle: 3 };

function problem() {
  const scenario = smallWorld({ steps: 48 });
  const observed = observedFromModel(scenario, [], [], 1000, 12);
  const plan = planFit(scenario, [{ path: 'strategies[0].content.quality', lo: 0.1, hi: 1 }], { runsPerParticle: options.runsPerParticle });
  return { plan, observed, options };
}

function fakeFactory(log: { started: number; stopped: number }, crash = false) {
  return (): WorkerEndpoint => {
    log.started++;
    let loaded: Scenario | null = null;
    const death = new DeathSignal();
    const die = (e: Error) => death.die(e.message);
    return {
      death,
      terminate: () => {
        log.stopped++;
        die(new WorkerCrashedError('a simulation worker was stopped'));
      },
      remote: {
        load: async (s) => void (loaded = s),
        simulate: async (runs) => {
          if (crash) {
            die(new WorkerCrashedError('a simulation worker crashed: out of memory'));
            return new Promise(() => undefined);
          }
          return simulateRuns(loaded!, runs);
        },
        trace: () => Promise.reject(new Error('no traces')),
        networkStats: () => Promise.reject(new Error('no stats')),
      },
    };
  };
}

describe('browserWorkersScope', () => {
  it('gives the in-thread numbers with 1 and 3 workers and stops them afterwards', async () => {
    const reference = await calibrate(problem(), inlineEvaluator());
    for (const count of [1, 3]) {
      const log = { started: 0, stopped: 0 };
      const state = await browserWorkersScope(count, fakeFactory(log))((evaluate) => calibrate(problem(), evaluate));
      expect(state).toEqual(reference);
      expect(log).toEqual({ started: count, stopped: count });
    }
  });

  it('a worker that dies fails the calibration with its message', async () => {
    const log = { started: 0, stopped: 0 };
    await expect(browserWorkersScope(2, fakeFactory(log, true))((evaluate) => calibrate(problem(), evaluate))).rejects.toThrow(/crashed: out of memory/);
    expect(log.stopped).toBe(2);
  });
});
