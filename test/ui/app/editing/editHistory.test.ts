/** Undo / redo history: exact sequences of states, merging of one control's burst, the bound, bad options. */
import { describe, expect, it } from 'vitest';
import { EditHistory } from '../../../../src/ui/app/editing/editHistory';

describe('EditHistory', () => {
  it('undoes and redoes in order, and has nothing to undo at the start', () => {
    const h = new EditHistory<string>();
    h.record('a');
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeUndefined();
    h.record('b');
    h.record('c');
    expect(h.undo()).toBe('b');
    expect(h.undo()).toBe('a');
    expect(h.undo()).toBeUndefined();
    expect(h.current).toBe('a');
    expect(h.redo()).toBe('b');
    expect(h.redo()).toBe('c');
    expect(h.redo()).toBeUndefined();
    expect(h.current).toBe('c');
  });

  it('drops the redo branch when a new edit follows an undo', () => {
    const h = new EditHistory<string>();
    h.record('a');
    h.record('b');
    h.undo();
    h.record('x');
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe('a');
    expect(h.redo()).toBe('x');
  });

  it('merges a burst of edits of one control (same group, within mergeMs) into one step', () => {
    const h = new EditHistory<number>({ mergeMs: 500 });
    h.record(0);
    // a drag of one slider: 20 edits 100 ms apart
    for (let i = 1; i <= 20; i++) h.record(i, 'strategies[0].seeding.count', i * 100);
    expect(h.depth).toEqual({ undo: 1, redo: 0 });
    expect(h.undo()).toBe(0);
    expect(h.redo()).toBe(20);
  });

  it('keeps separate steps for another control, a pause, an ungrouped edit, or after an undo', () => {
    const h = new EditHistory<number>({ mergeMs: 500 });
    h.record(0);
    h.record(1, 'a', 0);
    h.record(2, 'b', 100); // another control
    h.record(3, 'b', 700); // 600 ms later: a new step
    h.record(4, null, 710); // never merges
    h.record(5, null, 720);
    expect(h.depth.undo).toBe(5);
    expect(h.undo()).toBe(4);
    h.record(6, 'b', 730); // after an undo: a new step even in the same group
    expect(h.undo()).toBe(4);
  });

  it('keeps at most `limit` states, dropping the oldest', () => {
    const h = new EditHistory<number>({ limit: 3 });
    for (let i = 0; i < 10; i++) h.record(i);
    expect(h.depth).toEqual({ undo: 2, redo: 0 });
    expect(h.undo()).toBe(8);
    expect(h.undo()).toBe(7);
    expect(h.undo()).toBeUndefined();
  });

  it('reset forgets both directions', () => {
    const h = new EditHistory<number>();
    h.record(1);
    h.record(2);
    h.undo();
    h.reset(9);
    expect(h.depth).toEqual({ undo: 0, redo: 0 });
    expect(h.current).toBe(9);
  });

  it('refuses a limit below 2 or not an integer', () => {
    expect(() => new EditHistory({ limit: 1 })).toThrow(RangeError);
    expect(() => new EditHistory({ limit: 2.5 })).toThrow(RangeError);
    expect(() => new EditHistory({ limit: Number.NaN })).toThrow(RangeError);
  });
});
