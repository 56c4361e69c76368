/**
 * The priority queue of CELF: candidate nodes ordered by their last known marginal gain
 * (largest first), equal gains by the smaller seeded tie-break hash. Gains are integer totals
 * over the samples, so comparisons are exact and CELF picks exactly what plain greedy picks.
 */

export class GainQueue {
  /** Heap of node ids. */
  private readonly heap: Int32Array;
  private size = 0;
  /** Last computed gain per node (read by the comparator). */
  readonly gain: Float64Array;
  private readonly tieBreak: Uint32Array;

  /** `nodeCount` bounds the node ids; `tieBreak[v]` orders equal gains (smaller first). */
  constructor(nodeCount: number, tieBreak: Uint32Array) {
    this.heap = new Int32Array(nodeCount);
    this.gain = new Float64Array(nodeCount);
    this.tieBreak = tieBreak;
  }

  get length(): number {
    return this.size;
  }

  /** Node v ranks above node u. */
  private above(v: number, u: number): boolean {
    const gv = this.gain[v];
    const gu = this.gain[u];
    return gv > gu || (gv === gu && this.tieBreak[v] < this.tieBreak[u]);
  }

  /** Insert v with gain `gain`. */
  push(v: number, gain: number): void {
    this.gain[v] = gain;
    const heap = this.heap;
    let c = this.size++;
    heap[c] = v;
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!this.above(heap[c], heap[parent])) break;
      heap[c] = heap[parent];
      heap[parent] = v;
      c = parent;
    }
  }

  /** The best node (the queue must not be empty). */
  top(): number {
    return this.heap[0];
  }

  /** Remove the best node. */
  pop(): number {
    const heap = this.heap;
    const best = heap[0];
    this.size--;
    if (this.size > 0) {
      heap[0] = heap[this.size];
      this.siftDown();
    }
    return best;
  }

  /** Give the best node a new (never larger) gain and restore the order. */
  updateTop(gain: number): void {
    this.gain[this.heap[0]] = gain;
    this.siftDown();
  }

  private siftDown(): void {
    const heap = this.heap;
    const size = this.size;
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let best = c;
      if (l < size && this.above(heap[l], heap[best])) best = l;
      if (r < size && this.above(heap[r], heap[best])) best = r;
      if (best === c) return;
      const t = heap[c];
      heap[c] = heap[best];
      heap[best] = t;
      c = best;
    }
  }
}
