/**
 * Strongly connected components of one live-edge sample (Tarjan's algorithm, iterative so a
 * long path cannot overflow the call stack). Nodes of one component reach exactly the same
 * nodes, so a first-round gain is computed once per component, and the largest component is
 * the hub of the sample's pruning (sampleCoverage.ts).
 */

/** Reused working arrays of Tarjan's algorithm for graphs of `nodeCount` nodes. */
export class StrongComponents {
  /** Component id per node after `compute` (ids 0 … count−1 in reverse topological order). */
  readonly component: Int32Array;
  /** Number of components after `compute`. */
  count = 0;
  /** A node of the largest component (the first one found on ties) after `compute`. */
  largestMember = 0;
  /** Id of the largest component after `compute`. */
  largestId = 0;
  /** Size of the largest component after `compute`. */
  largestSize = 0;
  private readonly index: Int32Array;
  private readonly low: Int32Array;
  private readonly stack: Int32Array;
  private readonly onStack: Uint8Array;
  private readonly callNode: Int32Array;
  private readonly callArc: Int32Array;

  constructor(readonly nodeCount: number) {
    const n = nodeCount;
    this.component = new Int32Array(n);
    this.index = new Int32Array(n);
    this.low = new Int32Array(n);
    this.stack = new Int32Array(n);
    this.onStack = new Uint8Array(n);
    this.callNode = new Int32Array(n);
    this.callArc = new Int32Array(n);
  }

  /**
   * Components of the graph whose arcs of node v are targets[offsets[row+v] .. offsets[row+v+1])
   * (`row` selects one sample of a LiveEdgeSamples; 0 for a plain CSR).
   */
  compute(offsets: Int32Array, targets: Int32Array, row: number): void {
    const n = this.nodeCount;
    const { component, index, low, stack, onStack, callNode, callArc } = this;
    index.fill(-1);
    let counter = 0;
    let top = 0; // Tarjan's stack
    let count = 0;
    this.largestSize = 0;
    for (let root = 0; root < n; root++) {
      if (index[root] >= 0) continue;
      let depth = 0;
      callNode[0] = root;
      callArc[0] = offsets[row + root];
      index[root] = low[root] = counter++;
      stack[top++] = root;
      onStack[root] = 1;
      while (depth >= 0) {
        const v = callNode[depth];
        const end = offsets[row + v + 1];
        let a = callArc[depth];
        let descended = false;
        while (a < end) {
          const w = targets[a++];
          if (index[w] < 0) {
            callArc[depth] = a;
            depth++;
            callNode[depth] = w;
            callArc[depth] = offsets[row + w];
            index[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = 1;
            descended = true;
            break;
          }
          if (onStack[w] && index[w] < low[v]) low[v] = index[w];
        }
        if (descended) continue;
        if (low[v] === index[v]) {
          let size = 0;
          let w: number;
          do {
            w = stack[--top];
            onStack[w] = 0;
            component[w] = count;
            size++;
          } while (w !== v);
          if (size > this.largestSize) {
            this.largestSize = size;
            this.largestMember = v;
            this.largestId = count;
          }
          count++;
        }
        depth--;
        if (depth >= 0) {
          const parent = callNode[depth];
          if (low[v] < low[parent]) low[parent] = low[v];
        }
      }
    }
    this.count = count;
  }

  /**
   * The member of the largest component with the most live in × out arcs (ties: the smaller
   * index): a node many others reach in few hops and that reaches many in few hops.
   */
  bestHub(offsets: Int32Array, targets: Int32Array, row: number): number {
    const n = this.nodeCount;
    const inDegree = this.index; // free after compute
    inDegree.fill(0);
    for (let a = offsets[row]; a < offsets[row + n]; a++) inDegree[targets[a]]++;
    let hub = this.largestMember;
    let best = -1;
    for (let v = 0; v < n; v++) {
      if (this.component[v] !== this.largestId) continue;
      const score = (offsets[row + v + 1] - offsets[row + v]) * inDegree[v];
      if (score > best) {
        best = score;
        hub = v;
      }
    }
    return hub;
  }
}
