/**
 * Where the class's votes are kept: per lesson, in sessionStorage when there is one (checked like
 * input when read back: damaged or foreign values count as no votes), in memory when there is
 * none (Node has no sessionStorage: the fallback path).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadVotes, saveVotes } from '../../../src/ui/app/classroom/voteSession';

/** A minimal Storage over a Map. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('vote session', () => {
  it('keeps votes per lesson in memory without sessionStorage', () => {
    saveVotes('memory-lesson', [2, 0, 7]);
    expect(loadVotes('memory-lesson', 3)).toEqual([2, 0, 7]);
    expect(loadVotes('memory-lesson', 2)).toEqual([2, 0]);
    expect(loadVotes('never-voted', 3)).toEqual([0, 0, 0]);
  });

  it('stores votes per lesson in sessionStorage and reads them back', () => {
    const store = memoryStorage();
    vi.stubGlobal('sessionStorage', store);
    saveVotes('tipping-point', [3, 5, 12]);
    saveVotes('weak-ties', [1, 1]);
    expect(JSON.parse(store.getItem('dividend-lab:class-votes')!)).toEqual({ 'tipping-point': [3, 5, 12], 'weak-ties': [1, 1] });
    expect(loadVotes('tipping-point', 3)).toEqual([3, 5, 12]);
  });

  it('reads damaged or foreign stored values as no votes', () => {
    vi.stubGlobal('sessionStorage', memoryStorage({ 'dividend-lab:class-votes': '{"a": [1, -2, "3", 4.5, 99999], "b": "x", "__proto__": [9]}' }));
    expect(loadVotes('a', 5)).toEqual([1, 0, 0, 0, 0]);
    expect(loadVotes('b', 2)).toEqual([0, 0]);
    expect(loadVotes('toString', 2)).toEqual([0, 0]);
    vi.stubGlobal('sessionStorage', memoryStorage({ 'dividend-lab:class-votes': 'not json' }));
    expect(loadVotes('a', 2)).toEqual([0, 0]);
  });
});
