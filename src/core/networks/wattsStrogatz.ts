import { EdgeBuffer, TIE_STRONG } from '../graph';
import type { Stream } from '../random';

/**
 * Watts–Strogatz small world: a ring where each node ties to its k/2 nearest neighbours on
 * each side, then each lattice tie keeps its near end and, with probability β, moves its far
 * end to a uniformly random node.
 *
 * The new far end is drawn among nodes that are not within k/2 ring steps of the near end
 * (so never a self-loop and never a lattice neighbour). The only possible duplicate is two
 * rewired ties landing on the same pair — about β²·k/n per tie — merged by buildGraph.
 * With β = 0 every node's local clustering is exactly 3(k−2)/(4(k−1)).
 */
export function wattsStrogatzEdges(
  nodes: number,
  meanDegree: number,
  rewire: number,
  rng: Stream,
  into?: EdgeBuffer,
): EdgeBuffer {
  const half = Math.max(0, Math.floor(meanDegree / 2));
  const reach = Math.min(half, Math.floor((nodes - 1) / 2));
  const edges = into ?? new EdgeBuffer(nodes * reach);
  // Rewiring needs a node outside the lattice neighbourhood; on tiny rings there is none.
  const canRewire = rewire > 0 && nodes > 2 * reach + 1;
  for (let u = 0; u < nodes; u++) {
    for (let step = 1; step <= reach; step++) {
      let v = u + step;
      if (v >= nodes) v -= nodes;
      if (canRewire && rng.next() < rewire) {
        let ringDistance: number;
        do {
          v = rng.int(nodes);
          ringDistance = Math.abs(v - u);
          if (ringDistance > nodes - ringDistance) ringDistance = nodes - ringDistance;
        } while (ringDistance <= reach);
      }
      edges.addTie(u, v, TIE_STRONG);
    }
  }
  return edges;
}
