/**
 * Undo / redo of scenario edits: a bounded list of past states, a cursor, and the states undone
 * (redo). Pure and generic (the page stores `{draft, colors}`); no timers — whether two edits
 * belong together is decided by the caller through a `group` key and a time it passes in, so
 * the history is tested without a clock.
 *
 * - A slider drag sends dozens of edits to one path: edits with the same group key within
 *   `mergeMs` of the previous one replace the newest entry instead of adding one, so one undo
 *   takes back the whole drag.
 * - A new edit after an undo drops the redo branch (as every editor does).
 * - At most `limit` states are kept; the oldest fall off (memory stays bounded for large drafts).
 */

/** History options. */
export interface EditHistoryOptions {
  /** States kept, the current one included (at least 2). */
  limit: number;
  /** Edits of the same group closer than this (ms) are one step. */
  mergeMs: number;
}

export const DEFAULT_HISTORY_OPTIONS: EditHistoryOptions = { limit: 100, mergeMs: 800 };

export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private present: T | undefined;
  private lastGroup: string | null = null;
  private lastAt = Number.NEGATIVE_INFINITY;
  private readonly options: EditHistoryOptions;

  constructor(options: Partial<EditHistoryOptions> = {}) {
    this.options = { ...DEFAULT_HISTORY_OPTIONS, ...options };
    if (!Number.isInteger(this.options.limit) || this.options.limit < 2) throw new RangeError('history limit must be an integer of at least 2');
  }

  /** The current state (undefined before the first record). */
  get current(): T | undefined {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Steps that can be undone / redone (for labels and tests). */
  get depth(): { undo: number; redo: number } {
    return { undo: this.past.length, redo: this.future.length };
  }

  /**
   * A new state after an edit. `group` (e.g. the edited path) and `at` (ms) merge a burst of edits
   * of one control into one step; a null group never merges.
   */
  record(state: T, group: string | null = null, at = 0): void {
    if (this.present === undefined) {
      this.present = state;
      return;
    }
    const merge = group !== null && group === this.lastGroup && at - this.lastAt < this.options.mergeMs && this.past.length > 0;
    if (!merge) {
      this.past.push(this.present);
      if (this.past.length > this.options.limit - 1) this.past.splice(0, this.past.length - (this.options.limit - 1));
    }
    this.present = state;
    this.future = [];
    this.lastGroup = group;
    this.lastAt = at;
  }

  /** Start over with `state` as the only one (a new scenario opened, where undo makes no sense). */
  reset(state: T): void {
    this.past = [];
    this.future = [];
    this.present = state;
    this.lastGroup = null;
  }

  /** Go one step back; the state to show, or undefined when there is none. */
  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.present as T);
    this.present = previous;
    this.lastGroup = null;
    return previous;
  }

  /** Go one step forward again; undefined when nothing was undone. */
  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.present as T);
    this.present = next;
    this.lastGroup = null;
    return next;
  }
}
