/**
 * The branch of the cascade tree that leads to a node: who reached it first, who reached that
 * one, … back to where the content entered — a seed user or hired KOL posting for the brand,
 * or an ad. This is the path the view highlights when a node is hovered.
 */
import { REACHED_BY_ADS, REACHED_BY_BRAND, type DividendTrace } from '../../core/dividend/dividendOutcome';

/** Where a path starts. */
export type PathOrigin = 'brand' | 'ads' | 'unreached';

export interface CascadePath {
  /** The node, its first reacher, …, the origin node (empty when the node was never reached). */
  nodes: Int32Array;
  /** How the origin node was reached: posted for the brand (seed/KOL) or by an ad. */
  origin: PathOrigin;
}

/**
 * Follow reachedBy from `node` back to the origin. A valid trace has no cycles (a reacher is
 * reached no later than the node), but the walk is capped at nodeCount hops so a corrupted one
 * cannot hang the page.
 */
export function cascadePath(trace: DividendTrace, node: number): CascadePath {
  const by = trace.reachedBy;
  if (node < 0 || node >= by.length || by[node] === -1) return { nodes: new Int32Array(0), origin: 'unreached' };
  const path: number[] = [node];
  let current = node;
  while (by[current] >= 0 && path.length <= by.length) {
    current = by[current];
    path.push(current);
  }
  const code = by[current];
  const origin: PathOrigin = code === REACHED_BY_ADS ? 'ads' : code === REACHED_BY_BRAND ? 'brand' : 'unreached';
  return { nodes: Int32Array.from(path), origin };
}
