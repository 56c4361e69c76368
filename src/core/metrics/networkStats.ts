import type { Graph } from '../graph';
import { purposeStream, type StreamKey } from '../random';
import { averageClustering, DEFAULT_CLUSTERING_SAMPLE } from './clustering';
import { connectedComponents } from './components';
import { degreeHistogram, outDegrees } from './degreeHistogram';
import { averagePathLength, DEFAULT_PATH_SOURCES } from './pathLength';
import { undirectedView } from './undirectedView';

/** Summary statistics of a network (what `lab network FILE` prints and the UI shows). */
export interface NetworkStats {
  /** All nodes, KOL accounts included. */
  nodes: number;
  /** Undirected ties: pairs of nodes connected in at least one direction. */
  edges: number;
  /** Directed arcs (a friendship counts twice, a follow once). */
  arcs: number;
  /** arcs / nodes: the mean audience size. */
  meanDegree: number;
  /** Out-degree histogram as [degree, count] pairs, ascending, only degrees that occur. */
  degreeHistogram: [number, number][];
  /** In-degree histogram (how many accounts each node sees), same format. */
  inDegreeHistogram: [number, number][];
  /** Average local clustering coefficient of the undirected view. */
  clustering: number;
  /** True when `clustering` was estimated from a seeded random sample of nodes. */
  clusteringSampled: boolean;
  /** Nodes in the largest weakly connected component. */
  largestComponent: number;
  /** Number of weakly connected components (isolated nodes count). */
  components: number;
  /** Average shortest path length (undirected) within the largest component. */
  averagePathLength: number;
  /** BFS sources behind averagePathLength (= component size when exact; 0 when analytic). */
  pathSources: number;
  /** Ordinary nodes per community id (KOL accounts not counted); empty without communities. */
  communitySizes: number[];
  /** Followers (out-arcs) of each KOL account in rank order. */
  kolFollowers: number[];
  fullyMixed: boolean;
}

export interface NetworkStatsOptions {
  /** BFS sources for the path length estimate (default DEFAULT_PATH_SOURCES = 200). */
  pathSources?: number;
  /** Nodes sampled for clustering on graphs larger than this (default DEFAULT_CLUSTERING_SAMPLE = 20,000). */
  clusteringSample?: number;
}

/**
 * Statistics of g. Sampled quantities draw from purpose streams of `root` (run 0), so the same
 * graph and root always give the same numbers. A fully mixed population gets its analytic
 * values without materialising n² arcs.
 */
export function networkStats(g: Graph, root: StreamKey, options: NetworkStatsOptions = {}): NetworkStats {
  const n = g.nodeCount;
  if (g.fullyMixed) return fullyMixedStats(n);

  const view = undirectedView(g);
  const comps = connectedComponents(view);
  const clustering = averageClustering(view, purposeStream(root, 0, 'stats:clustering'), options.clusteringSample ?? DEFAULT_CLUSTERING_SAMPLE);
  const paths = averagePathLength(view, comps, purposeStream(root, 0, 'stats:paths'), options.pathSources ?? DEFAULT_PATH_SOURCES);

  const arcs = g.targets.length;
  return {
    nodes: n,
    edges: view.targets.length / 2,
    arcs,
    meanDegree: n > 0 ? arcs / n : 0,
    degreeHistogram: degreeHistogram(outDegrees(g.offsets, n)),
    inDegreeHistogram: degreeHistogram(g.inDegree),
    clustering: clustering.value,
    clusteringSampled: clustering.sampled,
    largestComponent: comps.largestSize,
    components: comps.count,
    averagePathLength: paths.value,
    pathSources: paths.sources,
    communitySizes: communitySizes(g),
    kolFollowers: Array.from(g.kolNodes, (k) => g.offsets[k + 1] - g.offsets[k]),
    fullyMixed: false,
  };
}

function communitySizes(g: Graph): number[] {
  if (!g.community) return [];
  const sizes = new Array<number>(g.communityCount).fill(0);
  const isKol = new Uint8Array(g.nodeCount);
  for (const k of g.kolNodes) isKol[k] = 1;
  for (let v = 0; v < g.nodeCount; v++) {
    const c = g.community[v];
    if (!isKol[v] && c >= 0 && c < sizes.length) sizes[c]++;
  }
  return sizes;
}

/** Everyone sees everyone: complete-graph values, computed, not counted. */
function fullyMixedStats(n: number): NetworkStats {
  const degree = Math.max(0, n - 1);
  return {
    nodes: n,
    edges: (n * degree) / 2,
    arcs: n * degree,
    meanDegree: degree,
    degreeHistogram: n > 0 ? [[degree, n]] : [],
    inDegreeHistogram: n > 0 ? [[degree, n]] : [],
    clustering: n >= 3 ? 1 : 0,
    clusteringSampled: false,
    largestComponent: n,
    components: n > 0 ? 1 : 0,
    averagePathLength: n >= 2 ? 1 : 0,
    pathSources: 0,
    communitySizes: [],
    kolFollowers: [],
    fullyMixed: true,
  };
}
