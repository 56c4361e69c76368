/**
 * The k best of many candidates without sorting them all: a bounded min-heap of the best so far,
 * O(m log k). Used to pick core fans (k seeds among all agents) and second-wave posters.
 */

/**
 * Positions i of the `k` largest score[i] among i in [0, m), best first; equal scores are
 * ordered by the smaller tie[i] (a seeded hash), then the smaller position.
 */
export function topK(k: number, m: number, score: Float64Array, tie: Float64Array): Int32Array {
  const size = Math.max(0, Math.min(Math.floor(k), m));
  const heap = new Int32Array(size); // heap[0] is the worst of the best so far
  // "a ranks below b"
  const below = (a: number, b: number) => score[a] < score[b] || (score[a] === score[b] && (tie[a] > tie[b] || (tie[a] === tie[b] && a > b)));
  let filled = 0;
  for (let i = 0; i < m && size > 0; i++) {
    if (filled < size) {
      let c = filled++;
      heap[c] = i;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (!below(heap[c], heap[parent])) break;
        [heap[c], heap[parent]] = [heap[parent], heap[c]];
        c = parent;
      }
    } else if (below(heap[0], i)) {
      heap[0] = i;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let worst = c;
        if (l < size && below(heap[l], heap[worst])) worst = l;
        if (r < size && below(heap[r], heap[worst])) worst = r;
        if (worst === c) break;
        [heap[c], heap[worst]] = [heap[worst], heap[c]];
        c = worst;
      }
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
