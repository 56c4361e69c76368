import type { UndirectedView } from './undirectedView';

export interface Components {
  /** Number of weakly connected components (isolated nodes count as components of size 1). */
  count: number;
  /** Component id per node, numbered in order of each component's lowest node index. */
  componentOf: Int32Array;
  /** Size of each component, indexed by component id. */
  sizes: Int32Array;
  /** Id of the largest component (the lowest id among equally large ones); −1 for an empty graph. */
  largest: number;
  largestSize: number;
}

/** Weakly connected components: breadth-first search over the undirected view, O(nodes + ties). */
export function connectedComponents(view: UndirectedView): Components {
  const n = view.nodeCount;
  const { offsets, targets } = view;
  const componentOf = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizeList: number[] = [];
  for (let root = 0; root < n; root++) {
    if (componentOf[root] >= 0) continue;
    const id = sizeList.length;
    componentOf[root] = id;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    while (head < tail) {
      const u = queue[head++];
      for (let a = offsets[u]; a < offsets[u + 1]; a++) {
        const v = targets[a];
        if (componentOf[v] < 0) {
          componentOf[v] = id;
          queue[tail++] = v;
        }
      }
    }
    sizeList.push(tail);
  }
  const sizes = Int32Array.from(sizeList);
  let largest = -1;
  let largestSize = 0;
  for (let c = 0; c < sizes.length; c++) {
    if (sizes[c] > largestSize) {
      largestSize = sizes[c];
      largest = c;
    }
  }
  return { count: sizes.length, componentOf, sizes, largest, largestSize };
}
