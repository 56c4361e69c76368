import { EdgeBuffer, TIE_STRONG, TIE_WEAK } from '../graph';
import type { Stream } from '../random';
import { minimumCommunitySize, plantCommunitySizes } from './communitySizes';
import { powerLawLowerCutoffForMean, samplePoisson, samplePowerLaw, stochasticRound } from './distributions';
import { matchStubs, shuffleRange } from './stubMatching';

export interface CommunityNetworkOptions {
  nodes: number;
  communities: number;
  meanDegree: number;
  /** μ: share of each node's tie ends that go to other communities (weak ties). */
  mixing: number;
  sizeExponent: number;
  /** null → Poisson degrees; otherwise power-law degrees with this exponent and the same mean. */
  degreeExponent: number | null;
}

export interface CommunityNetwork {
  edges: EdgeBuffer;
  /** Community id per node; community 0 is the largest. Nodes of a community are a contiguous index range. */
  community: Int32Array;
  communityCount: number;
}

/** Reshuffles of the unmatched weak stubs before the rest are dropped. */
const WEAK_REMATCH_ROUNDS = 8;

/**
 * Planted communities (an LFR-like benchmark built from stub matching).
 *
 * 1. Community sizes are heavy-tailed and sum to `nodes` (see plantCommunitySizes).
 * 2. Each node draws a degree: Poisson(meanDegree), or a power law with the same mean
 *    (truncated at √(community size · meanDegree); see drawDegrees).
 * 3. Each tie end is, independently with probability μ, a weak stub; otherwise strong.
 * 4. Strong stubs are matched within their community (TIE_STRONG); weak stubs are matched
 *    across the whole network (TIE_WEAK). A weak pair that falls inside one community is
 *    not tied: its two stubs are reshuffled with the other unmatched ones a few times and
 *    whatever still has no partner in another community is dropped (only happens in
 *    quantity when one community holds most of the weak stubs).
 * Self-pairs and repeated pairs are erased by buildGraph, which costs a little degree in
 * communities barely larger than meanDegree.
 */
export function communityEdges(options: CommunityNetworkOptions, rng: Stream): CommunityNetwork {
  const { nodes, meanDegree, mixing, sizeExponent, degreeExponent } = options;
  const minSize = minimumCommunitySize(nodes, Math.max(1, options.communities), meanDegree);
  const sizes = plantCommunitySizes(nodes, options.communities, minSize, sizeExponent, rng);
  const communityCount = sizes.length;
  const community = new Int32Array(nodes);
  const firstNode = new Int32Array(communityCount + 1);
  for (let c = 0; c < communityCount; c++) {
    firstNode[c + 1] = firstNode[c] + sizes[c];
    community.fill(c, firstNode[c], firstNode[c + 1]);
  }

  const degree = drawDegrees(meanDegree, degreeExponent, firstNode, rng);
  const weakDegree = new Int32Array(nodes);
  let strongTotal = 0;
  let weakTotal = 0;
  for (let i = 0; i < nodes; i++) {
    let weak = 0;
    for (let d = degree[i]; d > 0; d--) if (rng.next() < mixing) weak++;
    weakDegree[i] = weak;
    weakTotal += weak;
    strongTotal += degree[i] - weak;
  }

  // Nodes are in community order, so each community's strong stubs form one contiguous range.
  const strongStubs = new Int32Array(strongTotal);
  const weakStubs = new Int32Array(weakTotal);
  const stubStart = new Int32Array(communityCount + 1);
  let s = 0;
  let w = 0;
  for (let c = 0; c < communityCount; c++) {
    stubStart[c] = s;
    for (let i = firstNode[c]; i < firstNode[c + 1]; i++) {
      for (let d = degree[i] - weakDegree[i]; d > 0; d--) strongStubs[s++] = i;
      for (let d = weakDegree[i]; d > 0; d--) weakStubs[w++] = i;
    }
  }
  stubStart[communityCount] = s;

  const edges = new EdgeBuffer(((strongTotal + weakTotal) >> 1) + 16);
  for (let c = 0; c < communityCount; c++) matchStubs(rng, strongStubs, stubStart[c], stubStart[c + 1], TIE_STRONG, edges);
  matchAcrossCommunities(rng, weakStubs, community, edges);
  return { edges, community, communityCount };
}

/**
 * Poisson degrees, or power-law degrees truncated at the community's structural cut-off
 * √(size · meanDegree) (and size − 1), with the lower cut-off solved per community so every
 * community keeps the mean degree. Without the cut-off, hubs in small communities lose most
 * of their strong ties to multi-edge erasure, which lowers the mean degree and pushes the
 * realised mixing above μ (measured: 0.225 instead of 0.2 at γ = 2.5; 0.203 with it).
 */
function drawDegrees(
  meanDegree: number,
  degreeExponent: number | null,
  firstNode: Int32Array,
  rng: Stream,
): Int32Array {
  const communityCount = firstNode.length - 1;
  const degree = new Int32Array(firstNode[communityCount]);
  for (let c = 0; c < communityCount; c++) {
    const start = firstNode[c];
    const end = firstNode[c + 1];
    if (degreeExponent === null) {
      for (let i = start; i < end; i++) degree[i] = samplePoisson(rng, meanDegree);
      continue;
    }
    const hi = Math.max(2, Math.min(end - start - 1, Math.sqrt((end - start) * meanDegree)));
    const lo = powerLawLowerCutoffForMean(degreeExponent, Math.min(meanDegree, 0.9 * hi), hi);
    for (let i = start; i < end; i++) degree[i] = stochasticRound(rng, samplePowerLaw(rng, degreeExponent, lo, hi));
  }
  return degree;
}

/** Pair weak stubs across communities; stubs whose partner is in their own community are retried, then dropped. */
function matchAcrossCommunities(rng: Stream, stubs: Int32Array, community: Int32Array, edges: EdgeBuffer): void {
  let pending = stubs;
  for (let round = 0; round < WEAK_REMATCH_ROUNDS && pending.length > 1; round++) {
    shuffleRange(rng, pending, 0, pending.length);
    let unmatched = 0;
    for (let i = 0; i + 1 < pending.length; i += 2) {
      const u = pending[i];
      const v = pending[i + 1];
      if (community[u] !== community[v]) {
        edges.addTie(u, v, TIE_WEAK);
      } else {
        // Compact in place: the unmatched prefix never overtakes the read position.
        pending[unmatched++] = u;
        pending[unmatched++] = v;
      }
    }
    if (pending.length % 2 === 1) pending[unmatched++] = pending[pending.length - 1];
    if (unmatched === pending.length) break; // no progress: all left are from one community
    pending = pending.subarray(0, unmatched);
  }
}
