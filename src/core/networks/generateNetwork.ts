import { buildGraph, EdgeBuffer, fullyMixedGraph, type Graph } from '../graph';
import { purposeStream, type StreamKey } from '../random';
import { barabasiAlbertEdges } from './barabasiAlbert';
import { communityEdges } from './communities';
import { configurationEdges } from './configuration';
import { parseEdgeList } from './edgeList';
import { erdosRenyiEdges } from './erdosRenyi';
import { addKols } from './kols';
import type { NetworkSpec } from './networkSpec';
import { wattsStrogatzEdges } from './wattsStrogatz';

/** Ties, ordinary node count and communities before KOL accounts are added. */
interface BaseNetwork {
  edges: EdgeBuffer;
  nodes: number;
  community: Int32Array | null;
  communityCount: number;
}

/**
 * Generate the audience graph of a scenario for a run index.
 *
 * The network is a pure function of (root key, run', spec) where run' = run if
 * spec.resample, else 0 — by default every run and strategy is compared on one world.
 * KOL accounts draw from their own purpose stream, so adding KOLs does not change the
 * underlying network. Throws for combinations the scenario validator rejects:
 * a fully mixed population cannot have KOLs (nobody can follow anyone in particular), and an
 * edge list must parse.
 */
export function generateNetwork(spec: NetworkSpec, root: StreamKey, run: number): Graph {
  const world = spec.resample ? run : 0;
  if (spec.kind === 'fully-mixed') {
    if (spec.kols && spec.kols.count > 0) throw new Error('fully-mixed cannot have KOLs');
    return fullyMixedGraph(spec.nodes);
  }
  const base = baseNetwork(spec, root, world);
  if (!spec.kols || spec.kols.count <= 0) {
    return buildGraph(base.nodes, base.edges, { community: base.community, communityCount: base.communityCount });
  }
  const kolStream = purposeStream(root, world, 'network:kols');
  const { kolNodes, kolCommunity } = addKols(base.edges, base.nodes, spec.kols, base.community, kolStream);
  let community: Int32Array | null = null;
  if (base.community) {
    community = new Int32Array(base.nodes + kolNodes.length);
    community.set(base.community);
    community.set(kolCommunity, base.nodes);
  }
  return buildGraph(base.nodes + kolNodes.length, base.edges, {
    community,
    communityCount: base.communityCount,
    kolNodes,
  });
}

function baseNetwork(spec: Exclude<NetworkSpec, { kind: 'fully-mixed' }>, root: StreamKey, world: number): BaseNetwork {
  const rng = purposeStream(root, world, 'network');
  const plain = (edges: EdgeBuffer, nodes = spec.nodes): BaseNetwork => ({ edges, nodes, community: null, communityCount: 0 });
  switch (spec.kind) {
    case 'erdos-renyi':
      return plain(erdosRenyiEdges(spec.nodes, spec.meanDegree, rng));
    case 'barabasi-albert':
      return plain(barabasiAlbertEdges(spec.nodes, spec.edgesPerNode, rng));
    case 'watts-strogatz':
      return plain(wattsStrogatzEdges(spec.nodes, spec.meanDegree, spec.rewire, rng));
    case 'configuration':
      return plain(configurationEdges(spec.nodes, spec.degreeExponent, spec.minDegree, spec.maxDegree, rng));
    case 'communities': {
      const net = communityEdges(spec, rng);
      return { edges: net.edges, nodes: spec.nodes, community: net.community, communityCount: net.communityCount };
    }
    case 'edge-list': {
      const parsed = parseEdgeList(spec.edges, spec.directed);
      if (!parsed.ok) throw new Error(`network.edges: ${parsed.error}`);
      return plain(parsed.edges, parsed.nodeCount);
    }
  }
}
