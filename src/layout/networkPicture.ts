/**
 * What the layout worker hands the network view: everything needed to draw and inspect one
 * network, without the CSR graph itself (a 1M-node graph is ~100 MB; its picture is a few
 * typed arrays). Positions are in layout units (NODE_SPACING apart on average), not pixels:
 * the view fits them to its canvas.
 */

/** How nodes were grouped: the generator's planted communities, or neighbourhoods found by BFS. */
export type GroupKind = 'community' | 'neighbourhood';

export interface NetworkPicture {
  /** Cache key of the network (see networkKey.ts). */
  readonly key: string;
  readonly nodeCount: number;
  /**
   * x, y per node (length 2·nodeCount), or null when the network has more nodes than
   * LayoutOptions.maxNodes: then only the community map can be drawn.
   */
  readonly positions: Float32Array | null;
  /** Group (community or neighbourhood) per node. */
  readonly group: Int32Array;
  readonly groupCount: number;
  readonly groupKind: GroupKind;
  /** Members per group. */
  readonly groupSizes: Int32Array;
  /** Centre x, y per group (length 2·groupCount), in the same units as `positions`. */
  readonly groupCentres: Float32Array;
  /** Radius of each group's disc: encloses its nodes; in a map, the bubble (area ∝ members). */
  readonly groupRadii: Float32Array;
  /** KOL account nodes, in rank order. */
  readonly kolNodes: Int32Array;
  /** Out-degree per node: how many accounts see its posts (its audience). */
  readonly audience: Int32Array;
  /** In-degree per node: how many accounts it sees posts from. */
  readonly following: Int32Array;
  /** Weak ties (TIE_WEAK out-arcs) per node: its bridges to other clusters. */
  readonly weakTies: Int32Array;
  /**
   * Ties to draw as the faint background (pairs u, v; follow arcs of KOLs are left out: a KOL's
   * thousands of followers would paint the whole picture). Null without positions.
   */
  readonly edges: Int32Array | null;
  /** Tie kind per drawn edge (TIE_STRONG / TIE_WEAK). */
  readonly edgeKinds: Uint8Array | null;
  /** How the layout went: d3-force ticks run in total, milliseconds, and whether every group settled (alpha < alphaMin). */
  readonly stats: LayoutStats;
}

export interface LayoutStats {
  ticks: number;
  ms: number;
  settled: boolean;
  /** Edges left out of `edges` because of LayoutOptions.maxDrawnEdges. */
  droppedEdges: number;
}

/** The buffers of a picture, for Comlink.transfer (never structured-clone large arrays). */
export function pictureTransferables(p: NetworkPicture): ArrayBuffer[] {
  const arrays = [p.positions, p.group, p.groupSizes, p.groupCentres, p.groupRadii, p.kolNodes, p.audience, p.following, p.weakTies, p.edges, p.edgeKinds];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}

/** Bounding box of the drawing (every group disc) in layout units. */
export function pictureBounds(p: NetworkPicture): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let g = 0; g < p.groupCount; g++) {
    const r = p.groupRadii[g];
    const x = p.groupCentres[2 * g];
    const y = p.groupCentres[2 * g + 1];
    x0 = Math.min(x0, x - r);
    y0 = Math.min(y0, y - r);
    x1 = Math.max(x1, x + r);
    y1 = Math.max(y1, y + r);
  }
  if (!Number.isFinite(x0)) return { x0: -1, y0: -1, x1: 1, y1: 1 };
  return { x0, y0, x1, y1 };
}
