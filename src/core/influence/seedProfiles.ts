/**
 * Who the chosen seeds are, so a strategist can recognise them (issue #12 "Best seeds shows the
 * chosen seed ids, their roles and communities") and what each one costs — at the price of what
 * it is: an ordinary account at costPerSeed, a KOL account at its fee (kolBaseFee +
 * kolFeePerFollower × followers), never a KOL at a seed user's price.
 *
 * Roles, from observable traits of the world (what a brand could know before launch):
 * - `kol`: one of the network's KOL accounts (the last graph.kolNodes.length nodes). They are
 *   never seed candidates (candidateNodes leaves them out); with `--kols at-fee` the benchmark
 *   hires a KOL range (opimcAtFee.ts), whose accounts are profiled here and priced at their fees;
 * - `hub`: an ordinary account whose audience (out-arcs) is among the largest 1 % of ordinary
 *   accounts (at least the 99th percentile, and above the median: a flat network has no hubs);
 * - `bridge`: an account whose audience spans at least two communities besides its own (its posts
 *   carry the content across clusters); only in networks with communities;
 * - `ordinary` otherwise. A seed can be both hub and bridge.
 */
import type { DividendEconomics } from '../dividend/dividendSpec';
import type { Graph } from '../graph';

export type SeedRole = 'kol' | 'hub' | 'bridge' | 'ordinary';

export interface SeedProfile {
  /** Node index (as in a manual seeding list). */
  node: number;
  /** Roles in display order (kol, hub, bridge) or ['ordinary']. */
  roles: SeedRole[];
  /** Home community (null in networks without communities, and for KOL accounts). */
  community: number | null;
  /** Audience: accounts that see this account's posts (out-arcs). */
  audience: number;
  /** Other communities its audience reaches. */
  communitiesReached: number;
  /** What recruiting this account costs: costPerSeed, or a KOL account's fee. */
  price: number;
}

/** Share of ordinary accounts counted as hubs: the largest audiences. */
export const HUB_SHARE = 0.01;

/** The smallest audience of a hub: the (1 − HUB_SHARE) quantile of ordinary audiences, and above their median. */
export function hubThreshold(graph: Graph): number {
  const ordinary = graph.nodeCount - graph.kolNodes.length;
  if (ordinary <= 0) return Infinity;
  const audiences = new Int32Array(ordinary);
  for (let v = 0; v < ordinary; v++) audiences[v] = graph.offsets[v + 1] - graph.offsets[v];
  audiences.sort();
  const quantile = audiences[Math.min(ordinary - 1, Math.floor((1 - HUB_SHARE) * ordinary))];
  const median = audiences[Math.floor((ordinary - 1) / 2)];
  return quantile > median ? quantile : Infinity;
}

/** The fee of the KOL account `node` (its rank is its position among graph.kolNodes). */
function kolFee(graph: Graph, node: number, prices: DividendEconomics): number {
  const followers = graph.offsets[node + 1] - graph.offsets[node];
  return prices.kolBaseFee + prices.kolFeePerFollower * followers;
}

/** Profile every seed of `seeds` (in their order). */
export function seedProfiles(graph: Graph, seeds: readonly number[], prices: DividendEconomics): SeedProfile[] {
  const threshold = hubThreshold(graph);
  const isKol = new Set(graph.kolNodes);
  const community = graph.community;
  return seeds.map((node) => {
    const audience = graph.offsets[node + 1] - graph.offsets[node];
    const kol = isKol.has(node);
    const home = community && !kol ? community[node] : null;
    const reached = new Set<number>();
    if (community)
      for (let a = graph.offsets[node]; a < graph.offsets[node + 1]; a++) {
        const c = community[graph.targets[a]];
        if (c !== home) reached.add(c);
      }
    const roles: SeedRole[] = [];
    if (kol) roles.push('kol');
    else if (audience >= threshold) roles.push('hub');
    if (!kol && community && reached.size >= 2) roles.push('bridge');
    if (roles.length === 0) roles.push('ordinary');
    return { node, roles, community: home, audience, communitiesReached: reached.size, price: kol ? kolFee(graph, node, prices) : prices.costPerSeed };
  });
}
