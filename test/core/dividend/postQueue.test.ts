/** The per-step queue of posts waiting for their response delay. */
import { describe, expect, it } from 'vitest';
import { acquirePostQueue, PostQueue } from '../../../src/core/dividend/postQueue';

const items = (q: PostQueue, step: number) => {
  const b = q.at(step);
  return b === null ? [] : Array.from(b.items.subarray(0, b.length));
};

describe('PostQueue', () => {
  it('keeps posts in their step, in push order, and counts what is pending', () => {
    const q = new PostQueue();
    q.reset(10);
    q.push(3, 30);
    q.push(1, 10);
    q.push(3, 31);
    q.push(10, 100);
    expect(q.pending).toBe(4);
    expect(items(q, 3)).toEqual([30, 31]);
    expect(items(q, 1)).toEqual([10]);
    expect(q.at(2)).toBeNull();
    q.taken(3);
    expect(q.pending).toBe(2);
    expect(items(q, 3)).toEqual([]);
    q.taken(2); // nothing there
    expect(q.pending).toBe(2);
  });

  it('a bucket may grow while its posts are being taken', () => {
    const q = new PostQueue();
    q.reset(5);
    q.push(2, 1);
    const b = q.at(2)!;
    const seen: number[] = [];
    for (let k = 0; k < b.length; k++) {
      seen.push(b.items[k]);
      if (b.items[k] < 3) q.push(2, b.items[k] + 1);
    }
    expect(seen).toEqual([1, 2, 3]);
    q.taken(2);
    expect(q.pending).toBe(0);
  });

  it('reset empties every bucket and grows the horizon; the shared queue is reused', () => {
    const q = acquirePostQueue(3);
    q.push(3, 7);
    const again = acquirePostQueue(50);
    expect(again).toBe(q);
    expect(again.pending).toBe(0);
    expect(items(again, 3)).toEqual([]);
    again.push(50, 1);
    expect(items(again, 50)).toEqual([1]);
    acquirePostQueue(3);
  });
});
