/** The coalescer on a hand-driven clock: what is published, and when, exactly. */
import { describe, expect, it } from 'vitest';
import { Coalescer, type CoalescerTimers } from '../../../src/ui/app/coalescer';

/** A clock that moves only when told, with timers that fire as it passes them. */
function handClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let ids = 0;
  const api: CoalescerTimers = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.push({ at: now + ms, run, id: ++ids });
      return ids;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((t) => t !== due);
      now = due.at;
      due.run();
    }
    now = until;
  };
  return { api, advance, pending: () => timers.length };
}

describe('Coalescer', () => {
  it('publishes the first value at once when nothing was published for an interval, then the latest once per interval', () => {
    const clock = handClock();
    const seen: [number, number][] = [];
    const c = new Coalescer<number>(100, (v) => seen.push([clock.api.now(), v]), clock.api);
    c.note(1);
    clock.advance(0);
    expect(seen).toEqual([[0, 1]]);
    for (let v = 2; v <= 9; v++) {
      c.note(v);
      clock.advance(10);
    }
    // 2 … 9 arrived between 0 and 80 ms: only the latest before 100 ms is published, at 100 ms.
    clock.advance(30);
    expect(seen).toEqual([[0, 1], [100, 9]]);
    expect(clock.pending()).toBe(0);
  });

  it('flush publishes the waiting value now and only once; cancel drops it', () => {
    const clock = handClock();
    const seen: number[] = [];
    const c = new Coalescer<number>(100, (v) => seen.push(v), clock.api);
    c.note(1);
    clock.advance(0);
    c.note(2);
    c.note(3);
    c.flush();
    expect(seen).toEqual([1, 3]);
    clock.advance(500);
    expect(seen).toEqual([1, 3]);
    c.flush();
    expect(seen).toEqual([1, 3]);
    c.note(4);
    c.cancel();
    clock.advance(500);
    expect(seen).toEqual([1, 3]);
    expect(clock.pending()).toBe(0);
  });
});
