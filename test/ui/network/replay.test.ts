import { describe, expect, it } from 'vitest';
import { REACHED_BY_ADS } from '../../../src/core/dividend/dividendOutcome';
import { cascadePath } from '../../../src/ui/network/cascadePath';
import { clusterEntries } from '../../../src/ui/network/clusterEntries';
import { frameStates, nodeStateAt, STATE_CONVERTED, STATE_MUTED, STATE_REACHED, STATE_SHARED, STATE_UNAWARE } from '../../../src/ui/network/nodeState';
import { buildReplayIndex, countsAt } from '../../../src/ui/network/replayIndex';
import { prepareStrategy } from '../../../src/ui/network/strategyReplay';
import { pictureOf, STORY, STORY_GROUPS, traceOf } from './fixtures';

const trace = traceOf(STORY);

describe('nodeStateAt', () => {
  it('follows the events in time, converted > muted > shared > reached', () => {
    const states = (node: number) => [0, 1, 2, 3, 4, 5, 6].map((t) => nodeStateAt(trace, node, t));
    const [U, R, S, C, M] = [STATE_UNAWARE, STATE_REACHED, STATE_SHARED, STATE_CONVERTED, STATE_MUTED];
    expect(states(1)).toEqual([R, S, S, S, S, S, S]);
    expect(states(2)).toEqual([U, R, C, C, C, C, C]);
    expect(states(3)).toEqual([U, U, R, R, C, C, C]); // bought at 4, muted at 5: still a buyer
    expect(states(5)).toEqual([U, U, R, M, M, M, M]);
    expect(states(4)).toEqual([U, R, S, C, C, C, C]);
  });

  it('frameStates writes every node', () => {
    expect(Array.from(frameStates(trace, 2, new Uint8Array(7)))).toEqual([2, 2, 3, 1, 2, 1, 2]);
    expect(Array.from(frameStates(trace, -1, new Uint8Array(7)))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('buildReplayIndex', () => {
  const index = buildReplayIndex(trace);

  it('lists each node once per distinct event step, by step', () => {
    expect(index.lastEvent).toBe(5);
    const at = (s: number) => Array.from(index.eventNodes.subarray(index.eventStart[s], index.eventStart[s + 1]));
    expect(at(0)).toEqual([0, 1]);
    expect(at(1)).toEqual([1, 2, 4]);
    expect(at(2)).toEqual([2, 3, 4, 5, 6]);
    expect(at(3)).toEqual([4, 5]);
    expect(at(4)).toEqual([3]);
    expect(at(5)).toEqual([3]);
  });

  it('lists reached nodes by reached step', () => {
    const at = (s: number) => Array.from(index.reachedNodes.subarray(index.reachedStart[s], index.reachedStart[s + 1]));
    expect(at(0)).toEqual([0, 1]);
    expect(at(1)).toEqual([2, 4]);
    expect(at(2)).toEqual([3, 5, 6]);
  });

  it('counts cumulatively, zero before the start and final after the end', () => {
    expect(countsAt(index, -1)).toEqual({ reached: 0, shared: 0, converted: 0, muted: 0 });
    expect(countsAt(index, 0)).toEqual({ reached: 2, shared: 1, converted: 0, muted: 0 });
    expect(countsAt(index, 2.7)).toEqual({ reached: 7, shared: 4, converted: 1, muted: 0 });
    expect(countsAt(index, 99)).toEqual({ reached: 7, shared: 4, converted: 3, muted: 2 });
  });

  it('handles a run where nothing happened', () => {
    const none = buildReplayIndex(traceOf([[-1, -1, -1, -1, -1]]));
    expect(none.lastEvent).toBe(0);
    expect(countsAt(none, 3)).toEqual({ reached: 0, shared: 0, converted: 0, muted: 0 });
  });
});

describe('cascadePath', () => {
  it('walks reachedBy back to the brand', () => {
    const p = cascadePath(trace, 5);
    expect(Array.from(p.nodes)).toEqual([5, 4, 1, 0]);
    expect(p.origin).toBe('brand');
    expect(Array.from(cascadePath(trace, 0).nodes)).toEqual([0]);
  });

  it('reports ads and never-reached nodes, and survives a corrupted cycle', () => {
    const t = traceOf([
      [0, -1, -1, -1, REACHED_BY_ADS],
      [1, -1, -1, -1, 0],
      [-1, -1, -1, -1, -1],
      [2, -1, -1, -1, 4],
      [2, -1, -1, -1, 3],
    ]);
    expect(cascadePath(t, 1).origin).toBe('ads');
    expect(cascadePath(t, 2)).toEqual({ nodes: new Int32Array(0), origin: 'unreached' });
    expect(cascadePath(t, 3).nodes.length).toBeLessThanOrEqual(6);
  });
});

describe('clusterEntries and prepareStrategy', () => {
  it('finds the first reach into each group and who carried it', () => {
    const entries = clusterEntries(trace, Int32Array.from(STORY_GROUPS), 2, Int32Array.of(6));
    expect(entries).toEqual([
      { group: 0, node: 0, step: 0, from: -3, bridged: false },
      { group: 1, node: 4, step: 1, from: 1, bridged: true },
    ]);
  });

  it('does not call a KOL entry a bridge', () => {
    // Group 0 first reached at step 1 by the KOL 2 of group 1, and by an ordinary member at the same step.
    const t = traceOf([
      [1, -1, -1, -1, 2],
      [1, -1, -1, -1, 3],
      [0, 0, -1, -1, -3],
      [0, 0, -1, -1, -3],
    ]);
    const [, entry] = clusterEntries(t, Int32Array.of(0, 0, 1, 1), 2, Int32Array.of(2));
    expect(entry).toEqual({ group: 0, node: 0, step: 1, from: 2, bridged: false });
  });

  it('prepares seeds (given or derived), hired KOLs and bridges', () => {
    const picture = pictureOf(STORY_GROUPS, [6]);
    const derived = prepareStrategy({ name: 'a', color: '#000000', trace }, picture);
    expect(Array.from(derived.seeds)).toEqual([0]);
    expect(Array.from(derived.hiredKols)).toEqual([6]);
    expect(derived.bridges.get(1)).toEqual([1]);
    const given = prepareStrategy({ name: 'a', color: '#000000', trace, seeds: Int32Array.of(0, 1) }, picture);
    expect(Array.from(given.seeds)).toEqual([0, 1]);
    expect(() => prepareStrategy({ name: 'bad', color: '#000000', trace }, pictureOf([0, 0]))).toThrow(/7 nodes/);
  });
});
