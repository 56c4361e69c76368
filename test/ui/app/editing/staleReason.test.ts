/** When results are out of date, and what the label says. */
import { describe, expect, it } from 'vitest';
import { staleReason } from '../../../../src/ui/app/editing/staleReason';

const scenarioA = { name: 'a' } as never;
const scenarioB = { name: 'b' } as never;
const result = { strategies: [] } as never;
const base = { hasProblems: false, awaitingLongRun: false, runPending: false };

describe('staleReason', () => {
  it('is empty without results, and when the results are of the scenario simulated', () => {
    expect(staleReason({ ...base, sim: { phase: 'idle', result: null, resultFor: null, scenario: null } })).toBe('');
    expect(staleReason({ ...base, sim: { phase: 'done', result, resultFor: scenarioA, scenario: scenarioA } })).toBe('');
    expect(staleReason({ ...base, sim: { phase: 'running', result, resultFor: scenarioA, scenario: scenarioA } })).toBe(''); // the new run's first results
  });

  it('names the reason: problems first, then a long run waiting, then a run pending or running, or stopped', () => {
    const done = { phase: 'done' as const, result, resultFor: scenarioA, scenario: scenarioA };
    expect(staleReason({ ...base, hasProblems: true, awaitingLongRun: true, sim: done })).toBe('Out of date — fix the problems marked above to update');
    expect(staleReason({ ...base, awaitingLongRun: true, sim: done })).toBe('Out of date — waiting for your go-ahead to run');
    expect(staleReason({ ...base, runPending: true, sim: done })).toBe('Out of date — running…');
    expect(staleReason({ ...base, sim: { phase: 'running', result, resultFor: scenarioA, scenario: scenarioB } })).toBe('Out of date — running…');
    expect(staleReason({ ...base, sim: { phase: 'stopped', result, resultFor: scenarioA, scenario: scenarioB } })).toBe('Out of date — stopped; run again to update');
  });
});
