import { describe, expect, it } from 'vitest';
import {
  addStrategy,
  deleteStrategy,
  duplicateStrategy,
  getPath,
  moveStrategy,
  normaliseColors,
  parseProblems,
  problemsAt,
  setPath,
  splitPath,
  switchModelKind,
  switchNetworkKind,
  uniqueName,
  type Draft,
} from '../../../src/ui/app/draft';
import { validateScenario } from '../../../src/scenario/validateScenario';

const draft: Draft = {
  version: 1,
  name: 'd',
  network: { kind: 'erdos-renyi', nodes: 100, meanDegree: 4, kols: { count: 2, reach: 0.2, homeBias: 0.5 } },
  model: { kind: 'dividend', platform: 'neutral' },
  strategies: [
    { name: 'a', seeding: { method: 'core-fans', count: 2 }, content: { quality: 0.5 } },
    { name: 'b', seeding: { method: 'random', count: 2 }, kols: { hire: 1, step: 0 } },
  ],
};

describe('draft paths', () => {
  it('splits and reads dotted paths with indices', () => {
    expect(splitPath('strategies[1].seeding.count')).toEqual(['strategies', 1, 'seeding', 'count']);
    expect(splitPath('a[0][2].b')).toEqual(['a', 0, 2, 'b']);
    expect(getPath(draft, 'strategies[1].kols.hire')).toBe(1);
    expect(getPath(draft, 'strategies[5].name')).toBeUndefined();
    expect(getPath(draft, 'network.kols.count.deeper')).toBeUndefined();
  });

  it('sets immutably, creating missing objects, and removes with undefined', () => {
    const next = setPath(draft, 'strategies[0].ads.reach', 0.01);
    expect(getPath(next, 'strategies[0].ads.reach')).toBe(0.01);
    expect(getPath(draft, 'strategies[0].ads')).toBeUndefined();
    expect(next.network).toBe(draft.network); // untouched branches are shared
    const removed = setPath(next, 'strategies[0].content', undefined);
    expect(getPath(removed, 'strategies[0]')).toEqual({ name: 'a', seeding: { method: 'core-fans', count: 2 }, ads: { reach: 0.01 } });
  });
});

describe('strategy operations', () => {
  const state = { draft, colors: [0, 1] };

  it('adds a copy of the baseline with a unique name and the first unused colour, at most 8', () => {
    const added = addStrategy(state);
    expect(getPath(added.draft, 'strategies[2]')).toEqual({ name: 'New strategy', seeding: { method: 'core-fans', count: 2 }, content: { quality: 0.5 } });
    expect(getPath(addStrategy(state, () => 'a').draft, 'strategies[2].name')).toBe('a 2');
    expect(added.colors).toEqual([0, 1, 2]);
    let full = state;
    for (let i = 0; i < 10; i++) full = addStrategy(full);
    expect((full.draft.strategies as unknown[]).length).toBe(8);
    expect(new Set(full.colors).size).toBe(8);
  });

  it('duplicates next to the original with "copy" in the name and a new colour', () => {
    const dup = duplicateStrategy({ draft, colors: [3, 1] }, 0);
    expect((dup.draft.strategies as { name: string }[]).map((s) => s.name)).toEqual(['a', 'a copy', 'b']);
    expect(dup.colors).toEqual([3, 0, 1]);
    const again = duplicateStrategy(dup, 0);
    expect(getPath(again.draft, 'strategies[1].name')).toBe('a copy 2');
  });

  it('moves colours with their strategy and keeps at least one strategy', () => {
    const moved = moveStrategy({ draft, colors: [5, 6] }, 1, -1);
    expect((moved.draft.strategies as { name: string }[]).map((s) => s.name)).toEqual(['b', 'a']);
    expect(moved.colors).toEqual([6, 5]);
    expect(moveStrategy(state, 0, -1)).toBe(state);
    const one = deleteStrategy(state, 0);
    expect(one.colors).toEqual([1]);
    expect(deleteStrategy(one, 0)).toBe(one);
  });

  it('normalises colours: keeps valid ones, fills the rest with unused palette entries', () => {
    expect(normaliseColors([2, -1, 2, 99], 4)).toEqual([2, 0, 2, 1]);
    expect(normaliseColors(null, 3)).toEqual([0, 1, 2]);
    expect(uniqueName('x', ['x', 'x 2'])).toBe('x 3');
  });
});

describe('switching kinds', () => {
  it('keeps nodes and KOLs when the network kind changes; a fully mixed population drops KOLs', () => {
    const ba = switchNetworkKind(draft, 'barabasi-albert');
    expect(ba.network).toEqual({ kind: 'barabasi-albert', edgesPerNode: 3, nodes: 100, kols: { count: 2, reach: 0.2, homeBias: 0.5 } });
    const mixed = switchNetworkKind(draft, 'fully-mixed');
    expect(getPath(mixed, 'network.kols')).toBeUndefined();
  });

  it('leaving the dividend model strips the levers and core-fans seeding, so the scenario stays valid', () => {
    const ic = switchModelKind(draft, 'independent-cascade');
    expect(ic.strategies).toEqual([
      { name: 'a', seeding: { method: 'random', count: 2 } },
      { name: 'b', seeding: { method: 'random', count: 2 } },
    ]);
    expect(validateScenario(ic).ok).toBe(true);
    expect(validateScenario(switchModelKind(ic, 'dividend')).ok).toBe(true);
  });
});

describe('problems', () => {
  it('splits validator lines and finds those under a field', () => {
    const problems = parseProblems(['strategies[1].seeding.count: must be an integer', 'invalid JSON: x', 'network: must be an object']);
    expect(problems).toEqual([
      { path: 'strategies[1].seeding.count', reason: 'must be an integer' },
      { path: 'scenario', reason: 'invalid JSON: x' },
      { path: 'network', reason: 'must be an object' },
    ]);
    expect(problemsAt(problems, 'strategies[1]')).toHaveLength(1);
    expect(problemsAt(problems, 'strategies[1].seeding.count')).toHaveLength(1);
    expect(problemsAt(problems, 'strategies[10]')).toHaveLength(0);
    expect(problemsAt(problems, 'strategies[1].seeding.c')).toHaveLength(0);
  });
});
