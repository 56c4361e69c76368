/**
 * Network specifications as they appear in a validated scenario (`scenario.network`).
 * Defaults are already filled in by the scenario validator; the core trusts these values.
 */

/** Optional KOL accounts added on top of any network kind. */
export interface KolSpec {
  /** Number of KOL accounts added (they are extra nodes, indices nodes … nodes+count−1). */
  count: number;
  /** Share of all ordinary nodes that follow the largest KOL; the KOL of rank r has about reach/r of them (Zipf). */
  reach: number;
  /** Share of a KOL's followers drawn from its home community (when the network has communities). */
  homeBias: number;
}

interface NetworkBase {
  /** Ordinary agents (KOL accounts come on top). */
  nodes: number;
  /** Draw a new network for every run index instead of one shared world. */
  resample: boolean;
  kols: KolSpec | null;
}

export interface ErdosRenyiSpec extends NetworkBase {
  kind: 'erdos-renyi';
  /** Mean number of ties per node (c). */
  meanDegree: number;
}

export interface BarabasiAlbertSpec extends NetworkBase {
  kind: 'barabasi-albert';
  /** Ties each newcomer makes to existing nodes, preferring well-connected ones (m). Mean degree ≈ 2m. */
  edgesPerNode: number;
}

export interface WattsStrogatzSpec extends NetworkBase {
  kind: 'watts-strogatz';
  /** Ring lattice degree k (even). */
  meanDegree: number;
  /** Probability that each lattice tie is rewired to a random node (β). */
  rewire: number;
}

export interface CommunitiesSpec extends NetworkBase {
  kind: 'communities';
  /** Number of planted communities; sizes are heavy-tailed. */
  communities: number;
  meanDegree: number;
  /** Share of a node's ties that are weak ties to other communities (μ). */
  mixing: number;
  /** Exponent of the power law of community sizes (larger → more equal sizes). */
  sizeExponent: number;
  /** If set, degrees inside communities follow a power law with this exponent instead of Poisson. */
  degreeExponent: number | null;
}

export interface ConfigurationSpec extends NetworkBase {
  kind: 'configuration';
  /** γ in P(k) ∝ k^−γ. */
  degreeExponent: number;
  minDegree: number;
  maxDegree: number;
}

export interface FullyMixedSpec extends NetworkBase {
  kind: 'fully-mixed';
}

export interface EdgeListSpec extends NetworkBase {
  kind: 'edge-list';
  /** CSV/TSV text: source,target[,weight] per line; an optional header line. (The CLI reads `file` into this.) */
  edges: string;
  /** Treat each line as a one-way arc source→target instead of a two-way tie. */
  directed: boolean;
}

export type NetworkSpec =
  | ErdosRenyiSpec
  | BarabasiAlbertSpec
  | WattsStrogatzSpec
  | CommunitiesSpec
  | ConfigurationSpec
  | FullyMixedSpec
  | EdgeListSpec;

export type NetworkKind = NetworkSpec['kind'];
