/** Hand-made traces and pictures for the network view's unit tests. */
import type { DividendTrace } from '../../../src/core/dividend/dividendOutcome';
import type { NetworkPicture } from '../../../src/layout/networkPicture';

/** A trace from per-node rows [reached, shared, converted, muted, reachedBy] (−1 = never). */
export function traceOf(rows: [number, number, number, number, number][]): DividendTrace {
  const col = (k: number) => Int32Array.from(rows, (r) => r[k]);
  return { reachedStep: col(0), sharedStep: col(1), convertedStep: col(2), mutedStep: col(3), reachedBy: col(4) };
}

/** A picture of n nodes in the given groups (positions on a line), with optional KOLs. */
export function pictureOf(group: number[], kolNodes: number[] = []): NetworkPicture {
  const n = group.length;
  const groupCount = Math.max(...group) + 1;
  const sizes = new Int32Array(groupCount);
  for (const g of group) sizes[g]++;
  return {
    key: 'test',
    nodeCount: n,
    positions: Float32Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 ? k * 5 : 0)),
    group: Int32Array.from(group),
    groupCount,
    groupKind: 'community',
    groupSizes: sizes,
    groupCentres: Float32Array.from({ length: 2 * groupCount }, (_, k) => (k % 2 === 0 ? k * 50 : 0)),
    groupRadii: new Float32Array(groupCount).fill(20),
    kolNodes: Int32Array.from(kolNodes),
    audience: Int32Array.from(group, (_, i) => i + 1),
    following: Int32Array.from(group, () => 2),
    weakTies: Int32Array.from(group, (_, i) => i % 2),
    edges: null,
    edgeKinds: null,
    stats: { ticks: 0, ms: 0, settled: true, droppedEdges: 0 },
  };
}

/**
 * A 7-node story in two communities {0,1,2,3} and {4,5,6}; node 6 is a KOL of community 1.
 *   step 0: seed 0 posts (brand), reaches 1
 *   step 1: 0 shares… 1 shares at 1, reaches 2 and (weak tie) 4
 *   step 2: 2 converts; 4 shares at 2 and reaches 5; the KOL 6 is hired (brand) at 2 and reaches 3
 *   step 3: 5 mutes; 4 converts at 3
 *   node 3 converts at 4 and mutes at 5 (a buyer who later mutes stays "converted")
 */
export const STORY: [number, number, number, number, number][] = [
  [0, 0, -1, -1, -3],
  [0, 1, -1, -1, 0],
  [1, -1, 2, -1, 1],
  [2, -1, 4, 5, 6],
  [1, 2, 3, -1, 1],
  [2, -1, -1, 3, 4],
  [2, 2, -1, -1, -3],
];
export const STORY_GROUPS = [0, 0, 0, 0, 1, 1, 1];
