/**
 * The latest of a stream of values, published at most once per interval: the first value waits
 * only for the rest of the interval since the last publication, later ones within it replace it.
 * `flush` publishes a waiting value now; `cancel` drops it. The page uses it for run progress,
 * which workers report with every block — up to hundreds of times a second on a small world —
 * while each publication renders the page. Clock and timer are injectable for tests.
 */
export interface CoalescerTimers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const REAL_TIMERS: CoalescerTimers = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Coalescer<T> {
  private waiting: { value: T } | null = null;
  private timer: unknown = null;
  private last = -Infinity;

  constructor(
    private readonly intervalMs: number,
    private readonly publish: (value: T) => void,
    private readonly timers: CoalescerTimers = REAL_TIMERS,
  ) {}

  /** A new value: published when the interval since the last publication has passed. */
  note(value: T): void {
    this.waiting = { value };
    if (this.timer === null) this.timer = this.timers.setTimeout(() => this.flush(), Math.max(0, this.intervalMs - (this.timers.now() - this.last)));
  }

  /** Publish the waiting value now (nothing when none waits). */
  flush(): void {
    this.stopTimer();
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting === null) return;
    this.last = this.timers.now();
    this.publish(waiting.value);
  }

  /** Drop the waiting value. */
  cancel(): void {
    this.stopTimer();
    this.waiting = null;
  }

  private stopTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }
}
