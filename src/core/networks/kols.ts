import { EdgeBuffer, TIE_FOLLOW } from '../graph';
import type { Stream } from '../random';
import type { KolSpec } from './networkSpec';

/** Where the KOL accounts ended up. */
export interface KolPlacement {
  /** Node indices of the KOL accounts in rank order (nodes … nodes + count − 1). */
  kolNodes: Int32Array;
  /** Home community per KOL in rank order; −1 when the network has no communities. */
  kolCommunity: Int32Array;
}

/** Followers of the KOL of rank r (1-based): round(reach · nodes / r), Zipf's law, at most everyone. */
export function kolFollowerCount(reach: number, nodes: number, rank: number): number {
  return Math.max(0, Math.min(nodes, Math.round((reach * nodes) / rank)));
}

/**
 * Add spec.count KOL accounts as extra nodes nodes … nodes+count−1. The KOL of rank r is
 * followed by kolFollowerCount(reach, nodes, r) distinct ordinary nodes, each a one-way
 * arc KOL → follower (TIE_FOLLOW: the follower sees the KOL's posts, not the other way).
 *
 * With communities, each KOL has a home community, chosen with probability proportional to
 * its size (the community of a uniformly drawn ordinary node); a share homeBias of its
 * followers is drawn from the home community (capped at its size), the rest uniformly from
 * all ordinary nodes not yet following it, so the home share is homeBias plus its fair share
 * of the rest. Sampling is without replacement in O(followers) per KOL (Floyd's algorithm
 * inside the home community, rejection elsewhere), falling back to one O(nodes) pass only
 * for a KOL that is followed by more than half of all nodes.
 */
export function addKols(
  edges: EdgeBuffer,
  nodes: number,
  spec: KolSpec,
  community: Int32Array | null,
  rng: Stream,
): KolPlacement {
  const count = Math.max(0, Math.floor(spec.count));
  const kolNodes = new Int32Array(count);
  const kolCommunity = new Int32Array(count).fill(-1);
  const members = community ? groupByCommunity(community, nodes) : null;
  // follows[i] === rank means node i already follows the KOL of that rank: no clearing between KOLs.
  const follows = new Int32Array(nodes);
  let scratch: Int32Array | null = null;

  for (let rank = 1; rank <= count; rank++) {
    const kol = nodes + rank - 1;
    kolNodes[rank - 1] = kol;
    const wanted = kolFollowerCount(spec.reach, nodes, rank);
    let taken = 0;

    if (members && community && nodes > 0) {
      const home = community[rng.int(nodes)];
      kolCommunity[rank - 1] = home;
      const start = members.offsets[home];
      const size = members.offsets[home + 1] - start;
      const homeWanted = Math.min(size, wanted, Math.round(spec.homeBias * wanted));
      // Floyd: a uniform homeWanted-subset of the size members, one draw per pick.
      for (let j = size - homeWanted; j < size; j++) {
        let node = members.nodes[start + rng.int(j + 1)];
        if (follows[node] === rank) node = members.nodes[start + j];
        follows[node] = rank;
        edges.addArc(kol, node, TIE_FOLLOW);
      }
      taken = homeWanted;
    }

    const rest = wanted - taken;
    if (wanted <= nodes / 2) {
      // At most half the nodes are ever taken, so at least half the draws succeed:
      // under 2·rest draws on average.
      for (let j = 0; j < rest; j++) {
        let node = rng.int(nodes);
        while (follows[node] === rank) node = rng.int(nodes);
        follows[node] = rank;
        edges.addArc(kol, node, TIE_FOLLOW);
      }
    } else {
      scratch ??= new Int32Array(nodes);
      let pool = 0;
      for (let i = 0; i < nodes; i++) if (follows[i] !== rank) scratch[pool++] = i;
      // Partial Fisher–Yates: the first `rest` slots become a uniform subset.
      for (let j = 0; j < rest; j++) {
        const pick = j + rng.int(pool - j);
        const node = scratch[pick];
        scratch[pick] = scratch[j];
        scratch[j] = node;
        follows[node] = rank;
        edges.addArc(kol, node, TIE_FOLLOW);
      }
    }
  }
  return { kolNodes, kolCommunity };
}

/** Ordinary nodes grouped by community (counting sort): members of c are nodes[offsets[c] .. offsets[c+1]). */
function groupByCommunity(community: Int32Array, nodes: number): { offsets: Int32Array; nodes: Int32Array } {
  let communityCount = 0;
  for (let i = 0; i < nodes; i++) if (community[i] + 1 > communityCount) communityCount = community[i] + 1;
  const offsets = new Int32Array(communityCount + 1);
  for (let i = 0; i < nodes; i++) offsets[community[i] + 1]++;
  for (let c = 0; c < communityCount; c++) offsets[c + 1] += offsets[c];
  const cursor = offsets.slice(0, communityCount);
  const grouped = new Int32Array(nodes);
  for (let i = 0; i < nodes; i++) grouped[cursor[community[i]]++] = i;
  return { offsets, nodes: grouped };
}
