/**
 * Noticing that a worker has died, however it died. A worker that throws raises `error`; one that
 * calls `self.close()`, or whose execution the browser terminates, raises nothing at all, and
 * every Comlink call to it stays pending forever. So each worker has a DeathSignal that fires
 * once, from whichever source notices first: the `error` event, the end of the worker's
 * lifetime lock (workerLifetime.ts: released by the browser however the worker ends), a Node
 * thread's `exit`, a stop by the pool, or a call that outlives its deadline (JobClock: derived
 * from the job times measured so far). Calls are guarded one by one: a guard removes its
 * listener and timer when the call settles, so nothing of a run stays reachable after it (racing
 * every call against one long-lived never-settling promise kept ~100 promises per run alive).
 */

/** Why a worker's pending call will never settle. */
export class WorkerCrashedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrashedError';
  }
}

/** Fires once when a worker dies; calls guarded by it reject then. */
export class DeathSignal {
  private error: WorkerCrashedError | null = null;
  private readonly listeners = new Set<(error: WorkerCrashedError) => void>();

  get dead(): boolean {
    return this.error !== null;
  }

  /** Number of guarded calls waiting (for tests: none may remain after a run). */
  get waiting(): number {
    return this.listeners.size;
  }

  /** Declare the worker dead (the first reason wins); every guarded call rejects. */
  die(message: string): void {
    if (this.error !== null) return;
    const error = new WorkerCrashedError(message);
    this.error = error;
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) listener(error);
  }

  /** Run `listener` once when the worker dies (at once if it has); returns the unsubscribe. */
  onDeath(listener: (error: WorkerCrashedError) => void): () => void {
    if (this.error !== null) {
      listener(this.error);
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Settles like `call`, or rejects with a WorkerCrashedError when the worker dies first or the
   * call outlives its deadline (then the worker is declared dead: it stopped answering). The
   * deadline may be a function, asked again every `pollMs` while it gives null: a call that
   * started before any job was measured gets its deadline once one is.
   */
  guard<T>(call: Promise<T>, deadline: number | null | (() => number | null) = null, pollMs = 1_000): Promise<T> {
    if (this.error !== null) {
      call.catch(() => undefined);
      return Promise.reject(this.error);
    }
    const started = performance.now();
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const unsubscribe = this.onDeath(reject);
      const arm = () => {
        timer = null;
        const ms = typeof deadline === 'function' ? deadline() : deadline;
        if (ms === null) {
          if (typeof deadline === 'function') timer = setTimeout(arm, pollMs);
          return;
        }
        const left = ms - (performance.now() - started);
        timer = setTimeout(() => this.die(`a worker gave no answer within ${Math.round(ms)} ms`), Math.max(0, left));
      };
      arm();
      const settle = () => {
        unsubscribe();
        if (timer !== null) clearTimeout(timer);
      };
      call.then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => {
          settle();
          reject(error);
        },
      );
    });
  }
}

/** A deadline at least this long, whatever the measured job times (a busy tab slows everything). */
const MIN_JOB_DEADLINE_MS = 30_000;
/** A job may take this many times the slowest job measured so far before its worker counts as dead. */
const JOB_DEADLINE_FACTOR = 20;
/**
 * A worker's first job of a scenario also generates its network (seconds for millions of
 * people), which the other workers' measured jobs say nothing about: its deadline is this many
 * times longer (5 minutes at the floor).
 */
const COLD_JOB_DEADLINE_FACTOR = 10;

/**
 * Job times of one kind of call on one scenario, and the deadline they give. Jobs of a run are
 * blocks of equal size, so the slowest one measured bounds the next; before any measurement there
 * is no deadline, and a worker's first job (which also generates its network) gets a longer one.
 */
export class JobClock {
  private slowest = 0;
  private samples = 0;

  constructor(
    private readonly minMs = MIN_JOB_DEADLINE_MS,
    private readonly factor = JOB_DEADLINE_FACTOR,
  ) {}

  record(ms: number): void {
    this.samples++;
    if (ms > this.slowest) this.slowest = ms;
  }

  /** The deadline of the next job (`cold`: the worker's first of this scenario), or null while nothing has been measured. */
  deadline(cold = false): number | null {
    if (this.samples === 0) return null;
    const warm = Math.max(this.minMs, this.factor * this.slowest);
    return cold ? COLD_JOB_DEADLINE_FACTOR * warm : warm;
  }

  /** How often a call without a deadline asks again (a deadline appears with the first measured job). */
  get pollMs(): number {
    return Math.max(50, Math.min(1_000, this.minMs / 4));
  }

  /**
   * `call` on a worker guarded by `death` and this clock's deadline, timed when it succeeds. A
   * cold call (the worker's first of the scenario: it generates the network too) gets the long
   * deadline and is not recorded, so generation time does not loosen the others' deadlines. A
   * call queued behind another on the same worker is timed from when `ahead` settles.
   */
  async guard<T>(death: DeathSignal, call: Promise<T>, cold = false, ahead: Promise<unknown> = Promise.resolve()): Promise<T> {
    let started = performance.now();
    void ahead.then(() => (started = performance.now()));
    const value = await death.guard(call, () => this.deadline(cold), this.pollMs);
    if (!cold) this.record(performance.now() - started);
    return value;
  }
}

/**
 * The calls sent to one worker, which answers them in order: a call sent while another is in
 * flight (the scheduler keeps two per worker) waits in the worker's queue, so its time — for
 * JobClock.guard — starts when the one ahead of it ends. Both pools keep one per worker.
 */
export class CallsInOrder {
  private latest: Promise<unknown> = Promise.resolve();

  /** Note `sent` as the newest call; returns what settles when the call ahead of it has. */
  behind(sent: Promise<unknown>): Promise<unknown> {
    const ahead = this.latest;
    this.latest = sent.catch(() => undefined);
    return ahead;
  }

  /** A new worker: nothing is ahead of its first call. */
  clear(): void {
    this.latest = Promise.resolve();
  }
}
