/**
 * Options of the network layout, with their defaults. The layout is deterministic for given
 * options (tick counts, not wall-clock time, decide when it stops; `timeBudgetMs` is only a
 * safety net for very slow machines and is reported in LayoutStats when it cut a layout short).
 */

export interface LayoutOptions {
  /**
   * Lay out individual nodes up to this many (KOL accounts included); above it only groups (the
   * community map). Default 2,000,000 (a 1M-node layout holds ~8 MB of positions).
   */
  maxNodes: number;
  /**
   * Refine groups with d3-force up to this many nodes; bigger networks keep the community-aware
   * BFS spiral start (linear time: ~20k nodes/ms… see README for 1M). Default 25,000.
   */
  forceMaxNodes: number;
  /** Return ties for the background drawing only up to this many nodes (beyond, ties are a grey fog). Default 25,000. */
  edgeMaxNodes: number;
  /** d3-force ticks per group at most; the simulation stops earlier once alpha < alphaMin. Default 80. */
  ticks: number;
  /** Barnes–Hut accuracy of the repulsion (larger = faster, coarser). Default 1.2. */
  theta: number;
  /** Stop refining groups after this many ms in total (the rest keep their start placement). Default 20,000. */
  timeBudgetMs: number;
  /** At most this many ties are returned for the background drawing; weak ties are kept first. Default 150,000. */
  maxDrawnEdges: number;
  /** Target group size when the network has no communities and nodes are grouped by BFS. Default 150. */
  neighbourhoodSize: number;
  /** At most this many neighbourhoods. Default 400. */
  maxNeighbourhoods: number;
}

export const LAYOUT_DEFAULTS: LayoutOptions = {
  maxNodes: 2_000_000,
  forceMaxNodes: 25_000,
  edgeMaxNodes: 25_000,
  ticks: 80,
  theta: 1.2,
  timeBudgetMs: 20_000,
  maxDrawnEdges: 150_000,
  neighbourhoodSize: 150,
  maxNeighbourhoods: 400,
};

/** Mean distance between neighbouring nodes in layout units (link length and start spacing). */
export const NODE_SPACING = 6;
/** Empty space between group discs, in layout units. */
export const GROUP_GAP = 2.5 * NODE_SPACING;
