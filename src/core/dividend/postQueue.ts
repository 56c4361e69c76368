/**
 * Posts waiting for their step. A decision to share is posted after the person's response delay
 * (hours to days, heavy-tailed), so posts are kept in one bucket per step rather than in a single
 * "next step" list. Buckets are reused across runs (a worker simulates one run at a time).
 */
import { IntList } from './dividendScratch';

export class PostQueue {
  private buckets: (IntList | null)[] = [];
  /** Posts queued and not yet taken. */
  pending = 0;

  /** Empty every bucket and size the queue for steps 0 … steps. */
  reset(steps: number): void {
    if (this.buckets.length < steps + 1) {
      const grown: (IntList | null)[] = new Array(steps + 1).fill(null);
      for (let s = 0; s < this.buckets.length; s++) grown[s] = this.buckets[s];
      this.buckets = grown;
    }
    for (const b of this.buckets) b?.clear();
    this.pending = 0;
  }

  /** Queue `entry` for `step` (the caller keeps step within the horizon). */
  push(step: number, entry: number): void {
    let b = this.buckets[step];
    if (b === null) {
      b = new IntList(64);
      this.buckets[step] = b;
    }
    b.push(entry);
    this.pending++;
  }

  /** The posts of `step` (may grow while they are taken: posts never queue for their own step). */
  at(step: number): IntList | null {
    return this.buckets[step];
  }

  /** Mark the posts of `step` as taken. */
  taken(step: number): void {
    const b = this.buckets[step];
    if (b === null) return;
    this.pending -= b.length;
    b.clear();
  }
}

let shared: PostQueue | null = null;

/** The thread's queue, emptied and sized for `steps`. */
export function acquirePostQueue(steps: number): PostQueue {
  shared ??= new PostQueue();
  shared.reset(steps);
  return shared;
}
