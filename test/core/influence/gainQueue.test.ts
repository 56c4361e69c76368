import { describe, expect, it } from 'vitest';
import { GainQueue } from '../../../src/core/influence/gainQueue';

describe('GainQueue', () => {
  it('pops by gain, equal gains by the smaller tie-break, and re-sorts an updated top', () => {
    const tie = Uint32Array.from([50, 10, 30, 20, 40]);
    const q = new GainQueue(5, tie);
    [5, 9, 9, 1, 9].forEach((g, v) => q.push(v, g));
    expect(q.length).toBe(5);
    expect(q.top()).toBe(1); // gain 9, tie 10
    q.updateTop(4); // node 1 drops below 9 and 5
    expect(q.pop()).toBe(2); // gain 9, tie 30
    expect(q.pop()).toBe(4); // gain 9, tie 40
    expect(q.pop()).toBe(0); // 5
    expect(q.pop()).toBe(1); // 4
    expect(q.pop()).toBe(3); // 1
    expect(q.length).toBe(0);
  });
});
